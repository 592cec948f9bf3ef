import { isHttpUrl } from './check-spec.ts';
import { linkKeys } from './link-keys.ts';
import { salesforceRecordFromUrl } from './salesforce-url.ts';

// URL shapes of the systems we know, each with an example: the canonical key a pasted or
// imported link gets. Anything else is keyed by its normalised URL.
const PATTERNS: { example: string; match: (u: URL) => string | undefined }[] = [
  { example: 'https://acme.atlassian.net/browse/PROJ-123',
    match: (u) => { const m = /^\/browse\/([A-Z][A-Z0-9_]+-\d+)\/?$/i.exec(u.pathname); return m ? linkKeys.jiraIssue(u.host, m[1]!) : undefined; } },
  { example: 'https://github.com/acme/web/issues/482',
    match: (u) => { const m = u.host === 'github.com' ? /^\/([^/]+)\/([^/]+)\/(?:issues|pull)\/(\d+)/.exec(u.pathname) : null; return m ? linkKeys.githubIssue(m[1]!, m[2]!, Number(m[3])) : undefined; } },
  { example: 'https://github.com/acme/web/milestone/7',
    match: (u) => { const m = u.host === 'github.com' ? /^\/([^/]+)\/([^/]+)\/milestone\/(\d+)/.exec(u.pathname) : null; return m ? linkKeys.githubMilestone(m[1]!, m[2]!, Number(m[3])) : undefined; } },
  { example: 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000AbCdEAAV/view',
    match: (u) => { const r = salesforceRecordFromUrl(u); return r ? linkKeys.salesforce(r.host, r.id) : undefined; } },
];

/** The canonical key of a link URL; an unusable URL keys as itself (validation then rejects it). */
export function linkKeyForUrl(url: string): string {
  if (!isHttpUrl(url)) return `url:${url}`;
  const u = new URL(url);
  for (const p of PATTERNS) {
    const key = p.match(u);
    if (key) return key;
  }
  return linkKeys.url(url);
}

export const LINK_URL_EXAMPLES = PATTERNS.map((p) => p.example);
