import { describe, expect, it } from 'vitest';
import { parseHostInput } from './parse-host-input.ts';

const value = (typed: string) => {
  const r = parseHostInput(typed);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const error = (typed: string) => {
  const r = parseHostInput(typed);
  if (r.ok) throw new Error(`accepted ${JSON.stringify(typed)} as ${JSON.stringify(r.value)}`);
  return r.error;
};

describe('parseHostInput', () => {
  it('takes a bare host as https', () => {
    expect(value('jira.acme.com')).toEqual({ scheme: 'https', host: 'jira.acme.com' });
    expect(value('  Jira.ACME.com.  ')).toEqual({ scheme: 'https', host: 'jira.acme.com' });
  });

  it('takes a pasted address: path, query, port and fragment are dropped, http only when typed', () => {
    expect(value('https://jira.acme.com/jira/browse/PROJ-1?x=1#c')).toEqual({ scheme: 'https', host: 'jira.acme.com' });
    expect(value('HTTP://git.acme.internal:8080/org/repo')).toEqual({ scheme: 'http', host: 'git.acme.internal' });
    expect(value('jira.acme.com:8443/secure/RapidBoard.jspa?rapidView=1')).toEqual({ scheme: 'https', host: 'jira.acme.com' });
    expect(value('jira')).toEqual({ scheme: 'https', host: 'jira' });
    expect(value('10.0.0.12')).toEqual({ scheme: 'https', host: '10.0.0.12' });
    expect(value('jíra.acme.com')).toEqual({ scheme: 'https', host: 'xn--jra-rma.acme.com' });
  });

  it('refuses every bad input with a message that says what to type', () => {
    expect(error('')).toMatch(/^Type a host, like jira\.acme\.com/);
    expect(error('   ')).toMatch(/^Type a host/);
    expect(error('*.acme.com')).toMatch(/^No wildcards/);
    expect(error('https://*/*')).toMatch(/^No wildcards/);
    expect(error('jira acme.com')).toMatch(/has a space in it/);
    expect(error('ftp://jira.acme.com')).toBe('“ftp:” addresses cannot be added: type a host, or an https:// (or http://) address.');
    expect(error('javascript:alert(1)')).toMatch(/^“javascript:” addresses cannot be added/);
    expect(error('file:///etc/passwd')).toMatch(/^“file:” addresses/);
    expect(error('https://')).toMatch(/is not a host name/);
    expect(error('jira.acme.com:99999')).toMatch(/is not a host name/);
    expect(error('https://ada:secret@jira.acme.com')).toMatch(/^Leave out the user name and password/);
    expect(error('jira_acme.com')).toBe('“jira_acme.com” is not a host name: letters, digits, hyphens and dots only.');
    expect(error('-jira.acme.com')).toMatch(/is not a host name/);
    expect(error('jira..acme.com')).toMatch(/is not a host name/);
    expect(error('[::1]')).toMatch(/^IPv6 addresses cannot be added/);
    expect(error('999.1.1.1')).toMatch(/is not/);
    expect(error('acme.atlassian.net')).toBe('acme.atlassian.net is supported already: OKR Lens works there without adding it.');
    expect(error('https://github.com/acme/repo')).toMatch(/supported already/);
    expect(error('acme.lightning.force.com')).toMatch(/supported already/);
  });
});
