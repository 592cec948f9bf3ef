import type { SiteAdapter } from '../site-types.ts';
import { jiraEntityFromUrl } from './jira-entity.ts';
import { jiraPage } from './page-object.ts';

// Jira Cloud on *.atlassian.net; Data Center hosts are registered at runtime with `custom` set.
// Only the paths that can show an issue or a project: Confluence (/wiki) on the same host gets no script.
export const jiraAdapter = {
  site: 'jira',
  matches: [
    'https://*.atlassian.net/browse/*',
    'https://*.atlassian.net/jira/*',
    'https://*.atlassian.net/issues*',
    'https://*.atlassian.net/projects/*',
    'https://*.atlassian.net/secure/*',
  ],
  entityFromUrl: jiraEntityFromUrl,
  page: jiraPage,
} satisfies SiteAdapter;
