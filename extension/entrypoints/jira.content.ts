import { defineContentScript } from 'wxt/utils/define-content-script';
import { runOverlay } from '../overlay/run-overlay.tsx';
import { jiraAdapter } from '../sites/jira/jira-adapter.ts';

// Cloud hosts only; a custom host the person grants gets this same file registered at runtime.
export default defineContentScript({
  matches: [...jiraAdapter.matches],
  runAt: 'document_idle',
  main: (ctx) => runOverlay(jiraAdapter, ctx),
});
