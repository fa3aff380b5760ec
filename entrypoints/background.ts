import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

/** Messages the background answers; more arrive with storage and export. */
export type BackgroundMessage = { type: 'ping' };

export interface PingReply {
  ok: true;
  /** Dexie's version: proves the storage library is bundled and loads. */
  dexie: string;
}

export default defineBackground({
  main() {
    browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
      if ((message as BackgroundMessage | undefined)?.type === 'ping') {
        const reply: PingReply = { ok: true, dexie: Dexie.semVer };
        sendResponse(reply);
      }
      return undefined;
    });
  },
});
