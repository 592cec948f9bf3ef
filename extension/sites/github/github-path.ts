import { RESERVED_OWNERS } from './reserved-names.ts';

// Reads which GitHub view a URL shows, from the URL alone. Every predicate and the entity come
// from this one parse, so a URL can never be two kinds of page at once.

export const GITHUB_VIEWS = ['repo', 'issue', 'pull', 'milestone', 'project-issue'] as const;
export type GithubView = (typeof GITHUB_VIEWS)[number];
export type GithubPath = { view: GithubView; owner: string; repo: string; n?: number };

const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,99})$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
const NUMBER = /^[1-9][0-9]{0,9}$/;
// Pull request tabs; the commits and files tabs go deeper for one commit or a range.
const PULL_TABS = new Set(['files', 'commits', 'checks', 'changes']);

const isOwner = (s: string | undefined): s is string => !!s && OWNER.test(s) && !RESERVED_OWNERS.has(s.toLowerCase());
const isRepo = (s: string | undefined): s is string => !!s && REPO.test(s) && s !== '.' && s !== '..';
const num = (s: string | undefined) => (s && NUMBER.test(s) ? Number(s) : undefined);

export function isGithubHost(url: URL, custom: boolean): boolean {
  if (url.protocol !== 'https:' && !(custom && url.protocol === 'http:')) return false;
  return custom || url.hostname === 'github.com';
}

export function parseGithubPath(url: URL, custom: boolean): GithubPath | undefined {
  if (!isGithubHost(url, custom)) return undefined;
  const parts = url.pathname.split('/').slice(1);
  if (parts.at(-1) === '') parts.pop();
  if (parts.some((p) => p === '')) return undefined;
  return projectIssue(parts, url.searchParams) ?? repoView(parts);
}

function repoView(parts: string[]): GithubPath | undefined {
  const [owner, repo, section, id, tab] = parts;
  if (!isOwner(owner) || !isRepo(repo)) return undefined;
  if (parts.length === 2 || section === 'tree' || section === 'blob') return { view: 'repo', owner, repo };
  const n = num(id);
  if (n === undefined) return undefined;
  if (section === 'issues' && parts.length === 4) return { view: 'issue', owner, repo, n };
  if (section === 'milestone' && parts.length === 4) return { view: 'milestone', owner, repo, n };
  if (section !== 'pull') return undefined;
  if (parts.length === 4) return { view: 'pull', owner, repo, n };
  if (tab && PULL_TABS.has(tab) && (parts.length === 5 || tab !== 'checks')) return { view: 'pull', owner, repo, n };
  return undefined;
}

// A Projects board or table with an issue open in its side panel: `?pane=issue&issue=owner|repo|n`.
function projectIssue(parts: string[], query: URLSearchParams): GithubPath | undefined {
  const [scope, login, projects, id] = parts;
  if ((scope !== 'orgs' && scope !== 'users') || !login || projects !== 'projects' || num(id) === undefined) return undefined;
  if (query.get('pane') !== 'issue') return undefined;
  const [owner, repo, n, ...rest] = (query.get('issue') ?? '').split('|');
  const number = num(n);
  if (rest.length > 0 || !isOwner(owner) || !isRepo(repo) || number === undefined) return undefined;
  return { view: 'project-issue', owner, repo, n: number };
}
