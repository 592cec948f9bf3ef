import { originOf, sameHost, type CustomHost } from '../../custom-hosts/custom-host.ts';
import { forgetCustomHosts, readCustomHosts } from '../../custom-hosts/custom-hosts-storage.ts';
import type { CustomHostsBrowser } from './custom-hosts-browser.ts';
import { planRegistrations, type RegistrationPlan } from './plan-registrations.ts';

/**
 * Reconciles the registered content scripts with the hosts in storage and the granted permissions.
 * Runs one at a time: a grant fires `permissions.onAdded` and a `storage.onChanged` together, and
 * two overlapping runs would register the same id twice (which `scripting` refuses).
 */
export function customHostsSync(api: CustomHostsBrowser) {
  let queue: Promise<unknown> = Promise.resolve();
  async function once(): Promise<RegistrationPlan> {
    const hosts = await readCustomHosts(api.storage);
    const granted = new Set<CustomHost>();
    for (const h of hosts) if (await api.permissions.contains({ origins: [originOf(h)] })) granted.add(h);
    const plan = planRegistrations(hosts, (h) => granted.has(h), await api.scripting.getRegisteredContentScripts());
    if (plan.unregister.length > 0) await api.scripting.unregisterContentScripts({ ids: plan.unregister });
    if (plan.register.length > 0) await api.scripting.registerContentScripts(plan.register);
    if (plan.forget.length > 0) await forgetCustomHosts(api.storage, (h) => plan.forget.some((f) => sameHost(f, h)));
    return plan;
  }
  return {
    /** Brings registrations in line; resolves with what it changed. */
    run(): Promise<RegistrationPlan> {
      const next = queue.then(once, once);
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
