import { readFileSync } from 'node:fs';
import { DOMParser as LinkedomParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { LiveCount } from '../../../core/model/records.ts';
import type { FetchLike } from '../site-types.ts';
import { githubLiveCount } from './live-count.ts';

const parseHtml = (html: string) => new LinkedomParser().parseFromString(html, 'text/html') as unknown as Document;
const milestoneHtml = readFileSync(new URL('../../../fixtures/pages/github/milestone.html', import.meta.url), 'utf8');

// Shaped like GitHub's answers (docs.github.com, "Get a milestone" and "Rate limits for the REST API").
const milestoneJson = (open: number, closed: number) => ({
  url: 'https://api.github.com/repos/acme/api/milestones/3', html_url: 'https://github.com/acme/api/milestone/3',
  labels_url: 'https://api.github.com/repos/acme/api/milestones/3/labels', id: 1002604, node_id: 'MDk6TWlsZXN0b25lMTAwMjYwNA==',
  number: 3, state: 'open', title: 'Sprint 42', description: 'Q4 checkout', creator: { login: 'ana', id: 1 },
  open_issues: open, closed_issues: closed, created_at: '2026-10-01T09:00:00Z', updated_at: '2026-11-19T15:00:00Z', closed_at: null, due_on: '2026-12-04T08:00:00Z',
});
const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });
const notFound = () => json({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest/issues/milestones#get-a-milestone', status: '404' }, 404);
const rateLimited = () => json(
  { message: 'API rate limit exceeded for 203.0.113.7. (But here\'s the good news: Authenticated requests get a higher rate limit.)', documentation_url: 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting' },
  403, { 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '60', 'x-ratelimit-reset': String(Date.parse('2026-11-20T20:42:00Z') / 1000) },
);
const html = (body: string, status = 200) => new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });

/** A fake fetch answering by URL, recording each call and its options. */
function fakeFetch(routes: Record<string, () => Response | Promise<Response>>) {
  const calls: { url: string; init?: RequestInit }[] = [];
  const fetchFn: FetchLike = async (url, init) => {
    calls.push({ url, init });
    const route = routes[url];
    if (!route) throw new TypeError('Failed to fetch');
    return route();
  };
  return { fetchFn, calls };
}

const spec = (over: Partial<LiveCount> = {}): LiveCount => ({ source: 'github-milestone', host: 'github.com', query: 'acme/api/3', measure: 'count', ...over });
const API = 'https://api.github.com/repos/acme/api/milestones/3';
const PAGE = 'https://github.com/acme/api/milestone/3';
const onGithub = new URL('https://github.com/acme/api/issues/12');
const run = (s: LiveCount, fetchFn: FetchLike, page = onGithub) => githubLiveCount(s, page, fetchFn, parseHtml);

describe('GitHub milestone live counts', () => {
  it('counts closed issues from the public API, without cookies or a token', async () => {
    const { fetchFn, calls } = fakeFetch({ [API]: () => json(milestoneJson(3, 5)) });
    expect(await run(spec(), fetchFn)).toEqual({
      ok: true, value: 5, sourceUrl: PAGE,
      evidence: 'GitHub milestone acme/api/3 “Sprint 42”: 5 closed, 3 open (62.5% closed), read from the GitHub API.',
    });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.init?.credentials).toBe('omit');
    expect(JSON.stringify(calls[0]!.init?.headers)).not.toMatch(/authorization/i);
  });

  it('gives the share done in percent', async () => {
    const { fetchFn } = fakeFetch({ [API]: () => json(milestoneJson(1, 2)) });
    expect(await run(spec({ measure: 'share-done' }), fetchFn)).toMatchObject({ ok: true, value: 66.7 });
  });

  it('refuses a share done of a milestone with no issues, and still counts its zero closed', async () => {
    const { fetchFn } = fakeFetch({ [API]: () => json(milestoneJson(0, 0)) });
    expect(await run(spec({ measure: 'share-done' }), fetchFn)).toEqual({ ok: false, error: 'GitHub milestone acme/api/3 has no issues yet, so it has no share done.' });
    expect(await run(spec(), fetchFn)).toMatchObject({ ok: true, value: 0 });
  });

  it('reads a private repository\'s milestone page with the person\'s session when the API answers 404', async () => {
    const { fetchFn, calls } = fakeFetch({ [API]: notFound, [PAGE]: () => html(milestoneHtml) });
    expect(await run(spec({ measure: 'share-done' }), fetchFn)).toEqual({
      ok: true, value: 62.5, sourceUrl: PAGE,
      evidence: 'GitHub milestone acme/api/3 “Sprint 42 — Q4 checkout”: 5 closed, 3 open (62.5% closed), read from the milestone page.',
    });
    expect(calls.map((c) => c.url)).toEqual([API, PAGE]);
    expect(calls[1]!.init?.credentials).toBe('include');
  });

  it('falls back to the page on 401 and 403 too', async () => {
    for (const status of [401, 403]) {
      const { fetchFn } = fakeFetch({ [API]: () => json({ message: 'Requires authentication' }, status), [PAGE]: () => html(milestoneHtml) });
      expect(await run(spec(), fetchFn)).toMatchObject({ ok: true, value: 5 });
    }
  });

  it('says when the anonymous rate limit is used up and the page cannot help', async () => {
    const { fetchFn } = fakeFetch({ [API]: rateLimited, [PAGE]: () => html('<h1>Not Found</h1>', 404) });
    expect(await run(spec(), fetchFn)).toEqual({
      ok: false,
      error: 'GitHub milestone acme/api/3: the API\'s hourly limit for requests without a token is used up until 20:42 UTC; the milestone page answered 404 (not found, or not signed in).',
    });
  });

  it('reads the page when rate limited and signed in', async () => {
    const { fetchFn } = fakeFetch({ [API]: rateLimited, [PAGE]: () => html(milestoneHtml) });
    expect(await run(spec(), fetchFn)).toMatchObject({ ok: true, value: 5 });
  });

  it('reports a network error from both', async () => {
    const { fetchFn } = fakeFetch({});
    expect(await run(spec(), fetchFn)).toEqual({
      ok: false,
      error: 'GitHub milestone acme/api/3: the API could not be reached (Failed to fetch); the milestone page could not be reached (Failed to fetch).',
    });
  });

  it('never fetches another origin\'s page with the session', async () => {
    const { fetchFn, calls } = fakeFetch({ [API]: notFound });
    const result = await run(spec(), fetchFn, new URL('https://acme.atlassian.net/browse/PROJ-1'));
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('open a page on github.com, signed in') });
    expect(calls.map((c) => c.url)).toEqual([API]);
  });

  it('uses /api/v3 and the page on a GitHub Enterprise host', async () => {
    const ghe = 'https://git.acme.com/api/v3/repos/platform/api/milestones/3';
    const { fetchFn, calls } = fakeFetch({ [ghe]: notFound, 'https://git.acme.com/platform/api/milestone/3': () => html(milestoneHtml) });
    const result = await run(spec({ host: 'git.acme.com', query: 'platform/api/3' }), fetchFn, new URL('https://git.acme.com/platform/api/issues/1'));
    expect(result).toMatchObject({ ok: true, value: 5, sourceUrl: 'https://git.acme.com/platform/api/milestone/3' });
    expect(calls.map((c) => c.url)).toEqual([ghe, 'https://git.acme.com/platform/api/milestone/3']);
  });

  it('accepts a pasted milestone URL and rejects other queries with a clear message', async () => {
    const { fetchFn } = fakeFetch({ [API]: () => json(milestoneJson(3, 5)) });
    expect(await run(spec({ query: ' https://github.com/acme/api/milestone/3 ' }), fetchFn)).toMatchObject({ ok: true, value: 5 });
    for (const query of ['acme/api', 'acme/api#3', 'project = PROJ']) {
      expect(await run(spec({ query }), fetchFn)).toEqual({ ok: false, error: `Live count "${query}": a GitHub milestone is written owner/repo/number, for example acme/api/3.` });
    }
  });

  it('rejects an API answer without counts and a page without them', async () => {
    const { fetchFn } = fakeFetch({ [API]: () => json({ message: 'Moved' }), [PAGE]: () => html('<main><p>Nothing here</p></main>') });
    expect(await run(spec(), fetchFn)).toEqual({
      ok: false, error: 'GitHub milestone acme/api/3: the API answered without open_issues and closed_issues; the milestone page shows no open and closed counts.',
    });
  });

  it('reports a server error', async () => {
    const { fetchFn } = fakeFetch({ [API]: () => json({ message: 'Server Error' }, 502) });
    expect(await run(spec(), fetchFn)).toMatchObject({ ok: false, error: expect.stringContaining('the API answered 502') });
  });
});
