import { describe, expect, it } from 'vitest';
import { linkKeys, normaliseUrl } from './link-keys.ts';

describe('linkKeys', () => {
  it('builds the canonical keys of DESIGN.md', () => {
    expect(linkKeys.jiraIssue('Acme.Atlassian.net', 'proj-123')).toBe('jira:acme.atlassian.net/PROJ-123');
    expect(linkKeys.jiraProject('jira.example.com', 'ops')).toBe('jira-project:jira.example.com/OPS');
    expect(linkKeys.githubIssue('Acme', 'Web', 482)).toBe('github:acme/web#482');
    expect(linkKeys.githubRepo('Acme', 'Web')).toBe('github-repo:acme/web');
    expect(linkKeys.githubMilestone('acme', 'web', 7)).toBe('github-milestone:acme/web/7');
    expect(linkKeys.salesforce('acme.lightning.force.com', '0065g00000AbCdE')).toBe('salesforce:acme.my.salesforce.com/0065g00000AbCdEAAV');
    expect(linkKeys.salesforce('Acme.My.Salesforce.com', '0065g00000AbCdEAAV')).toBe('salesforce:acme.my.salesforce.com/0065g00000AbCdEAAV');
  });

  it('normalises URLs so the same page gives the same key', () => {
    expect(normaliseUrl('HTTPS://Example.com:443/a/b/?z=1&a=2#top')).toBe('https://example.com/a/b?a=2&z=1');
    expect(linkKeys.url('https://example.com/')).toBe('url:https://example.com');
  });
});
