// Canonical keys for outside entities (DESIGN.md "Link"): the same page always yields the same
// key, so "which OKRs belong to this page?" is one exact index lookup.
import { orgHost, toId18 } from './salesforce-ids.ts';

const host = (h: string) => h.toLowerCase().replace(/\.$/, '');

export const linkKeys = {
  jiraIssue: (jiraHost: string, issueKey: string) => `jira:${host(jiraHost)}/${issueKey.toUpperCase()}`,
  jiraProject: (jiraHost: string, projectKey: string) => `jira-project:${host(jiraHost)}/${projectKey.toUpperCase()}`,
  githubIssue: (owner: string, repo: string, n: number) => `github:${owner.toLowerCase()}/${repo.toLowerCase()}#${n}`,
  githubRepo: (owner: string, repo: string) => `github-repo:${owner.toLowerCase()}/${repo.toLowerCase()}`,
  githubMilestone: (owner: string, repo: string, n: number) => `github-milestone:${owner.toLowerCase()}/${repo.toLowerCase()}/${n}`,
  // One record, one key: the org's My Domain host and the 18-character id, whatever URL showed it.
  salesforce: (sfHost: string, recordId: string) => `salesforce:${orgHost(sfHost)}/${toId18(recordId) ?? recordId}`,
  url: (raw: string) => `url:${normaliseUrl(raw)}`,
};

/** Lower-case scheme and host, no fragment, no default port, no trailing slash, sorted query. */
export function normaliseUrl(raw: string): string {
  const u = new URL(raw);
  u.hash = '';
  u.searchParams.sort();
  const path = u.pathname.length > 1 ? u.pathname.replace(/\/+$/, '') : '';
  return `${u.protocol}//${u.host}${path}${u.search}`;
}
