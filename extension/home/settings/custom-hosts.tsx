import { useEffect, useMemo, useState } from 'preact/hooks';
import { CUSTOM_HOST_SITES, CUSTOM_HOSTS_KEY, originOf, sameHost, type CustomHost, type CustomHostSite } from '../../custom-hosts/custom-host.ts';
import { forgetCustomHosts, readCustomHosts, saveCustomHost } from '../../custom-hosts/custom-hosts-storage.ts';
import { browserHostPermissions, type HostPermissionsApi } from '../../custom-hosts/host-permissions.ts';
import { parseHostInput } from '../../custom-hosts/parse-host-input.ts';
import './custom-hosts.css';

const SITE_KEYS = Object.keys(CUSTOM_HOST_SITES) as CustomHostSite[];
const addressOf = (h: Pick<CustomHost, 'scheme' | 'host'>) => `${h.scheme}://${h.host}`;
const failure = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Settings: Jira Data Center and GitHub Enterprise on the person's own domain. Adding asks the
 * browser for that one host (an optional permission) and stores it; the background then registers
 * the site's content script there (extension/background/custom-hosts/). Per browser, not per
 * workspace: it is this browser's permission, so observers may add hosts too.
 */
export function CustomHostsSection({ api = browserHostPermissions() }: { api?: HostPermissionsApi }) {
  const [hosts, setHosts] = useState<CustomHost[]>([]);
  const [typed, setTyped] = useState('');
  const [site, setSite] = useState<CustomHostSite>('jira');
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const preview = useMemo(() => parseHostInput(typed), [typed]);

  useEffect(() => {
    const reload = () => void readCustomHosts(api.storage).then(setHosts);
    // The background forgets a host whose permission was revoked: the list follows storage, not this page.
    const listener = (changes: Record<string, unknown>, area: string) => { if (area === 'local' && CUSTOM_HOSTS_KEY in changes) reload(); };
    api.onStorageChanged.addListener(listener);
    reload();
    return () => api.onStorageChanged.removeListener(listener);
  }, [api]);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const parsed = parseHostInput(typed);
    if (!parsed.ok) return setError(parsed.error);
    const added: CustomHost = { ...parsed.value, site };
    // Asked before any await: the browser only shows its prompt during the click or Enter.
    const asked = api.request(originOf(added));
    setBusy(true);
    setError(undefined);
    void asked.then(async (granted) => {
      if (!granted) return setError(`The browser did not grant access to ${addressOf(added)}: nothing was added.`);
      setHosts(await saveCustomHost(api.storage, added));
      setTyped('');
      setStatus(`Added ${added.host} as ${CUSTOM_HOST_SITES[site]}. Reload its open tabs to see OKR Lens there.`);
    }).catch((e: unknown) => setError(`Could not add ${addressOf(added)}: ${failure(e)}`)).finally(() => setBusy(false));
  };

  const remove = async (h: CustomHost) => {
    try {
      await api.remove(originOf(h));
      setHosts(await forgetCustomHosts(api.storage, (x) => sameHost(x, h)));
      setStatus(`Removed ${h.host}: OKR Lens no longer opens there.`);
    } catch (e) {
      setError(`Could not remove ${addressOf(h)}: ${failure(e)}`);
    }
  };

  return (
    <section class="edit-form custom-hosts" aria-labelledby="custom-hosts-title">
      <h3 id="custom-hosts-title">Jira Data Center and GitHub Enterprise on your own domain</h3>
      <p id="custom-hosts-hint">OKR Lens works on Jira Cloud, GitHub and Salesforce by itself. For your company’s own Jira or GitHub, add its host: the browser asks you to allow OKR Lens on that host only.</p>
      <form class="row" aria-label="Add a host" onSubmit={onSubmit}>
        <div class={error ? 'field field-invalid' : 'field'}>
          <label for="custom-host-input">Host or address</label>
          <input id="custom-host-input" placeholder="jira.acme.com" autocomplete="url" spellcheck={false} aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'custom-host-error' : 'custom-host-hint'} value={typed} onInput={(e) => { setTyped(e.currentTarget.value); setError(undefined); }} />
          <p id="custom-host-hint" class="hint">{preview.ok ? `Will ask for ${addressOf(preview.value)}` : 'https unless you type http://'}</p>
        </div>
        <div class="field">
          <label for="custom-host-site">Site</label>
          <select id="custom-host-site" value={site} onChange={(e) => setSite(e.currentTarget.value as CustomHostSite)}>
            {SITE_KEYS.map((s) => <option value={s}>{CUSTOM_HOST_SITES[s]}</option>)}
          </select>
        </div>
        <div class="form-buttons"><button type="submit" disabled={busy}>Allow and add</button></div>
      </form>
      {error ? <p id="custom-host-error" class="form-error" role="alert">{error}</p> : null}
      {hosts.length === 0 ? <p>No hosts added.</p> : (
        <ul aria-label="Added hosts" class="custom-host-list">
          {hosts.map((h) => (
            <li key={addressOf(h)}>
              <span>{addressOf(h)}</span> — <span>{CUSTOM_HOST_SITES[h.site]}</span>{' '}
              <button type="button" aria-label={`Remove ${h.host}`} onClick={() => void remove(h)}>Remove</button>
            </li>
          ))}
        </ul>
      )}
      <p role="status">{status}</p>
    </section>
  );
}
