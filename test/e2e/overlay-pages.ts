import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import type { ExamplePage } from '../../extension/sites/example-page.ts';
import { GITHUB_EXAMPLE_PAGES, GITHUB_NON_ENTITY_PAGES } from '../../extension/sites/github/example-pages.ts';
import { JIRA_EXAMPLE_PAGES, JIRA_NOT_ENTITY_EXAMPLE_PAGES } from '../../extension/sites/jira/example-pages.ts';
import { SALESFORCE_EXAMPLE_PAGES, SALESFORCE_NON_ENTITY_PAGE } from '../../extension/sites/salesforce/example-pages.ts';
import { matchesCloudHost } from '../../extension/overlay/cloud-host.ts';
import { githubAdapter } from '../../extension/sites/github/github-adapter.ts';
import { jiraAdapter } from '../../extension/sites/jira/jira-adapter.ts';
import { salesforceAdapter } from '../../extension/sites/salesforce/salesforce-adapter.ts';

// The host pages of the overlay e2e tests: every example page of every adapter, served at its real
// URL from its fixture. Custom hosts (Data Center, Enterprise) need a granted permission first.
const ADAPTERS = [jiraAdapter, githubAdapter, salesforceAdapter];
const onCloud = (url: string) => ADAPTERS.some((a) => matchesCloudHost(a.matches, new URL(url).host));
const fixturePath = (fixture: string) => (fixture.startsWith('fixtures/') ? fixture : `fixtures/pages/${fixture}`);

export const ENTITY_PAGES: ExamplePage[] = [...JIRA_EXAMPLE_PAGES, ...GITHUB_EXAMPLE_PAGES, ...SALESFORCE_EXAMPLE_PAGES].filter((p) => onCloud(p.url));
export const NON_ENTITY_PAGES = [...JIRA_NOT_ENTITY_EXAMPLE_PAGES, ...GITHUB_NON_ENTITY_PAGES, SALESFORCE_NON_ENTITY_PAGE].filter((p) => onCloud(p.url));

/** A page's URL without its hash: what the browser requests. */
const requested = (url: string) => url.split('#')[0]!;

/** Serves every fixture at its real URL; anything else on those hosts is a plain 404 page. */
export async function routeHostPages(context: BrowserContext, extra: Record<string, string> = {}, headers: Record<string, string> = {}) {
  const pages = new Map<string, string>();
  for (const p of [...ENTITY_PAGES, ...NON_ENTITY_PAGES]) pages.set(requested(p.url), fixturePath(p.fixture));
  for (const [url, fixture] of Object.entries(extra)) pages.set(requested(url), fixture);
  for (const pattern of ['https://*.atlassian.net/**', 'https://github.com/**', 'https://*.force.com/**', 'https://*.salesforce.com/**']) {
    await context.route(pattern, (route) => {
      const file = pages.get(requested(route.request().url()));
      return route.fulfill(file
        ? { status: 200, contentType: 'text/html; charset=utf-8', headers, body: readFileSync(file, 'utf8') }
        : { status: 404, contentType: 'text/html', body: '<!doctype html><title>Not found</title><p>Not found' });
    });
  }
}
