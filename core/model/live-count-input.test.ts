import { describe, expect, it } from 'vitest';
import { liveCountInput, liveCountOf, type LiveCountInput } from './live-count-input.ts';

const jira = (o: Partial<LiveCountInput> = {}): LiveCountInput => ({ source: 'jira-jql', host: 'acme.atlassian.net', query: 'project = PROJ', measure: 'count', ...o });
const gh = (o: Partial<LiveCountInput> = {}): LiveCountInput => ({ source: 'github-milestone', host: '', query: 'acme/app/4', measure: 'share-done', ...o });

describe('liveCountOf', () => {
  it('is none when no source is picked', () => {
    expect(liveCountOf(jira({ source: '', host: 'junk !' }))).toEqual({ ok: true, value: undefined });
  });

  it('takes a Jira host as typed or pasted, and the JQL trimmed', () => {
    expect(liveCountOf(jira({ host: ' https://Jira.Acme.com:8443/jira/browse/X-1 ', query: '  project = PROJ AND statusCategory = Done ' }))).toEqual({
      ok: true, value: { source: 'jira-jql', host: 'jira.acme.com:8443', query: 'project = PROJ AND statusCategory = Done', measure: 'count' },
    });
  });

  it('takes a milestone as owner/repo/number on github.com, or from its address', () => {
    expect(liveCountOf(gh())).toEqual({ ok: true, value: { source: 'github-milestone', host: 'github.com', query: 'acme/app/4', measure: 'share-done' } });
    expect(liveCountOf(gh({ query: 'https://github.acme.com/acme/app.js/milestone/12?closed=1' }))).toEqual({
      ok: true, value: { source: 'github-milestone', host: 'github.acme.com', query: 'acme/app.js/12', measure: 'share-done' },
    });
    expect(liveCountOf(gh({ host: 'git.acme.com', query: 'acme/app/7' }))).toMatchObject({ ok: true, value: { host: 'git.acme.com' } });
  });

  it.each([
    [jira({ host: '' }), 'host', 'type your Jira’s host, like acme.atlassian.net or jira.acme.com'],
    [jira({ host: '*.atlassian.net' }), 'host', 'must be a host name, like acme.atlassian.net or jira.acme.com'],
    [jira({ host: 'jira acme' }), 'host', 'must be a host name, like acme.atlassian.net or jira.acme.com'],
    [jira({ host: 'https://u:p@jira.acme.com' }), 'host', 'must be a host name, like acme.atlassian.net or jira.acme.com'],
    [jira({ query: '   ' }), 'query', 'type a JQL query, like project = PROJ AND fixVersion = "2026 Q4"'],
    [jira({ query: 'x'.repeat(2001) }), 'query', 'is 2001 characters long; a JQL query here may have at most 2000'],
    [gh({ query: 'acme/app' }), 'query', 'must be a milestone as owner/repo/number (acme/app/4), or its address from GitHub'],
    [gh({ query: 'acme/app/0' }), 'query', 'must be a milestone as owner/repo/number (acme/app/4), or its address from GitHub'],
    [gh({ query: 'acme/app/issues/4' }), 'query', 'must be a milestone as owner/repo/number (acme/app/4), or its address from GitHub'],
    [gh({ query: 'https://github.com/acme/app/issues/4' }), 'query', 'must be a milestone as owner/repo/number (acme/app/4), or its address from GitHub'],
    [gh({ query: '-acme/app/4' }), 'query', 'must be a milestone as owner/repo/number (acme/app/4), or its address from GitHub'],
    [gh({ query: 'https://' }), 'query', 'must be a milestone as owner/repo/number (acme/app/4), or its address from GitHub'],
    [gh({ host: 'git hub' }), 'host', 'must be a host name, like github.com or github.acme.com'],
  ])('refuses %j', (input, field, message) => {
    expect(liveCountOf(input)).toEqual({ ok: false, field, message });
  });

  it('gives a form the fields of a stored live count', () => {
    expect(liveCountInput(undefined)).toEqual({ source: '', host: '', query: '', measure: 'count' });
    const stored = { source: 'jira-jql', host: 'a.atlassian.net', query: 'project = A', measure: 'share-done' } as const;
    expect(liveCountOf(liveCountInput(stored))).toEqual({ ok: true, value: stored });
  });
});
