import { describe, expect, it } from 'vitest';
import { jiraContextPath } from './jira-url.ts';

describe('Jira context path', () => {
  it('is empty on Cloud and at a Data Center root', () => {
    expect(jiraContextPath(new URL('https://acme.atlassian.net/jira/software/projects/KAN/boards/3'))).toBe('');
    expect(jiraContextPath(new URL('https://jira.acme.com/secure/Dashboard.jspa'))).toBe('');
  });
  it('is what comes before the first Jira segment on Data Center', () => {
    expect(jiraContextPath(new URL('https://jira.acme.com/jira/secure/Dashboard.jspa'))).toBe('/jira');
    expect(jiraContextPath(new URL('https://acme.com/tools/jira/browse/OPS-1'))).toBe('/tools/jira');
    for (const end of ['browse', 'secure', 'projects', 'issues', 'plugins', 'rest', 'servicedesk', 'login.jsp', 'logout']) {
      expect(jiraContextPath(new URL(`https://acme.com/jira/${end}/x`))).toBe('/jira');
    }
  });
  it('is empty when no Jira segment shows where the context ends', () => {
    expect(jiraContextPath(new URL('https://jira.acme.com/some/page'))).toBe('');
  });
});
