import type { LiveCount } from '../../../core/model/records.ts';
import type { FetchLike, LiveCountResult } from '../site-types.ts';
import { doneJql, withoutOrderBy } from './jql.ts';
import { isCloudHost, jiraContextPath } from './jira-url.ts';

// A key result's JQL counted with the person's own Jira session, from a page of that Jira:
// same origin, cookies, no token. Cloud: POST /rest/api/3/search/approximate-count → { count }
// (the old /rest/api/3/search with `total` is gone from Cloud). Data Center:
// GET <context>/rest/api/2/search?maxResults=0 → { total }.

type Counted = { ok: true; count: number } | { ok: false; error: string };

export async function jiraLiveCount(spec: LiveCount, pageUrl: URL, fetchFn: FetchLike): Promise<LiveCountResult> {
  if (spec.source !== 'jira-jql') return { ok: false, error: 'This live count is not a Jira query.' };
  if (spec.host.toLowerCase() !== pageUrl.host.toLowerCase()) {
    return { ok: false, error: `Open a Jira page on ${spec.host} to fetch this count.` };
  }
  const base = `${pageUrl.origin}${jiraContextPath(pageUrl)}`;
  const sourceUrl = `${base}/issues/?jql=${encodeURIComponent(spec.query)}`;
  const count = (jql: string) => countIssues(base, isCloudHost(pageUrl.hostname), jql, fetchFn);
  const all = await count(withoutOrderBy(spec.query) || spec.query);
  if (!all.ok) return all;
  const what = `on ${spec.host}: "${spec.query}"`;
  if (spec.measure === 'count') {
    return { ok: true, value: all.count, evidence: `${issues(all.count)} matched the Jira query ${what}`, sourceUrl };
  }
  if (all.count === 0) return { ok: false, error: `The Jira query ${what} matches no issues, so it has no share done.` };
  const done = await count(doneJql(spec.query));
  if (!done.ok) return done;
  const percent = Math.min(100, Math.round((done.count / all.count) * 1000) / 10);
  const evidence = `${done.count} of ${issues(all.count)} done (${percent}%) for the Jira query ${what}`;
  return { ok: true, value: percent, evidence, sourceUrl };
}

const issues = (n: number) => `${n} ${n === 1 ? 'issue' : 'issues'}`;

async function countIssues(base: string, cloud: boolean, jql: string, fetchFn: FetchLike): Promise<Counted> {
  const headers = { Accept: 'application/json' };
  let response: Response;
  try {
    response = cloud
      ? await fetchFn(`${base}/rest/api/3/search/approximate-count`, {
        method: 'POST',
        credentials: 'include',
        headers: { ...headers, 'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check' },
        body: JSON.stringify({ jql }),
      })
      : await fetchFn(`${base}/rest/api/2/search?jql=${encodeURIComponent(jql)}&maxResults=0`, { credentials: 'include', headers });
  } catch (error) {
    return { ok: false, error: `Could not reach Jira (${error instanceof Error ? error.message : String(error)}). Check your connection and try again.` };
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) return { ok: false, error: httpError(response.status, body) };
  const count = cloud ? field(body, 'count') : field(body, 'total');
  return typeof count === 'number' && Number.isInteger(count) && count >= 0
    ? { ok: true, count }
    : { ok: false, error: 'Jira answered without an issue count; reload the Jira tab and try again.' };
}

const field = (body: unknown, name: string): unknown => (body && typeof body === 'object' ? Reflect.get(body, name) : undefined);

function httpError(status: number, body: unknown): string {
  if (status === 401 || status === 403) return 'Jira did not let OKR Lens count these issues: sign in to Jira in this browser, then try again.';
  if (status === 429) return 'Jira is limiting requests right now; try again in a minute.';
  const messages = jiraMessages(body);
  if (status === 400) return `Jira rejected the query: ${messages || 'no reason given (HTTP 400)'}.`;
  return `Jira could not count the issues (HTTP ${status}${messages ? `: ${messages}` : ''}).`;
}

// Jira's error body: { errorMessages: string[], errors: { field: message } }.
function jiraMessages(body: unknown): string {
  const list = field(body, 'errorMessages');
  const byField = field(body, 'errors');
  const messages = [
    ...(Array.isArray(list) ? list : []),
    ...(byField && typeof byField === 'object' ? Object.values(byField) : []),
  ].filter((m): m is string => typeof m === 'string' && m.trim() !== '');
  return messages.join(' ').replace(/\.$/, '');
}
