import type { SiteAdapter } from './site-types.ts';
import { jiraAdapter } from './jira/jira-adapter.ts';
import { githubAdapter } from './github/github-adapter.ts';
import { salesforceAdapter } from './salesforce/salesforce-adapter.ts';

// Every host's adapter, for the tests that check them together (url-examples.test.ts).
// Each content script imports only its own adapter, so one host's code never ships in another's.
export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  jiraAdapter,
  githubAdapter,
  salesforceAdapter,
];
