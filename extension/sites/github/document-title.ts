import type { PageEntity } from '../site-types.ts';

// Last resort while a view's markup is unknown: GitHub's tab titles follow fixed shapes
// ("Fix login · Issue #12 · acme/api", "Fix login by octocat · Pull Request #7 · acme/api",
// "GitHub - acme/api: Public API"). The number must be the entity's, so a stale title from the
// previous page during single-page navigation is not taken.

const ISSUE = /^(.+?)(?: by [^\s·]+)? · (?:Issue|Pull Request) #(\d+) · [^·]+$/;
const REPO = /^GitHub - [^\s:]+(?:: (.+))?$/;
const MILESTONE = /^(.+?) Milestone · [^·]+$/;

export function titleFromDocumentTitle(raw: string, entity: PageEntity): string | undefined {
  const t = raw.replace(/\s+/g, ' ').trim().replace(/ · GitHub(?: Enterprise)?$/, '');
  if (entity.kind === 'github-repo') return REPO.exec(t)?.[1]?.trim() || undefined;
  if (entity.kind === 'github-milestone') return MILESTONE.exec(t)?.[1];
  const m = ISSUE.exec(t);
  return m && entity.key.endsWith(`#${m[2]}`) ? m[1] : undefined;
}
