import type { UrlPredicate } from '../site-types.ts';
import { parseGithubPath, type GithubView } from './github-path.ts';

// Refined GitHub style predicates, each with the pages it must recognise (url-examples.test.ts
// checks each example matches its own predicate and no other, on every site).

const isView = (view: GithubView) => (url: URL, custom: boolean) => parseGithubPath(url, custom)?.view === view;

export const isRepo: UrlPredicate = {
  name: 'isRepo',
  test: isView('repo'),
  // The code tab (tree and blob pages) counts as the repository; its other tabs do not.
  examples: [
    'https://github.com/acme/api',
    'https://github.com/Acme/API/',
    'https://github.com/acme/api/tree/main/src',
    'https://github.com/acme/api/blob/main/README.md',
    'https://github.com/acme/web.site?tab=readme-ov-file',
    { url: 'https://git.acme.com/platform/api', custom: true },
  ],
};

export const isIssue: UrlPredicate = {
  name: 'isIssue',
  test: isView('issue'),
  examples: [
    'https://github.com/acme/api/issues/12',
    'https://github.com/Acme/api/issues/12#issuecomment-123456',
    'https://github.com/acme/api/issues/12/',
    { url: 'https://git.acme.com/platform/api/issues/12', custom: true },
  ],
};

export const isPullRequest: UrlPredicate = {
  name: 'isPullRequest',
  test: isView('pull'),
  examples: [
    'https://github.com/acme/api/pull/7',
    'https://github.com/acme/api/pull/7/files',
    'https://github.com/acme/api/pull/7/files/0a1b2c3..4d5e6f7',
    'https://github.com/acme/api/pull/7/commits',
    'https://github.com/acme/api/pull/7/commits/0a1b2c3d4e5f',
    'https://github.com/acme/api/pull/7/checks',
    'https://github.com/acme/api/pull/7/changes',
    { url: 'https://git.acme.com/platform/api/pull/7/files', custom: true },
  ],
};

export const isMilestone: UrlPredicate = {
  name: 'isMilestone',
  test: isView('milestone'),
  examples: [
    'https://github.com/acme/api/milestone/3',
    'https://github.com/acme/api/milestone/3?closed=1',
    { url: 'https://git.acme.com/platform/api/milestone/3', custom: true },
  ],
};

export const isProjectIssuePane: UrlPredicate = {
  name: 'isProjectIssuePane',
  test: isView('project-issue'),
  examples: [
    'https://github.com/orgs/acme/projects/5/views/1?pane=issue&issue=acme%7Capi%7C12',
    'https://github.com/users/x/projects/2?pane=issue&itemId=98765432&issue=acme%7Capi%7C12',
    { url: 'https://git.acme.com/orgs/platform/projects/5/views/2?pane=issue&issue=platform%7Capi%7C12', custom: true },
  ],
};

export const GITHUB_PREDICATES: readonly UrlPredicate[] = [isRepo, isIssue, isPullRequest, isMilestone, isProjectIssuePane];
