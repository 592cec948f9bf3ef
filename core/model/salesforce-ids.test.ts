import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSalesforceHost, isSalesforceId, orgHost, toId18 } from './salesforce-ids.ts';

describe('toId18', () => {
  it('adds the case-checksum suffix Salesforce documents (001D000000IqhSL → …IAZ)', () => {
    expect(toId18('001D000000IqhSL')).toBe('001D000000IqhSLIAZ');
    expect(toId18('0065g00000XyZaB')).toBe('0065g00000XyZaBAAV');
    expect(toId18('00O5g000004RevT')).toBe('00O5g000004RevTEAS');
  });

  it('keys an 18-character id like its 15-character head, whatever case its suffix has', () => {
    expect(toId18('001D000000IqhSLIAZ')).toBe('001D000000IqhSLIAZ');
    expect(toId18('001D000000IqhSLiaz')).toBe('001D000000IqhSLIAZ');
    // A made-up suffix is recomputed, never trusted.
    expect(toId18('0065g00000AbCdEAAA')).toBe('0065g00000AbCdEAAV');
  });

  it('refuses what is not a record id', () => {
    for (const bad of ['', '0015g00000AbCd', '0015g00000AbCdE1', '0015g00000AbCdEAAAA', 'lightningLogins', '0015g00000AbCdEAA9', '0015g00000AbC-E', 'abcdefghijklmno'])
      expect(toId18(bad), bad).toBeUndefined();
    expect(isSalesforceId('0015g00000AbCdE')).toBe(true);
  });

  it('gives every 15-character id one 18-character form that maps to itself', () => {
    const id15 = fc.stringMatching(/^[0-9][a-zA-Z0-9]{14}$/);
    fc.assert(fc.property(id15, (id) => {
      const long = toId18(id)!;
      expect(long.slice(0, 15)).toBe(id);
      expect(toId18(long)).toBe(long);
      expect(toId18(long.slice(0, 15) + long.slice(15).toLowerCase())).toBe(long);
    }));
  });
});

describe('orgHost', () => {
  it('maps every host of an org to its My Domain login host', () => {
    const cases: [string, string][] = [
      ['acme.lightning.force.com', 'acme.my.salesforce.com'],
      ['ACME.my.salesforce.com.', 'acme.my.salesforce.com'],
      ['acme--uat.sandbox.lightning.force.com', 'acme--uat.sandbox.my.salesforce.com'],
      ['acme--uat.sandbox.my.salesforce.com', 'acme--uat.sandbox.my.salesforce.com'],
      ['acme-dev-ed.develop.lightning.force.com', 'acme-dev-ed.develop.my.salesforce.com'],
      ['data-power-1234.scratch.lightning.force.com', 'data-power-1234.scratch.my.salesforce.com'],
      ['acme--c.vf.force.com', 'acme.my.salesforce.com'],
      ['acme--uat--c.sandbox.vf.force.com', 'acme--uat.sandbox.my.salesforce.com'],
      ['acme.my.salesforce-setup.com', 'acme.my.salesforce.com'],
      ['acme--uat.lightning.force.com', 'acme--uat.my.salesforce.com'],
    ];
    for (const [from, to] of cases) expect(orgHost(from), from).toBe(to);
  });

  it('knows Salesforce UI hosts from look-alikes', () => {
    for (const h of ['acme.lightning.force.com', 'acme.my.salesforce.com', 'acme--uat.sandbox.lightning.force.com', 'x-dev-ed.develop.my.salesforce.com'])
      expect(isSalesforceHost(h), h).toBe(true);
    for (const h of ['help.salesforce.com', 'lightning.force.com', 'acme.lightning.force.com.evil.test', 'acme.atlassian.net', 'acme.my.site.com'])
      expect(isSalesforceHost(h), h).toBe(false);
  });
});
