import { describe, expect, it } from 'vitest';
import { CUSTOM_HOSTS_KEY } from './custom-host.ts';
import { forgetCustomHosts, readCustomHosts, saveCustomHost } from './custom-hosts-storage.ts';
import { fakeStorage } from './fake-storage.ts';
import { isCustomHost } from './read-custom-hosts.ts';

describe('custom hosts in storage.local', () => {
  it('adds hosts, one site per host, and forgets them', async () => {
    const { area } = fakeStorage();
    await saveCustomHost(area, { scheme: 'https', host: 'jira.acme.com', site: 'jira' });
    await saveCustomHost(area, { scheme: 'http', host: 'git.acme.internal', site: 'github' });
    await saveCustomHost(area, { scheme: 'https', host: 'jira.acme.com', site: 'github' });
    expect(await readCustomHosts(area)).toEqual([
      { scheme: 'http', host: 'git.acme.internal', site: 'github' },
      { scheme: 'https', host: 'jira.acme.com', site: 'github' },
    ]);
    await forgetCustomHosts(area, (h) => h.host === 'jira.acme.com');
    expect(await readCustomHosts(area)).toEqual([{ scheme: 'http', host: 'git.acme.internal', site: 'github' }]);
  });

  it('skips stored values that are not hosts', async () => {
    const { area } = fakeStorage({ [CUSTOM_HOSTS_KEY]: [{ scheme: 'ftp', host: 'a', site: 'jira' }, { scheme: 'https', host: 'b', site: 'salesforce' }, null, 'x', { scheme: 'https', host: 'ok.acme.com', site: 'jira', extra: 1 }] });
    expect(await readCustomHosts(area)).toEqual([{ scheme: 'https', host: 'ok.acme.com', site: 'jira' }]);
    expect(await readCustomHosts(fakeStorage({ [CUSTOM_HOSTS_KEY]: 'nonsense' }).area)).toEqual([]);
  });

  it('tells a content script which site its host was added for', async () => {
    const { area } = fakeStorage({ [CUSTOM_HOSTS_KEY]: [{ scheme: 'https', host: 'jira.acme.com', site: 'jira' }, { scheme: 'http', host: 'git.acme.internal', site: 'github' }] });
    expect(await isCustomHost('https://jira.acme.com:8443/jira/browse/PROJ-1', area)).toBe('jira');
    expect(await isCustomHost('jira.acme.com', area)).toBe('jira');
    expect(await isCustomHost('git.acme.internal:8080', area)).toBe('github');
    expect(await isCustomHost('http://jira.acme.com/browse/PROJ-1', area)).toBeUndefined();
    expect(await isCustomHost('https://acme.atlassian.net/browse/PROJ-1', area)).toBeUndefined();
  });
});
