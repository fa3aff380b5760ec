import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  main(ctx) {
    // Placeholder: extraction and highlighting are wired in here later.
    void ctx;
  },
});
