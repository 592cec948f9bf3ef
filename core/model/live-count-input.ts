import type { LiveCount } from './records.ts';

/** A live count as a form holds it: `source` empty means none. */
export type LiveCountInput = { source: LiveCount['source'] | ''; host: string; query: string; measure: LiveCount['measure'] };
export type LiveCountCheck = { ok: true; value: LiveCount | undefined } | { ok: false; field: 'host' | 'query'; message: string };

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
// owner/repo/number: GitHub's rules for owners (letters, digits, inner hyphens) and repositories.
const MILESTONE = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})\/([1-9]\d{0,9})$/;
const MILESTONE_URL = /^\/([^/]+)\/([^/]+)\/milestone\/(\d+)\/?$/;

const fail = (field: 'host' | 'query', message: string): LiveCountCheck => ({ ok: false, field, message });

/** The host part of what was typed (`acme.atlassian.net`, a pasted address, `jira.acme.com:8443`), lower-cased, or undefined when it is not a host. */
function hostOf(typed: string): string | undefined {
  const text = typed.trim();
  if (/\s|\*/.test(text) || text === '') return undefined;
  try {
    const url = new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`);
    if (url.username || url.password || !url.hostname.split('.').every((l) => LABEL.test(l))) return undefined;
    return url.host;
  } catch {
    return undefined;
  }
}

/**
 * Checks a key result's live count as typed: the Jira host and a JQL query, or a GitHub milestone
 * as `owner/repo/number` (its address pasted from the browser works too, and sets the host).
 */
export function liveCountOf(input: LiveCountInput): LiveCountCheck {
  if (input.source === '') return { ok: true, value: undefined };
  const query = input.query.trim();
  if (input.source === 'github-milestone') {
    const fromUrl = /^https?:\/\//i.test(query) && URL.canParse(query) ? new URL(query) : undefined;
    const path = fromUrl ? MILESTONE_URL.exec(fromUrl.pathname) : undefined;
    const milestone = path ? `${path[1]}/${path[2]}/${path[3]}` : query;
    if (!MILESTONE.test(milestone)) return fail('query', 'must be a milestone as owner/repo/number (acme/app/4), or its address from GitHub');
    const host = hostOf(input.host || fromUrl?.host || 'github.com');
    if (!host) return fail('host', 'must be a host name, like github.com or github.acme.com');
    return { ok: true, value: { source: input.source, host, query: milestone, measure: input.measure } };
  }
  const host = hostOf(input.host);
  if (!host) return fail('host', input.host.trim() === '' ? 'type your Jira’s host, like acme.atlassian.net or jira.acme.com' : 'must be a host name, like acme.atlassian.net or jira.acme.com');
  if (query === '') return fail('query', 'type a JQL query, like project = PROJ AND fixVersion = "2026 Q4"');
  if (query.length > 2000) return fail('query', `is ${query.length} characters long; a JQL query here may have at most 2000`);
  return { ok: true, value: { source: input.source, host, query, measure: input.measure } };
}

/** The form's fields for a stored live count (or none). */
export const liveCountInput = (l: LiveCount | undefined): LiveCountInput =>
  l ? { ...l } : { source: '', host: '', query: '', measure: 'count' };
