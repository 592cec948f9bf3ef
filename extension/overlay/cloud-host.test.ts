import { describe, expect, it } from 'vitest';
import { matchesCloudHost } from './cloud-host.ts';

describe('matchesCloudHost', () => {
  const patterns = ['https://*.atlassian.net/*', 'https://github.com/*'];
  it.each([
    ['acme.atlassian.net', true], ['ACME.Atlassian.net', true], ['atlassian.net', true], ['github.com', true],
    ['evilatlassian.net', false], ['jira.acme.com', false], ['gist.github.com', false], ['github.com.evil.io', false],
  ])('%s → %s', (host, expected) => expect(matchesCloudHost(patterns, host)).toBe(expected));
});
