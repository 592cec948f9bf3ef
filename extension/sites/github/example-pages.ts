import type { ExamplePage } from '../example-page.ts';

// One real github.com URL per view, the fixture (fixtures/pages/github/) the e2e test serves there,
// and the entity and title the overlay must show on it.

const repo = { key: 'github-repo:acme/api', label: 'acme/api' };
const issue12 = { key: 'github:acme/api#12', label: 'acme/api#12' };
const pull7 = { key: 'github:acme/api#7', label: 'acme/api#7' };
const checkoutTitle = 'Checkout fails when the cart has more than 100 items';
const pullTitle = 'Retry failed webhooks with backoff';

export const GITHUB_EXAMPLE_PAGES: ExamplePage[] = [
  { url: 'https://github.com/Acme/api', fixture: 'github/repo-home.html', entity: { key: 'github-repo:acme/api', label: 'Acme/api' }, title: 'Public HTTP API for Acme billing & invoices' },
  { url: 'https://github.com/acme/api/issues/12', fixture: 'github/issue-react.html', entity: issue12, title: checkoutTitle, container: repo },
  {
    url: 'https://github.com/acme/api/issues/13', fixture: 'github/issue-script-title.html', entity: { key: 'github:acme/api#13', label: 'acme/api#13' },
    title: 'Fix <script>alert("owned")</script> & <b>bold</b> in titles', container: repo,
  },
  { url: 'https://github.com/acme/api/pull/7', fixture: 'github/pull-conversation.html', entity: pull7, title: pullTitle, container: repo },
  { url: 'https://github.com/acme/api/pull/7/files', fixture: 'github/pull-files.html', entity: pull7, title: pullTitle, container: repo },
  { url: 'https://github.com/acme/api/pull/7/commits', fixture: 'github/pull-commits.html', entity: pull7, title: pullTitle, container: repo },
  {
    url: 'https://github.com/acme/api/milestone/3', fixture: 'github/milestone.html', entity: { key: 'github-milestone:acme/api/3', label: 'acme/api milestone 3' },
    title: 'Sprint 42 — Q4 checkout', container: repo,
  },
  {
    url: 'https://github.com/orgs/acme/projects/5/views/1?pane=issue&itemId=98765432&issue=acme%7Capi%7C12', fixture: 'github/project-issue-pane.html',
    entity: issue12, title: checkoutTitle, container: repo,
  },
];

/** Pages that are no entity: the overlay injects nothing there. */
export const GITHUB_NON_ENTITY_PAGES: { url: string; fixture: string }[] = [
  { url: 'https://github.com/acme/api/issues', fixture: 'github/issues-list.html' },
];
