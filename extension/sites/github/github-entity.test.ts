import { describe, expect, it } from 'vitest';
import type { EntityKind, UrlExample } from '../site-types.ts';
import { githubAdapter } from './github-adapter.ts';
import { GITHUB_PREDICATES } from './github-predicates.ts';
import { NOT_ENTITY_PAGES } from './not-entity-pages.ts';

const entity = (e: UrlExample) => (typeof e === 'string' ? githubAdapter.entityFromUrl(new URL(e), false) : githubAdapter.entityFromUrl(new URL(e.url), true));
const urlOf = (e: UrlExample) => (typeof e === 'string' ? e : e.url);

const KIND_OF: Record<string, EntityKind> = {
  isRepo: 'github-repo', isIssue: 'github-issue', isPullRequest: 'github-pull', isMilestone: 'github-milestone', isProjectIssuePane: 'github-issue',
};

describe('GitHub entities from URLs', () => {
  for (const predicate of GITHUB_PREDICATES) {
    for (const example of predicate.examples) {
      it(`${urlOf(example)} gives a ${KIND_OF[predicate.name]}`, () => {
        const e = entity(example);
        expect(e?.kind).toBe(KIND_OF[predicate.name]);
        expect(e?.url).toBe(e?.url.toLowerCase());
        if (e?.kind !== 'github-repo') expect(e?.container?.key).toMatch(/^github-repo:/);
      });
    }
  }

  it('an issue keeps the URL case in its label and lower-cases key, URL and container', () => {
    expect(entity('https://github.com/Acme/API/issues/12#issuecomment-1')).toEqual({
      key: 'github:acme/api#12', label: 'Acme/API#12', kind: 'github-issue', url: 'https://github.com/acme/api/issues/12',
      container: { key: 'github-repo:acme/api', label: 'Acme/API' },
    });
  });

  it('every pull request tab is the same entity', () => {
    const tabs = ['', '/files', '/commits', '/checks', '/changes', '/commits/0a1b2c3', '/files/0a1..4d5'];
    for (const tab of tabs) {
      expect(entity(`https://github.com/acme/api/pull/7${tab}`)).toEqual({
        key: 'github:acme/api#7', label: 'acme/api#7', kind: 'github-pull', url: 'https://github.com/acme/api/pull/7',
        container: { key: 'github-repo:acme/api', label: 'acme/api' },
      });
    }
  });

  it('a repository and its code pages are the repository', () => {
    for (const path of ['', '/', '/tree/main/src', '/blob/main/README.md']) {
      expect(entity(`https://github.com/Acme/api${path}`)).toEqual({ key: 'github-repo:acme/api', label: 'Acme/api', kind: 'github-repo', url: 'https://github.com/acme/api' });
    }
  });

  it('a milestone', () => {
    expect(entity('https://github.com/acme/Api/milestone/3?closed=1')).toEqual({
      key: 'github-milestone:acme/api/3', label: 'acme/Api milestone 3', kind: 'github-milestone', url: 'https://github.com/acme/api/milestone/3',
      container: { key: 'github-repo:acme/api', label: 'acme/Api' },
    });
  });

  it('the Projects side panel is the issue it shows, not the project', () => {
    for (const url of ['https://github.com/orgs/acme/projects/5/views/1?pane=issue&issue=Acme%7Capi%7C12', 'https://github.com/users/x/projects/2?pane=issue&itemId=9&issue=Acme%7Capi%7C12']) {
      expect(entity(url)).toEqual({
        key: 'github:acme/api#12', label: 'Acme/api#12', kind: 'github-issue', url: 'https://github.com/acme/api/issues/12',
        container: { key: 'github-repo:acme/api', label: 'Acme/api' },
      });
    }
  });

  it('GitHub Enterprise keeps its own host in the canonical URL', () => {
    expect(entity({ url: 'https://Git.Acme.com/platform/api/pull/7/files', custom: true })?.url).toBe('https://git.acme.com/platform/api/pull/7');
    expect(entity({ url: 'https://git.acme.com/platform/api/issues/12', custom: true })?.key).toBe('github:platform/api#12');
  });

  for (const page of NOT_ENTITY_PAGES) {
    it(`${urlOf(page)} is no entity`, () => {
      expect(entity(page)).toBeUndefined();
      expect(GITHUB_PREDICATES.filter((p) => p.test(new URL(urlOf(page)), typeof page !== 'string'))).toEqual([]);
    });
  }

  it('a reserved first segment is never an owner', () => {
    for (const owner of ['settings', 'orgs', 'sponsors', 'marketplace', 'topics', 'features', 'login', 'about', 'pricing', 'explore']) {
      expect(entity(`https://github.com/${owner}/api/issues/12`)).toBeUndefined();
      expect(entity(`https://github.com/${owner}/api`)).toBeUndefined();
    }
  });

  it('a malformed Projects issue parameter is no entity', () => {
    for (const issue of ['acme%7Capi', 'acme%7Capi%7Cx', 'acme%7Capi%7C12%7C3', 'settings%7Capi%7C12', '%7Capi%7C12']) {
      expect(entity(`https://github.com/orgs/acme/projects/5?pane=issue&issue=${issue}`)).toBeUndefined();
    }
  });
});
