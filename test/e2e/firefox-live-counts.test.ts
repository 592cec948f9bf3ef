import { readFileSync } from 'node:fs';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GITHUB_CSP } from './github-csp.ts';
import { launchFirefoxWithDemo, type FirefoxWithDemo } from './firefox-launch.ts';
import { answer, regionText, servePages, toggleOverlay, WAIT, waitForRegionText, waitInOverlay } from './firefox-overlay-kit.ts';

// Live counts in Firefox (issue 8, item 4): the content script's own fetch, same origin, with the
// person's session cookies and no token, against routed fakes of the host's answers. A request
// without the session gets what the host gives a signed-out visitor, so the offer then never comes.
const ISSUE = 'https://github.com/acme/api/issues/12';
const ISSUE_HTML = readFileSync('fixtures/pages/github/issue-react.html', 'utf8');
const KR = 'q4-company-kr3';
// GitHub's session cookies, in their real shape (HttpOnly; one Lax, one Strict).
const SESSION_COOKIES = ['user_session=u1; path=/; secure; HttpOnly; SameSite=Lax', '__Host-user_session_same_site=u1; path=/; secure; HttpOnly; SameSite=Strict'];
const MILESTONE = 'https://github.com/acme/api/milestone/3';
const MILESTONE_HTML = readFileSync('fixtures/pages/github/milestone.html', 'utf8');

const JIRA_ISSUE = 'https://acme.atlassian.net/browse/KAN-1';
const JIRA_HTML = readFileSync('fixtures/pages/jira/cloud-browse-issue.html', 'utf8');
const JIRA_SESSION = 'tenant.session.token=t1; path=/; secure; HttpOnly; SameSite=None';

type Workspace = { keyResults: { id: string; title: string }[]; checkIns: { targetId: string; value?: number; source: string; sourceUrl?: string }[] };

describe('live counts in Firefox, fetched by the content script with the person\'s session', () => {
  let firefox: FirefoxWithDemo;
  let browser: Browser;
  let krTitle: string;
  const ask = (request: unknown) => firefox.ask(request);
  const workspace = async () => (await ask({ type: 'workspace.get' })).value as Workspace;

  beforeAll(async () => {
    firefox = await launchFirefoxWithDemo('maya');
    browser = firefox.browser;
    krTitle = (await workspace()).keyResults.find((k) => k.id === KR)!.title;
  });
  afterAll(async () => firefox?.browser.close());

  it('offers a milestone count fetched with the person\'s GitHub session, though the overlay was toggled while it was on its way', async () => {
    // A private repository: the API does not know the milestone, the page does for a signed-in person.
    const update = await ask({ type: 'keyResult.update', id: KR, changes: { liveCount: { source: 'github-milestone', host: 'github.com', query: 'acme/api/3', measure: 'count' } } });
    expect(update).toMatchObject({ ok: true });
    let release!: () => void;
    const released = new Promise<void>((ok) => { release = ok; });
    let asked!: (cookie: string) => void;
    const milestoneAsked = new Promise<string>((ok) => { asked = ok; });
    const live = await browser.newPage();
        await servePages(live, (request) => {
      if (request.url() === ISSUE) return { status: 200, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': GITHUB_CSP, 'set-cookie': SESSION_COOKIES }, body: ISSUE_HTML };
      if (request.url() !== MILESTONE) return undefined;
      const cookie = request.headers().cookie ?? '';
      asked(cookie);
      const signedIn = cookie.includes('user_session=u1') && cookie.includes('__Host-user_session_same_site=u1');
      void released.then(() => answer(request, signedIn ? { status: 200, contentType: 'text/html; charset=utf-8', body: MILESTONE_HTML } : { status: 404, contentType: 'text/html', body: 'Not found' }));
      return 'held';
    });
    await live.goto(ISSUE);
    // Same origin, so the content script's fetch carries the page's cookies, SameSite=Strict included.
    const cookie = await milestoneAsked;
    expect(cookie).toContain('user_session=u1');
    expect(cookie).toContain('__Host-user_session_same_site=u1');
    // Every toggle writes storage, which shows the page anew while the count is still out.
    for (let toggles = 1; !(await toggleOverlay(live)) || toggles < 2; toggles++);
    release();
    await live.waitForFunction(() => /^Update .+ to 5\?$/.test(document.querySelector('[data-okr-lens]')?.shadowRoot?.querySelector('.offer p')?.textContent ?? ''), WAIT);
    expect(await regionText(live)).toContain('5 closed, 3 open (62.5% closed), read from the milestone page');
    const accept = await waitInOverlay(live, '.offer button.primary');
    await accept.click();
    await waitForRegionText(live, `Updated ${krTitle} to 5`);
    const landed = (await workspace()).checkIns.filter((c) => c.sourceUrl === MILESTONE);
    expect(landed).toMatchObject([{ targetId: KR, value: 5, source: 'github' }]);
    await live.close();
  });

  it('counts a Jira query with the person\'s Jira session: a same-origin POST from the content script', async () => {
    const kr = 'q4-company-kr2';
    const update = await ask({ type: 'keyResult.update', id: kr, changes: { liveCount: { source: 'jira-jql', host: 'acme.atlassian.net', query: 'project = KAN', measure: 'count' } } });
    expect(update).toMatchObject({ ok: true });
    const title = (await workspace()).keyResults.find((k) => k.id === kr)!.title;
    const jira = await browser.newPage();
    await servePages(jira, (request) => {
      if (request.url() === JIRA_ISSUE) return { status: 200, contentType: 'text/html; charset=utf-8', headers: { 'set-cookie': JIRA_SESSION }, body: JIRA_HTML };
      if (!request.url().endsWith('/rest/api/3/search/approximate-count')) return undefined;
      const headers = request.headers();
      const signedIn = request.method() === 'POST' && (headers.cookie ?? '').includes('tenant.session.token=t1') && headers['x-atlassian-token'] === 'no-check';
      return signedIn ? { status: 200, contentType: 'application/json', body: '{"count":7}' } : { status: 401, contentType: 'application/json', body: '{"errorMessages":["You are not logged in."]}' };
    });
    await jira.goto(JIRA_ISSUE);
    expect(await toggleOverlay(jira)).toBe(true);
    await jira.waitForFunction((t) => document.querySelector('[data-okr-lens]')?.shadowRoot?.querySelector('.offer p')?.textContent?.startsWith(`Update ${t} from `), WAIT, title);
    expect(await regionText(jira)).toContain('7 issues matched the Jira query on acme.atlassian.net: "project = KAN"');
    await jira.close();
  });
});
