/**
 * A report's identity where its text is not at hand: what its title and address alone tell. Used
 * for records stored before identities were read from the text (schema v4's upgrade) and for
 * backups that carry none; the text's own reading replaces it at the next visit, unless the
 * reader corrected it.
 */

import { reportIdentityOf } from '../extract/identity';
import type { ReportIdentity } from './records';

export function identityFromTitle(report: { title: string; url: string }): ReportIdentity {
  return reportIdentityOf('', { title: report.title, url: report.url });
}
