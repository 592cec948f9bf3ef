import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { jiraAdapter } from './jira-adapter.ts';
import { JIRA_EXAMPLE_PAGES, JIRA_NOT_ENTITY_EXAMPLE_PAGES } from './example-pages.ts';

const load = (fixture: string): Document => parseHTML(readFileSync(fixture, 'utf8')).document;
const isDataCenter = (url: string) => !new URL(url).hostname.endsWith('.atlassian.net');

describe('Jira page object on every fixture', () => {
  for (const page of JIRA_EXAMPLE_PAGES) {
    it(`${page.fixture}: ${page.entity.label} "${page.title}"`, () => {
      const entity = jiraAdapter.entityFromUrl(new URL(page.url), isDataCenter(page.url));
      expect(entity && { key: entity.key, label: entity.label }).toEqual(page.entity);
      expect(entity?.container).toEqual(page.container);
      const doc = load(page.fixture);
      expect(jiraAdapter.page.title(doc, entity!)).toBe(page.title);
      const mount = jiraAdapter.page.mountPoint(doc, entity!);
      // An issue's overlay sits beside its own summary; a project's floats in the corner.
      if (entity!.kind === 'jira-issue') expect(mount?.textContent).toContain(page.title.split(' ')[0]);
      else expect(mount).toBeUndefined();
    });
  }
  for (const page of JIRA_NOT_ENTITY_EXAMPLE_PAGES) {
    it(`${page.fixture} is no entity page`, () => expect(jiraAdapter.entityFromUrl(new URL(page.url), false)).toBeUndefined());
  }
});

describe('Jira page object while the page renders', () => {
  const issue = jiraAdapter.entityFromUrl(new URL('https://acme.atlassian.net/browse/KAN-5'), false)!;
  it('reads nothing from another issue\'s view (a board still showing the previous panel)', () => {
    const doc = load('fixtures/pages/jira/cloud-board-side-panel.html');
    expect(jiraAdapter.page.title(doc, issue)).toBeUndefined();
    expect(jiraAdapter.page.mountPoint(doc, issue)).toBeUndefined();
  });
  it('falls back on the tab title `[KEY] Summary - Jira` before the summary is rendered', () => {
    const { document } = parseHTML('<html><head><title>[KAN-5] Fix the - dash - Jira</title></head><body></body></html>');
    expect(jiraAdapter.page.title(document, issue)).toBe('Fix the - dash');
  });
  it('trusts a lone summary with no key near it, and mounts beside it', () => {
    const { document } = parseHTML('<main><div id="head"><h1 data-testid="issue.views.issue-base.foundation.summary.heading">Lone  summary</h1></div></main>');
    expect(jiraAdapter.page.title(document, issue)).toBe('Lone summary');
    expect(jiraAdapter.page.mountPoint(document, issue)?.id).toBe('head');
  });
  it('trusts none of several summaries without keys; a key not rendered yet counts as none', () => {
    const two = parseHTML('<h1 id="summary-val">One</h1><h1 id="summary-val">Two</h1><title>Jira</title>').document;
    expect(jiraAdapter.page.title(two, issue)).toBeUndefined();
    const emptyKey = parseHTML('<div><a id="key-val"></a><h1 id="summary-val">Loading</h1></div>').document;
    expect(jiraAdapter.page.title(emptyKey, issue)).toBe('Loading');
  });
  it('gives a project page no mount point, even beside an issue summary', () => {
    const project = jiraAdapter.entityFromUrl(new URL('https://acme.atlassian.net/projects/KAN'), false)!;
    expect(jiraAdapter.page.mountPoint(load('fixtures/pages/jira/cloud-browse-issue.html'), project)).toBeUndefined();
    expect(jiraAdapter.page.mountPoint(parseHTML('<div><h1 id="summary-val">Lone</h1></div>').document, project)).toBeUndefined();
  });
  it('collapses white space in the tab title', () => {
    const { document } = parseHTML('<html><head><title>[KAN-5]\n  Spaced   out - Jira</title></head><body></body></html>');
    expect(jiraAdapter.page.title(document, issue)).toBe('Spaced out');
  });
  it('answers undefined on an empty page', () => {
    const { document } = parseHTML('<html><head><title>Jira</title></head><body></body></html>');
    expect(jiraAdapter.page.title(document, issue)).toBeUndefined();
  });
});
