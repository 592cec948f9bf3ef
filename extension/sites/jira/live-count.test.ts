import { describe, expect, it } from 'vitest';
import type { LiveCount } from '../../../core/model/records.ts';
import type { FetchLike } from '../site-types.ts';
import { jiraLiveCount } from './live-count.ts';

type Call = { url: string; init: RequestInit | undefined };
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

// A fake Jira: answers each request from `reply` (by the JQL asked) and records what was asked.
function fakeJira(reply: (jql: string) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetchFn: FetchLike = async (url, init) => {
    calls.push({ url, init });
    const jql = init?.body ? JSON.parse(String(init.body)).jql : new URL(url).searchParams.get('jql');
    return reply(jql);
  };
  return { calls, fetchFn };
}

const cloud = (query: string, measure: LiveCount['measure'] = 'count'): LiveCount => ({ source: 'jira-jql', host: 'acme.atlassian.net', query, measure });
const CLOUD_PAGE = new URL('https://acme.atlassian.net/jira/software/projects/KAN/boards/3');
const DC_PAGE = new URL('https://jira.acme.com/jira/browse/OPS-1');

describe('Jira Cloud live count', () => {
  it('posts the JQL to approximate-count with the session and reads { count }', async () => {
    const jira = fakeJira(() => json(200, { count: 42 }));
    const result = await jiraLiveCount(cloud('project = KAN AND type = Bug'), CLOUD_PAGE, jira.fetchFn);
    expect(result).toEqual({
      ok: true, value: 42,
      evidence: '42 issues matched the Jira query on acme.atlassian.net: "project = KAN AND type = Bug"',
      sourceUrl: 'https://acme.atlassian.net/issues/?jql=project%20%3D%20KAN%20AND%20type%20%3D%20Bug',
    });
    expect(jira.calls).toHaveLength(1);
    const [call] = jira.calls;
    expect(call?.url).toBe('https://acme.atlassian.net/rest/api/3/search/approximate-count');
    expect(call?.init).toMatchObject({ method: 'POST', credentials: 'include', body: '{"jql":"project = KAN AND type = Bug"}' });
    expect(call?.init?.headers).toEqual({ Accept: 'application/json', 'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check' });
  });

  it('computes the share done as a percentage from two counts', async () => {
    const jira = fakeJira((jql) => json(200, { count: jql.includes('statusCategory = Done') ? 12 : 40 }));
    const result = await jiraLiveCount(cloud('project = KAN OR project = WEB ORDER BY rank', 'share-done'), CLOUD_PAGE, jira.fetchFn);
    expect(result).toMatchObject({ ok: true, value: 30, evidence: expect.stringContaining('12 of 40 issues done (30%)') });
    expect(jira.calls.map((c) => JSON.parse(String(c.init?.body)).jql)).toEqual([
      'project = KAN OR project = WEB',
      '(project = KAN OR project = WEB) AND statusCategory = Done',
    ]);
  });

  it('refuses a share done of no issues instead of answering NaN', async () => {
    const jira = fakeJira(() => json(200, { count: 0 }));
    const result = await jiraLiveCount(cloud('project = EMPTY', 'share-done'), CLOUD_PAGE, jira.fetchFn);
    expect(result).toEqual({ ok: false, error: 'The Jira query on acme.atlassian.net: "project = EMPTY" matches no issues, so it has no share done.' });
    expect(jira.calls).toHaveLength(1);
  });

  it('asks the person to sign in on 401 and 403', async () => {
    for (const status of [401, 403]) {
      const jira = fakeJira(() => json(status, { errorMessages: ['You are not authenticated. Authentication required to perform this operation.'], errors: {} }));
      const result = await jiraLiveCount(cloud('project = KAN'), CLOUD_PAGE, jira.fetchFn);
      expect(result).toEqual({ ok: false, error: expect.stringContaining('sign in to Jira') });
    }
  });

  it("passes on Jira's own messages for a bad query (400)", async () => {
    const jira = fakeJira(() => json(400, {
      errorMessages: ["Field 'sprnt' does not exist or you do not have permission to view it."],
      errors: {}, warningMessages: [],
    }));
    const result = await jiraLiveCount(cloud('sprnt in openSprints()'), CLOUD_PAGE, jira.fetchFn);
    expect(result).toEqual({ ok: false, error: "Jira rejected the query: Field 'sprnt' does not exist or you do not have permission to view it." });
  });

  it('says when Jira cannot be reached, or answers without a count', async () => {
    const offline = await jiraLiveCount(cloud('project = KAN'), CLOUD_PAGE, async () => { throw new TypeError('Failed to fetch'); });
    expect(offline).toEqual({ ok: false, error: 'Could not reach Jira (Failed to fetch). Check your connection and try again.' });
    const html = await jiraLiveCount(cloud('project = KAN'), CLOUD_PAGE, async () => new Response('<html>login</html>', { status: 200 }));
    expect(html).toMatchObject({ ok: false, error: expect.stringContaining('without an issue count') });
    const busy = await jiraLiveCount(cloud('project = KAN'), CLOUD_PAGE, async () => json(429, {}));
    expect(busy).toMatchObject({ ok: false, error: expect.stringContaining('try again in a minute') });
    const broken = await jiraLiveCount(cloud('project = KAN'), CLOUD_PAGE, async () => new Response('oops', { status: 500 }));
    expect(broken).toEqual({ ok: false, error: 'Jira could not count the issues (HTTP 500).' });
  });

  it('stops at a failing count of done issues', async () => {
    const jira = fakeJira((jql) => (jql.includes('Done') ? json(400, { errorMessages: ['Field \'statusCategory\' is not searchable.'] }) : json(200, { count: 5 })));
    const result = await jiraLiveCount(cloud('project = KAN', 'share-done'), CLOUD_PAGE, jira.fetchFn);
    expect(result).toEqual({ ok: false, error: "Jira rejected the query: Field 'statusCategory' is not searchable." });
  });

  it('takes no count that is not a whole number of issues', async () => {
    for (const body of [{ count: -1 }, { count: 2.5 }, { count: '7' }, {}, null, [3]]) {
      const result = await jiraLiveCount(cloud('project = KAN'), CLOUD_PAGE, async () => json(200, body));
      expect(result).toEqual({ ok: false, error: 'Jira answered without an issue count; reload the Jira tab and try again.' });
    }
  });

  it('joins all of Jira\'s messages, skipping blank and non-text ones', async () => {
    const body = { errorMessages: ['Bad JQL.', ' ', 42], errors: { jql: 'Unbounded query.', n: null } };
    const result = await jiraLiveCount(cloud('order by created'), CLOUD_PAGE, async () => json(400, body));
    expect(result).toEqual({ ok: false, error: 'Jira rejected the query: Bad JQL. Unbounded query.' });
    const bare = await jiraLiveCount(cloud('x'), CLOUD_PAGE, async () => json(400, null));
    expect(bare).toEqual({ ok: false, error: 'Jira rejected the query: no reason given (HTTP 400).' });
    const server = await jiraLiveCount(cloud('x'), CLOUD_PAGE, async () => json(503, { errorMessages: ['Maintenance.'] }));
    expect(server).toEqual({ ok: false, error: 'Jira could not count the issues (HTTP 503: Maintenance).' });
  });

  it('answers only Jira queries', async () => {
    const jira = fakeJira(() => json(200, { count: 1 }));
    const spec: LiveCount = { source: 'github-milestone', host: 'acme.atlassian.net', query: 'acme/web/7', measure: 'count' };
    expect(await jiraLiveCount(spec, CLOUD_PAGE, jira.fetchFn)).toEqual({ ok: false, error: 'This live count is not a Jira query.' });
    expect(jira.calls).toEqual([]);
  });

  it('fetches nothing from a page of another host', async () => {
    const jira = fakeJira(() => json(200, { count: 1 }));
    const result = await jiraLiveCount(cloud('project = KAN'), new URL('https://other.atlassian.net/browse/KAN-1'), jira.fetchFn);
    expect(result).toEqual({ ok: false, error: 'Open a Jira page on acme.atlassian.net to fetch this count.' });
    expect(jira.calls).toEqual([]);
  });
});

describe('Jira Data Center live count', () => {
  const dc = (measure: LiveCount['measure']): LiveCount => ({ source: 'jira-jql', host: 'jira.acme.com', query: 'project = OPS', measure });

  it('gets /rest/api/2/search under the context path with maxResults=0 and reads { total }', async () => {
    const jira = fakeJira((jql) => json(200, { startAt: 0, maxResults: 0, total: jql.includes('Done') ? 1 : 3, issues: [] }));
    const result = await jiraLiveCount(dc('share-done'), DC_PAGE, jira.fetchFn);
    expect(result).toEqual({
      ok: true, value: 33.3,
      evidence: '1 of 3 issues done (33.3%) for the Jira query on jira.acme.com: "project = OPS"',
      sourceUrl: 'https://jira.acme.com/jira/issues/?jql=project%20%3D%20OPS',
    });
    expect(jira.calls[0]?.url).toBe('https://jira.acme.com/jira/rest/api/2/search?jql=project%20%3D%20OPS&maxResults=0');
    expect(jira.calls[0]?.init).toEqual({ credentials: 'include', headers: { Accept: 'application/json' } });
    expect(jira.calls[0]?.init?.method).toBeUndefined();
  });

  it("reads Jira's errors by field as well as its error messages", async () => {
    const jira = fakeJira(() => json(400, { errorMessages: [], errors: { jql: 'The value \'NOPE\' does not exist for the field \'project\'.' } }));
    const result = await jiraLiveCount(dc('count'), DC_PAGE, jira.fetchFn);
    expect(result).toEqual({ ok: false, error: "Jira rejected the query: The value 'NOPE' does not exist for the field 'project'." });
  });

  it('counts one issue in the singular', async () => {
    const result = await jiraLiveCount(dc('count'), DC_PAGE, async () => json(200, { total: 1 }));
    expect(result).toMatchObject({ ok: true, value: 1, evidence: '1 issue matched the Jira query on jira.acme.com: "project = OPS"' });
  });
});
