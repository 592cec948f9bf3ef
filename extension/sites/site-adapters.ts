import type { SiteAdapter } from './site-types.ts';
import { salesforceAdapter } from './salesforce/salesforce-adapter.ts';

// Every host's adapter, for the tests that check them together (url-examples.test.ts).
// Each content script imports only its own adapter, so one host's code never ships in another's.
export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  salesforceAdapter,
];
