import type { CustomHost } from './custom-host.ts';

export type HostInput = { ok: true; value: Pick<CustomHost, 'scheme' | 'host'> } | { ok: false; error: string };

// A host name's labels (letters, digits, hyphens inside) or an IPv4 address; nothing else becomes a match pattern.
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
// Hosts OKR Lens already covers: adding them would register a second copy of the overlay.
const BUILT_IN = [/(^|\.)atlassian\.net$/, /^github\.com$/, /(^|\.)force\.com$/, /(^|\.)salesforce\.com$/];

const fail = (error: string): HostInput => ({ ok: false, error });

/**
 * What a person typed as their Jira Data Center or GitHub Enterprise host: `jira.acme.com`, or a
 * whole address copied from the browser (its path, query and port are ignored: the permission
 * covers the host). https unless they typed `http://` themselves.
 */
export function parseHostInput(typed: string): HostInput {
  const text = typed.trim();
  if (text === '') return fail('Type a host, like jira.acme.com, or paste an address from that site.');
  if (text.includes('*')) return fail('No wildcards: type one host, like jira.acme.com.');
  if (/\s/.test(text)) return fail(`“${text}” has a space in it: type one host, like jira.acme.com.`);
  // `jira.acme.com:8080` looks like a scheme to a parser: digits after the colon are a port.
  const lead = /^([a-z][a-z0-9+.-]*):(\/\/)?/i.exec(text);
  const scheme = lead && (lead[2] || !/^\d+(\/|$)/.test(text.slice(lead[0].length))) ? lead[1]!.toLowerCase() : undefined;
  if (scheme !== undefined && scheme !== 'https' && scheme !== 'http') return fail(`“${scheme}:” addresses cannot be added: type a host, or an https:// (or http://) address.`);
  let url: URL;
  try {
    url = new URL(scheme ? text : `https://${text}`);
  } catch {
    return fail(`“${text}” is not a host name: type one like jira.acme.com.`);
  }
  if (url.username || url.password) return fail('Leave out the user name and password: type only the host, like jira.acme.com.');
  const host = url.hostname.replace(/\.$/, '');
  if (host.startsWith('[')) return fail('IPv6 addresses cannot be added: type the host’s name.');
  const ip = IPV4.exec(host);
  if (ip && ip.slice(1).some((n) => Number(n) > 255)) return fail(`“${host}” is not an IPv4 address.`);
  if (!ip && !host.split('.').every((label) => LABEL.test(label))) return fail(`“${host}” is not a host name: letters, digits, hyphens and dots only.`);
  if (BUILT_IN.some((re) => re.test(host))) return fail(`${host} is supported already: OKR Lens works there without adding it.`);
  return { ok: true, value: { scheme: url.protocol === 'http:' ? 'http' : 'https', host } };
}
