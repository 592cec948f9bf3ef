import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { githubAdapter } from './github-adapter.ts';
import { GITHUB_EXAMPLE_PAGES, GITHUB_NON_ENTITY_PAGES } from './example-pages.ts';
import { readMilestoneProgress } from './page-object.ts';

const load = (fixture: string) => parseHTML(readFileSync(new URL(`../../../fixtures/pages/${fixture}`, import.meta.url), 'utf8')).document as unknown as Document;
const entityOf = (url: string) => githubAdapter.entityFromUrl(new URL(url), false)!;

describe('GitHub page object on the fixtures', () => {
  for (const page of GITHUB_EXAMPLE_PAGES) {
    it(`${page.fixture}: ${page.entity.label} titled "${page.title}"`, () => {
      const entity = entityOf(page.url);
      expect({ key: entity.key, label: entity.label }).toEqual(page.entity);
      expect(entity.container).toEqual(page.container);
      expect(githubAdapter.page.title(load(page.fixture), entity)).toBe(page.title);
    });
  }

  it('a title with markup and a script comes back as the plain text the page shows', () => {
    const doc = load('github/issue-script-title.html');
    const title = githubAdapter.page.title(doc, entityOf('https://github.com/acme/api/issues/13'));
    expect(title).toBe('Fix <script>alert("owned")</script> & <b>bold</b> in titles');
    expect(doc.querySelectorAll('script:not([type="application/json"])').length).toBe(0);
  });

  it('the Projects board reads the open panel, not the cards beside it', () => {
    const doc = load('github/project-issue-pane.html');
    doc.querySelector('[data-testid="side-panel"] [data-testid="issue-title"]')!.textContent = 'Renamed in the panel';
    // Another item's preview (a hover card) earlier in the page carries the same hook.
    const preview = doc.createElement('bdi');
    preview.setAttribute('data-testid', 'issue-title');
    preview.textContent = 'Cart totals round down';
    doc.body.prepend(preview);
    expect(githubAdapter.page.title(doc, entityOf(GITHUB_EXAMPLE_PAGES[7]!.url))).toBe('Renamed in the panel');
    expect(githubAdapter.page.mountPoint!(doc, entityOf(GITHUB_EXAMPLE_PAGES[7]!.url))).toBeUndefined();
  });

  it('mounts in the sidebar of issues, pull request conversations and repositories, in the corner elsewhere', () => {
    const mount = (fixture: string, url: string) => githubAdapter.page.mountPoint!(load(fixture), entityOf(url));
    expect(mount('github/issue-react.html', 'https://github.com/acme/api/issues/12')?.getAttribute('data-testid')).toBe('issue-viewer-metadata-pane');
    expect(mount('github/pull-conversation.html', 'https://github.com/acme/api/pull/7')?.id).toBe('partial-discussion-sidebar');
    expect(mount('github/repo-home.html', 'https://github.com/Acme/api')?.className).toBe('Layout-sidebar');
    expect(mount('github/pull-files.html', 'https://github.com/acme/api/pull/7/files')).toBeUndefined();
    expect(mount('github/milestone.html', 'https://github.com/acme/api/milestone/3')).toBeUndefined();
  });

  it('falls back to the tab title while the view renders, only for the same number', () => {
    const doc = load('github/pull-files.html');
    for (const el of doc.querySelectorAll('.js-issue-title')) el.remove();
    expect(githubAdapter.page.title(doc, entityOf('https://github.com/acme/api/pull/7/files'))).toBe('Retry failed webhooks with backoff');
    expect(githubAdapter.page.title(doc, entityOf('https://github.com/acme/api/pull/8'))).toBeUndefined();
  });

  it('a repository without a description is titled by its name', () => {
    const doc = load('github/repo-home.html');
    doc.querySelector('.BorderGrid-cell > p.f4')!.remove();
    doc.title = 'GitHub - Acme/api';
    expect(githubAdapter.page.title(doc, entityOf('https://github.com/Acme/api'))).toBe('Acme/api');
  });

  it('reads a milestone page\'s progress from its toggles and progress block only', () => {
    expect(readMilestoneProgress(load('github/milestone.html'))).toEqual({ title: 'Sprint 42 — Q4 checkout', open: 3, closed: 5, percent: 62 });
  });

  it('never takes a milestone count from the issue rows ("14 open tasks") when the toggles are missing', () => {
    const doc = load('github/milestone.html');
    doc.querySelector('.table-list-header-toggle.states')!.remove();
    expect(readMilestoneProgress(doc)).toMatchObject({ open: undefined, closed: undefined, percent: 62 });
  });

  it('reads counts with thousands separators', () => {
    const doc = load('github/milestone.html');
    const [open, closed] = doc.querySelectorAll('.states a');
    open!.textContent = '1,204 Open';
    closed!.textContent = '12,050 Closed';
    expect(readMilestoneProgress(doc)).toMatchObject({ open: 1204, closed: 12050 });
  });

  for (const page of GITHUB_NON_ENTITY_PAGES) {
    it(`${page.url} (${page.fixture}) is no entity`, () => {
      expect(githubAdapter.entityFromUrl(new URL(page.url), false)).toBeUndefined();
    });
  }
});
