import { describe, expect, it } from 'vitest';
import { CUSTOM_HOSTS_KEY, type CustomHost } from '../../custom-hosts/custom-host.ts';
import { readCustomHosts, saveCustomHost } from '../../custom-hosts/custom-hosts-storage.ts';
import { fakeCustomHostsBrowser } from './fake-custom-hosts-browser.ts';
import { registrationOf } from './plan-registrations.ts';
import { customHostsSync } from './sync-custom-hosts.ts';

const jira: CustomHost = { scheme: 'https', host: 'jira.acme.com', site: 'jira' };
const ghe: CustomHost = { scheme: 'http', host: 'git.acme.internal', site: 'github' };

describe('customHostsSync', () => {
  it('registers the site’s content script once a host is granted and stored', async () => {
    const fake = fakeCustomHostsBrowser({ granted: ['https://jira.acme.com/*'] });
    const sync = customHostsSync(fake.api);
    await saveCustomHost(fake.api.storage, jira);
    await sync.run();
    expect([...fake.scripts.values()]).toEqual([{
      id: 'okr-lens-custom-host:https://jira.acme.com', matches: ['https://jira.acme.com/*'], js: ['content-scripts/jira.js'], runAt: 'document_end', persistAcrossSessions: true,
    }]);
    // A second run (onAdded and storage.onChanged both fire for one grant) changes nothing.
    await sync.run();
    expect(fake.calls).toEqual(['register okr-lens-custom-host:https://jira.acme.com content-scripts/jira.js']);
  });

  it('runs one at a time: two runs started together register once', async () => {
    const fake = fakeCustomHostsBrowser({ granted: ['https://jira.acme.com/*'], stored: { [CUSTOM_HOSTS_KEY]: [jira] } });
    const sync = customHostsSync(fake.api);
    await Promise.all([sync.run(), sync.run(), sync.run()]);
    expect(fake.calls).toEqual(['register okr-lens-custom-host:https://jira.acme.com content-scripts/jira.js']);
  });

  it('unregisters and forgets a host whose permission was revoked', async () => {
    const fake = fakeCustomHostsBrowser({ granted: ['https://jira.acme.com/*', 'http://git.acme.internal/*'], stored: { [CUSTOM_HOSTS_KEY]: [jira, ghe] } });
    const sync = customHostsSync(fake.api);
    await sync.run();
    fake.origins.delete('https://jira.acme.com/*');
    const plan = await sync.run();
    expect(plan.forget).toEqual([jira]);
    expect([...fake.scripts.keys()]).toEqual(['okr-lens-custom-host:http://git.acme.internal']);
    expect(await readCustomHosts(fake.api.storage)).toEqual([ghe]);
  });

  it('at startup registers what a browser did not persist, drops what nobody wants, and leaves others’ scripts alone', async () => {
    const other = { id: 'someone-else', matches: ['https://x.example/*'], js: ['x.js'], runAt: 'document_end' as const, persistAcrossSessions: true };
    const orphan = registrationOf({ scheme: 'https', host: 'old.acme.com', site: 'jira' });
    const wrongSite = { ...registrationOf(ghe), js: ['content-scripts/jira.js'] };
    const fake = fakeCustomHostsBrowser({ granted: ['https://jira.acme.com/*', 'http://git.acme.internal/*'], registered: [other, orphan, wrongSite], stored: { [CUSTOM_HOSTS_KEY]: [jira, ghe] } });
    await customHostsSync(fake.api).run();
    expect(fake.calls).toEqual([
      'unregister okr-lens-custom-host:https://old.acme.com',
      'unregister okr-lens-custom-host:http://git.acme.internal',
      'register okr-lens-custom-host:https://jira.acme.com content-scripts/jira.js',
      'register okr-lens-custom-host:http://git.acme.internal content-scripts/github.js',
    ]);
    expect([...fake.scripts.keys()].sort()).toEqual(['okr-lens-custom-host:http://git.acme.internal', 'okr-lens-custom-host:https://jira.acme.com', 'someone-else']);
  });

  it('a failed run does not stop the next one', async () => {
    const fake = fakeCustomHostsBrowser({ granted: ['https://jira.acme.com/*'], stored: { [CUSTOM_HOSTS_KEY]: [jira] } });
    const register = fake.api.scripting.registerContentScripts;
    fake.api.scripting.registerContentScripts = async () => { throw new Error('scripting is busy'); };
    const sync = customHostsSync(fake.api);
    await expect(sync.run()).rejects.toThrow('scripting is busy');
    fake.api.scripting.registerContentScripts = register;
    await sync.run();
    expect([...fake.scripts.keys()]).toEqual(['okr-lens-custom-host:https://jira.acme.com']);
  });
});
