import { originOf, SCRIPT_ID_PREFIX, scriptFileOf, scriptIdOf, type CustomHost } from '../../custom-hosts/custom-host.ts';
import type { ScriptRegistration } from './custom-hosts-browser.ts';

export type Registered = { id: string; matches?: string[]; js?: string[] };
export type RegistrationPlan = { register: ScriptRegistration[]; unregister: string[]; forget: CustomHost[] };

export const registrationOf = (h: CustomHost): ScriptRegistration => ({
  id: scriptIdOf(h), matches: [originOf(h)], js: [scriptFileOf(h.site)], runAt: 'document_end', persistAcrossSessions: true,
});

const same = (a: Registered, b: ScriptRegistration) => JSON.stringify(a.matches) === JSON.stringify(b.matches) && JSON.stringify(a.js) === JSON.stringify(b.js);

/**
 * What makes the registered scripts match the hosts the person added AND still grants: a host whose
 * permission is gone (revoked in the browser's settings) is forgotten and its script unregistered;
 * a granted host without its script (Firefox after a restart) is registered; a script for another
 * site is replaced. Only OKR Lens's own custom-host scripts (by id prefix) are ever touched.
 */
export function planRegistrations(hosts: readonly CustomHost[], granted: (h: CustomHost) => boolean, registered: readonly Registered[]): RegistrationPlan {
  const forget = hosts.filter((h) => !granted(h));
  const wanted = hosts.filter(granted).map(registrationOf);
  const ours = registered.filter((r) => r.id.startsWith(SCRIPT_ID_PREFIX));
  const current = new Map(ours.map((r) => [r.id, r]));
  const stale = ours.filter((r) => { const w = wanted.find((x) => x.id === r.id); return !w || !same(r, w); }).map((r) => r.id);
  const register = wanted.filter((w) => { const r = current.get(w.id); return !r || !same(r, w); });
  return { register, unregister: stale, forget };
}
