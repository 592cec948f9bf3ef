import { defineContentScript } from 'wxt/utils/define-content-script';
import { runOverlay } from '../overlay/run-overlay.tsx';
import { salesforceAdapter } from '../sites/salesforce/salesforce-adapter.ts';

// Cloud hosts only; a custom host the person grants gets this same file registered at runtime.
// document_end, not idle: the script then runs while the page's images and late files still load,
// instead of holding back its load event on a page with nothing left to fetch (docs/benchmarks.md).
export default defineContentScript({
  matches: [...salesforceAdapter.matches],
  runAt: 'document_end',
  main: (ctx) => runOverlay(salesforceAdapter, ctx),
});
