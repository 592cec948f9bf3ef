import { runOverlay } from '../extension/overlay/run-overlay.tsx';
import { githubAdapter } from '../extension/sites/github/github-adapter.ts';
runOverlay(githubAdapter, {} as any);
