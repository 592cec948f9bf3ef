import { h } from 'preact';
import { describe, expect, it } from 'vitest';
import { CUSTOM_HOSTS_KEY } from '../../custom-hosts/custom-host.ts';
import { readCustomHosts } from '../../custom-hosts/custom-hosts-storage.ts';
import { fakeStorage } from '../../custom-hosts/fake-storage.ts';
import type { HostPermissionsApi } from '../../custom-hosts/host-permissions.ts';
import { mount, settle } from '../edit/dom-kit.ts';
import { CustomHostsSection } from './custom-hosts.tsx';

function fakeApi({ grant = true, stored = {} as Record<string, unknown> } = {}) {
  const storage = fakeStorage(stored);
  const calls: string[] = [];
  // `inGesture` is true only while the submit handler runs: a request made after an await would find it false.
  let inGesture = false;
  const api: HostPermissionsApi = {
    request: async (origin) => { calls.push(`request ${origin}${inGesture ? '' : ' OUTSIDE THE GESTURE'}`); return grant; },
    remove: async (origin) => { calls.push(`remove ${origin}`); return true; },
    storage: storage.area,
    onStorageChanged: storage.onChanged,
  };
  return { api, storage, calls, gesture: <T>(f: () => T) => { inGesture = true; try { return f(); } finally { inGesture = false; } } };
}

async function addHost(v: ReturnType<typeof mount>, gesture: <T>(f: () => T) => T, typed: string, site?: string) {
  await v.type('#custom-host-input', typed);
  if (site) await v.select('#custom-host-site', site);
  await gesture(() => v.submit('form[aria-label="Add a host"]'));
  await settle();
}

describe('CustomHostsSection', () => {
  it('asks for the host in the submit itself, stores it with its site and lists it', async () => {
    const fake = fakeApi();
    const v = mount(h(CustomHostsSection, { api: fake.api }));
    await settle();
    expect(v.text()).toContain('No hosts added.');
    await v.type('#custom-host-input', 'https://git.acme.com/org/repo/issues/4');
    expect(v.q('#custom-host-hint').textContent).toBe('Will ask for https://git.acme.com');
    await v.select('#custom-host-site', 'github');
    await fake.gesture(() => v.submit('form[aria-label="Add a host"]'));
    await settle();
    expect(fake.calls).toEqual(['request https://git.acme.com/*']);
    expect(await readCustomHosts(fake.api.storage)).toEqual([{ scheme: 'https', host: 'git.acme.com', site: 'github' }]);
    expect([...v.root.querySelectorAll('.custom-host-list li')].map((li) => li.textContent)).toEqual(['https://git.acme.com — GitHub Enterprise Remove']);
    expect(v.q('[role=status]').textContent).toBe('Added git.acme.com as GitHub Enterprise. Reload its open tabs to see OKR Lens there.');
    expect(v.q<HTMLInputElement>('#custom-host-input').value).toBe('');
  });

  it('refuses bad input beside the field, without asking the browser', async () => {
    const fake = fakeApi();
    const v = mount(h(CustomHostsSection, { api: fake.api }));
    await addHost(v, fake.gesture, '*.acme.com');
    expect(fake.calls).toEqual([]);
    expect(v.q('[role=alert]').textContent).toBe('No wildcards: type one host, like jira.acme.com.');
    expect(v.q('#custom-host-input').getAttribute('aria-describedby')).toBe('custom-host-error');
    expect(await readCustomHosts(fake.api.storage)).toEqual([]);
  });

  it('adds nothing when the person declines the browser’s prompt', async () => {
    const fake = fakeApi({ grant: false });
    const v = mount(h(CustomHostsSection, { api: fake.api }));
    await addHost(v, fake.gesture, 'http://jira.acme.local:8080/jira');
    expect(fake.calls).toEqual(['request http://jira.acme.local/*']);
    expect(v.q('[role=alert]').textContent).toBe('The browser did not grant access to http://jira.acme.local: nothing was added.');
    expect(await readCustomHosts(fake.api.storage)).toEqual([]);
  });

  it('removes a host: the permission goes back and the list forgets it', async () => {
    const fake = fakeApi({ stored: { [CUSTOM_HOSTS_KEY]: [{ scheme: 'https', host: 'jira.acme.com', site: 'jira' }, { scheme: 'https', host: 'git.acme.com', site: 'github' }] } });
    const v = mount(h(CustomHostsSection, { api: fake.api }));
    await settle();
    await v.click('button[aria-label="Remove jira.acme.com"]');
    await settle();
    expect(fake.calls).toEqual(['remove https://jira.acme.com/*']);
    expect(await readCustomHosts(fake.api.storage)).toEqual([{ scheme: 'https', host: 'git.acme.com', site: 'github' }]);
    expect([...v.root.querySelectorAll('.custom-host-list li')].map((li) => li.textContent)).toEqual(['https://git.acme.com — GitHub Enterprise Remove']);
  });

  it('follows storage when the background forgets a revoked host, and stops listening when gone', async () => {
    const fake = fakeApi({ stored: { [CUSTOM_HOSTS_KEY]: [{ scheme: 'https', host: 'jira.acme.com', site: 'jira' }] } });
    const v = mount(h(CustomHostsSection, { api: fake.api }));
    await settle();
    expect(v.text()).toContain('https://jira.acme.com — Jira Data Center');
    await fake.api.storage.set({ [CUSTOM_HOSTS_KEY]: [] });
    await settle();
    expect(v.text()).toContain('No hosts added.');
    v.unmount();
    expect(fake.storage.onChanged.count()).toBe(0);
  });
});
