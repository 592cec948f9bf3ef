// Salesforce record ids and org hosts, normalised so that one record gets one link key whichever
// URL shows it (DESIGN.md "Link": `salesforce:<host>/<recordId>`).

const ID_CHARS = /^[a-zA-Z0-9]+$/;
const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/**
 * The 18-character, case-safe form of a 15- or 18-character record id; undefined for anything
 * else. Each suffix character encodes which of five id characters are upper-case (bit i = the
 * i-th character of the chunk), so an 18-character id keys the same as its 15-character head:
 * the suffix is always recomputed from the head rather than trusted.
 */
export function toId18(id: string): string | undefined {
  if ((id.length !== 15 && id.length !== 18) || !ID_CHARS.test(id) || !/\d/.test(id)) return undefined;
  if (id.length === 18 && !/^[A-Z0-5]{3}$/i.test(id.slice(15))) return undefined;
  const head = id.slice(0, 15);
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = head[chunk * 5 + i]!;
      if (c >= 'A' && c <= 'Z') bits |= 1 << i;
    }
    suffix += SUFFIX_ALPHABET[bits];
  }
  return head + suffix;
}

/** True for a string shaped like a record id (15 or 18 characters, with a digit, valid suffix). */
export const isSalesforceId = (id: string) => toId18(id) !== undefined;

/**
 * The org's My Domain login host, the one host every URL of the org maps to:
 * `acme.lightning.force.com` and `acme.my.salesforce.com` → `acme.my.salesforce.com`;
 * partitioned hosts keep their partition (`acme--uat.sandbox.lightning.force.com` →
 * `acme--uat.sandbox.my.salesforce.com`, `.develop.`, `.scratch.`, `.trailblaze.` …);
 * Visualforce (`acme--c.vf.force.com`, `acme--uat--c.sandbox.vf.force.com`) and setup
 * (`acme.my.salesforce-setup.com`) hosts too. Any other host is returned lower-cased.
 */
export function orgHost(rawHost: string): string {
  const h = rawHost.toLowerCase().replace(/\.$/, '').replace(/:443$/, '');
  const lightning = /^(.+)\.lightning\.force\.com$/.exec(h);
  if (lightning) return `${lightning[1]}.my.salesforce.com`;
  const setup = /^(.+)\.my\.salesforce-setup\.com$/.exec(h);
  if (setup) return `${setup[1]}.my.salesforce.com`;
  // Visualforce: `<mydomain>--<package>[.<partition>].vf.force.com`; the package is the last `--` part.
  const vf = /^(.+)--[a-z0-9_]+(\.[a-z]+)?\.vf\.force\.com$/.exec(h);
  if (vf) return `${vf[1]}${vf[2] ?? ''}.my.salesforce.com`;
  return h;
}

/** Hosts the adapter treats as Salesforce org UI hosts (Lightning and Classic). */
export function isSalesforceHost(rawHost: string): boolean {
  const h = rawHost.toLowerCase().replace(/\.$/, '');
  return /^[a-z0-9-]+(\.[a-z0-9]+)?\.(lightning\.force\.com|my\.salesforce\.com)$/.test(h);
}
