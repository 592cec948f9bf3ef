import { describe, expect, it, vi } from 'vitest';
import { CUSTOM_HOSTS_KEY } from '../../custom-hosts/custom-host.ts';
import { saveCustomHost } from '../../custom-hosts/custom-hosts-storage.ts';
import { fakeCustomHostsBrowser } from './fake-custom-hosts-browser.ts';
import { wireCustomHosts, type CustomHostsEvents } from './wire-custom-hosts.ts';

function fakeEvents(storage: ReturnType<typeof fakeCustomHostsBrowser>['storage']) {
  const added: (() => void)[] = [];
  const removed: (() => void)[] = [];
  const events: CustomHostsEvents = {
    permissionsAdded: { addListener: (l) => void added.push(l) },
    permissionsRemoved: { addListener: (l) => void removed.push(l) },
    storageChanged: storage.onChanged,
  };
  return { events, fire: { added: () => added.forEach((l) => l()), removed: () => removed.forEach((l) => l()) } };
}

const ids = (fake: ReturnType<typeof fakeCustomHostsBrowser>) => [...fake.scripts.keys()];

describe('wireCustomHosts', () => {
  it('reconciles at start, registers when the settings page stores a granted host, unregisters when the permission is revoked', async () => {
    const fake = fakeCustomHostsBrowser({ granted: ['https://jira.acme.com/*'], stored: { [CUSTOM_HOSTS_KEY]: [{ scheme: 'https', host: 'jira.acme.com', site: 'jira' }] } });
    const { events, fire } = fakeEvents(fake.storage);
    await wireCustomHosts(fake.api, events);
    expect(ids(fake)).toEqual(['okr-lens-custom-host:https://jira.acme.com']);

    // The settings page asked for the permission, then stored the host: storage.onChanged registers it.
    fake.origins.add('https://git.acme.com/*');
    await saveCustomHost(fake.api.storage, { scheme: 'https', host: 'git.acme.com', site: 'github' });
    await vi.waitFor(() => expect(ids(fake)).toContain('okr-lens-custom-host:https://git.acme.com'), { timeout: 30_000 });

    // Revoked in the browser's settings: the script goes, and the host leaves the list.
    fake.origins.delete('https://jira.acme.com/*');
    fire.removed();
    await vi.waitFor(() => expect(ids(fake)).toEqual(['okr-lens-custom-host:https://git.acme.com']), { timeout: 30_000 });
  });

  it('ignores changes to other storage keys and areas', async () => {
    const fake = fakeCustomHostsBrowser();
    const { events } = fakeEvents(fake.storage);
    const reads = vi.spyOn(fake.api.scripting, 'getRegisteredContentScripts');
    await wireCustomHosts(fake.api, events);
    await fake.api.storage.set({ somethingElse: 1 });
    expect(reads).toHaveBeenCalledTimes(1);
  });
});
