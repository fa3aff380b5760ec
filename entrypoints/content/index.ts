import { defineContentScript } from 'wxt/utils/define-content-script';
import { startAnnotator } from './start';

/**
 * The page annotator. Declared for *.gov.cn (it highlights report pages there by itself and stays
 * silent on the rest); injected into other pages when the reader asks, and registered at run time
 * for the sites the reader granted (entrypoints/background.ts).
 */
export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  main(ctx) {
    return startAnnotator(ctx);
  },
});
