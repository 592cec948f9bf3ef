import { describe, expect, it } from 'vitest';
import { jiraAdapter } from './jira-adapter.ts';
import { JIRA_NOT_ENTITY_EXAMPLE_PAGES } from './example-pages.ts';
import { JIRA_PREDICATES } from './jira-predicates.ts';

// A content-script match pattern as a RegExp (`*` in the host is one label or more, in the path anything).
function patternRegExp(pattern: string): RegExp {
  const [, scheme, host, path] = /^(https?):\/\/([^/]+)(\/.*)$/.exec(pattern)!;
  const escape = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const hostRe = host!.startsWith('*.') ? `(?:[^/]+\\.)?${escape(host!.slice(2))}` : escape(host!);
  return new RegExp(`^${scheme}://${hostRe}${escape(path!).replaceAll('*', '.*')}$`);
}
const injected = (url: string) => jiraAdapter.matches.some((p) => patternRegExp(p).test(url.replace(/#.*$/, '')));

describe('Jira content-script match patterns', () => {
  const cloudExamples = JIRA_PREDICATES.flatMap((p) => p.examples).filter((e): e is string => typeof e === 'string');
  for (const url of cloudExamples) it(`reach ${url}`, () => expect(injected(url)).toBe(true));
  it('leave Confluence on the same host alone', () => {
    for (const page of JIRA_NOT_ENTITY_EXAMPLE_PAGES) expect(injected(page.url)).toBe(false);
  });
  it('reach the pages an SPA visit to an issue starts from (live counts run on any Jira page)', () => {
    for (const url of ['https://acme.atlassian.net/jira/your-work', 'https://acme.atlassian.net/issues/?jql=project%3DKAN',
      'https://acme.atlassian.net/secure/Dashboard.jspa']) expect(injected(url)).toBe(true);
  });
});
