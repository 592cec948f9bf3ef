import { linkKeys } from '../../../core/model/link-keys.ts';
import type { EntityKind, EntityRef, PageEntity } from '../site-types.ts';
import { parseGithubPath, type GithubPath, type GithubView } from './github-path.ts';

// Keys go through linkKeys (lower-cased owner and repo); labels keep the URL's case, and the
// canonical URL is lower-cased like the key so every path to one entity stores one URL.

const KIND: Record<GithubView, EntityKind> = {
  repo: 'github-repo', issue: 'github-issue', pull: 'github-pull', milestone: 'github-milestone',
  // The Projects panel opens pull requests with the same `issue=` parameter; issue and pull
  // request numbers share one sequence, so the key is right either way and /issues/n redirects.
  'project-issue': 'github-issue',
};

export function repoRef(owner: string, repo: string): EntityRef {
  return { key: linkKeys.githubRepo(owner, repo), label: `${owner}/${repo}` };
}

export function githubEntity(url: URL, custom: boolean): PageEntity | undefined {
  const path = parseGithubPath(url, custom);
  return path ? entityOf(path, `${url.protocol}//${url.host.toLowerCase()}`) : undefined;
}

function entityOf({ view, owner, repo, n }: GithubPath, origin: string): PageEntity {
  const repoUrl = `${origin}/${owner.toLowerCase()}/${repo.toLowerCase()}`;
  const kind = KIND[view];
  if (view === 'repo' || n === undefined) return { ...repoRef(owner, repo), kind, url: repoUrl };
  const container = repoRef(owner, repo);
  if (view === 'milestone') {
    return { key: linkKeys.githubMilestone(owner, repo, n), label: `${owner}/${repo} milestone ${n}`, kind, url: `${repoUrl}/milestone/${n}`, container };
  }
  const tab = view === 'pull' ? 'pull' : 'issues';
  return { key: linkKeys.githubIssue(owner, repo, n), label: `${owner}/${repo}#${n}`, kind, url: `${repoUrl}/${tab}/${n}`, container };
}
