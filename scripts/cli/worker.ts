/** A worker thread of the command line: runs file jobs one at a time for the main thread. */

import { parentPort } from 'node:worker_threads';
import { processFile, type FileJob } from './process-file';

export interface JobRequest {
  id: number;
  job: FileJob;
}

parentPort!.on('message', async ({ id, job }: JobRequest) => {
  parentPort!.postMessage({ id, outcome: await processFile(job) });
});
