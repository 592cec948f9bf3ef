import { defineContentScript } from 'wxt/utils/define-content-script';
import { runOverlay } from '../overlay/run-overlay.tsx';
import { githubAdapter } from '../sites/github/github-adapter.ts';

// Cloud hosts only; a custom host the person grants gets this same file registered at runtime.
export default defineContentScript({
  matches: [...githubAdapter.matches],
  runAt: 'document_idle',
  main: (ctx) => runOverlay(githubAdapter, ctx),
});
