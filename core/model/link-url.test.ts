import { describe, expect, it } from 'vitest';
import { LINK_URL_EXAMPLES, linkKeyForUrl } from './link-url.ts';

describe('linkKeyForUrl', () => {
  it('keys every example of a known system by its entity, not its URL', () => {
    for (const url of LINK_URL_EXAMPLES) expect(linkKeyForUrl(url), url).not.toMatch(/^url:/);
  });

  it('keys an imported Salesforce link like the page it points to, whatever host or id form', () => {
    const key = 'salesforce:acme.my.salesforce.com/0065g00000XyZaBAAV';
    for (const url of [
      'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000XyZaBAAV/view',
      'https://acme.my.salesforce.com/0065g00000XyZaB',
      'https://acme.lightning.force.com/one/one.app#/sObject/0065g00000XyZaB/view',
      'https://acme.lightning.force.com/lightning/app/06m5g000001SaLeAAA/r/Opportunity/0065g00000XyZaBAAV/view',
    ]) expect(linkKeyForUrl(url), url).toBe(key);
  });

  it('keys other Salesforce pages and other hosts by their URL', () => {
    expect(linkKeyForUrl('https://acme.lightning.force.com/lightning/o/Account/list')).toBe('url:https://acme.lightning.force.com/lightning/o/Account/list');
    expect(linkKeyForUrl('https://acme.atlassian.net/browse/proj-1')).toBe('jira:acme.atlassian.net/PROJ-1');
  });
});
