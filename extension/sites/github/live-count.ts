import type { LiveCount } from '../../../core/model/records.ts';
import type { FetchLike, LiveCountResult } from '../site-types.ts';
import { milestoneApiUrl, milestoneName, milestonePageUrl, parseMilestoneQuery, type MilestoneRef } from './milestone-query.ts';
import { readMilestoneProgress } from './page-object.ts';

// A milestone's closed issues (`count`) or their share in percent (`share-done`), with no stored
// token: the public REST API first (anonymous, CORS-enabled), then the milestone page fetched
// with the person's own session when the API cannot answer (a private repository, the anonymous
// rate limit used up, the API unreachable). The page is only readable from its own origin.

type Counts = { title?: string; open: number; closed: number; via: string };
type Attempt = { ok: true; counts: Counts } | { ok: false; reason: string };
export type ParseHtml = (html: string) => Document;

const parseWithDomParser: ParseHtml = (html) => new DOMParser().parseFromString(html, 'text/html');
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

async function fromApi(url: string, fetchFn: FetchLike): Promise<Attempt> {
  let res: Response;
  try {
    res = await fetchFn(url, { headers: { Accept: 'application/vnd.github+json' }, credentials: 'omit' });
  } catch (e) {
    return { ok: false, reason: `the API could not be reached (${message(e)})` };
  }
  if (res.ok) {
    const body: unknown = await res.json().catch(() => undefined);
    const b = (body ?? {}) as { title?: unknown; open_issues?: unknown; closed_issues?: unknown };
    if (typeof b.open_issues !== 'number' || typeof b.closed_issues !== 'number') return { ok: false, reason: 'the API answered without open_issues and closed_issues' };
    return { ok: true, counts: { title: typeof b.title === 'string' ? b.title : undefined, open: b.open_issues, closed: b.closed_issues, via: 'the GitHub API' } };
  }
  const reset = Number(res.headers.get('x-ratelimit-reset'));
  if ((res.status === 403 || res.status === 429) && res.headers.get('x-ratelimit-remaining') === '0') {
    const until = Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString().slice(11, 16)} UTC` : '';
    return { ok: false, reason: `the API's hourly limit for requests without a token is used up${until}` };
  }
  if ([401, 403, 404].includes(res.status)) return { ok: false, reason: `the API answered ${res.status} (a private repository, or no such milestone)` };
  return { ok: false, reason: `the API answered ${res.status}` };
}

async function fromPage(url: string, fetchFn: FetchLike, parseHtml: ParseHtml): Promise<Attempt> {
  let res: Response;
  try {
    res = await fetchFn(url, { credentials: 'include', headers: { Accept: 'text/html' } });
  } catch (e) {
    return { ok: false, reason: `the milestone page could not be reached (${message(e)})` };
  }
  if (!res.ok) return { ok: false, reason: `the milestone page answered ${res.status} (not found, or not signed in)` };
  const progress = readMilestoneProgress(parseHtml(await res.text()));
  if (progress.open === undefined || progress.closed === undefined) return { ok: false, reason: 'the milestone page shows no open and closed counts' };
  return { ok: true, counts: { title: progress.title, open: progress.open, closed: progress.closed, via: 'the milestone page' } };
}

export async function githubLiveCount(spec: LiveCount, pageUrl: URL, fetchFn: FetchLike, parseHtml = parseWithDomParser): Promise<LiveCountResult> {
  const m = parseMilestoneQuery(spec.query);
  if (spec.source !== 'github-milestone' || !m) {
    return { ok: false, error: `Live count "${spec.query}": a GitHub milestone is written owner/repo/number, for example acme/api/3.` };
  }
  const host = spec.host.trim().toLowerCase();
  const sameOrigin = pageUrl.host.toLowerCase() === host;
  const sourceUrl = milestonePageUrl(sameOrigin ? pageUrl.origin : `https://${host}`, m);
  const api = await fromApi(milestoneApiUrl(host, m), fetchFn);
  const page: Attempt = api.ok ? api
    : sameOrigin ? await fromPage(sourceUrl, fetchFn, parseHtml)
    : { ok: false, reason: `open a page on ${host}, signed in, to read it from the milestone page` };
  if (!page.ok) return { ok: false, error: `GitHub milestone ${milestoneName(m)}: ${api.ok ? '' : `${api.reason}; `}${page.reason}.` };
  return measure(spec, m, page.counts, sourceUrl);
}

function measure(spec: LiveCount, m: MilestoneRef, c: Counts, sourceUrl: string): LiveCountResult {
  const total = c.open + c.closed;
  const share = total === 0 ? undefined : Math.round((c.closed / total) * 1000) / 10;
  if (spec.measure === 'share-done' && share === undefined) {
    return { ok: false, error: `GitHub milestone ${milestoneName(m)} has no issues yet, so it has no share done.` };
  }
  const name = `GitHub milestone ${milestoneName(m)}${c.title ? ` “${c.title}”` : ''}`;
  const numbers = `${c.closed} closed, ${c.open} open${share === undefined ? '' : ` (${share}% closed)`}`;
  return { ok: true, value: spec.measure === 'count' ? c.closed : share!, evidence: `${name}: ${numbers}, read from ${c.via}.`, sourceUrl };
}
