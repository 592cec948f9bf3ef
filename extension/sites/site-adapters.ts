import type { SitePredicates } from './site-types.ts';
import { GITHUB_PREDICATES } from './github/github-predicates.ts';
import { JIRA_PREDICATES } from './jira/jira-predicates.ts';
import { SALESFORCE_PREDICATES } from './salesforce/salesforce-predicates.ts';

// Every site's URL predicates, for the tests that check them together (url-examples.test.ts).
// Content scripts import only their own adapter, which carries no predicates or examples.
export const SITE_PREDICATES: readonly SitePredicates[] = [
  { site: 'jira', predicates: JIRA_PREDICATES },
  { site: 'github', predicates: GITHUB_PREDICATES },
  { site: 'salesforce', predicates: SALESFORCE_PREDICATES },
];
