import { defineContentScript } from 'wxt/utils/define-content-script';
import { runOverlay } from '../overlay/run-overlay.tsx';
import { salesforceAdapter } from '../sites/salesforce/salesforce-adapter.ts';

// Cloud hosts only; a custom host the person grants gets this same file registered at runtime.
export default defineContentScript({
  matches: [...salesforceAdapter.matches],
  runAt: 'document_idle',
  main: (ctx) => runOverlay(salesforceAdapter, ctx),
});
