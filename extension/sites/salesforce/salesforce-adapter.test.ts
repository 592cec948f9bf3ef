import { describe, expect, it } from 'vitest';
import { salesforceAdapter } from './salesforce-adapter.ts';
import { NOT_ENTITY_PAGES, SALESFORCE_PREDICATES } from './salesforce-predicates.ts';

const entityOf = (url: string) => salesforceAdapter.entityFromUrl(new URL(url), false);

describe('salesforceAdapter.entityFromUrl', () => {
  it('finds a record on every predicate example, keyed by the org host and the 18-character id', () => {
    for (const predicate of SALESFORCE_PREDICATES) {
      for (const example of predicate.examples) {
        const url = typeof example === 'string' ? example : example.url;
        const entity = entityOf(url);
        expect(entity, url).toBeDefined();
        const [, host, id] = /^salesforce:([^/]+)\/([a-zA-Z0-9]{18})$/.exec(entity!.key) ?? [];
        expect(host, url).toMatch(/\.my\.salesforce\.com$/);
        expect(entity!.kind).toBe('salesforce-record');
        expect(entity!.url).toBe(`https://${host}/${id}`);
        expect(entity!.label).toMatch(new RegExp(` ${id}$`));
        expect(entity!.container).toBeUndefined();
      }
    }
  });

  it('gives one record one entity whichever host, view or id length shows it', () => {
    const urls = [
      'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000XyZaBAAV/view',
      'https://acme.lightning.force.com/lightning/r/0065g00000XyZaB/view',
      'https://acme.lightning.force.com/lightning/app/06m5g000001SaLeAAA/r/Opportunity/0065g00000XyZaB/view',
      'https://acme.lightning.force.com/one/one.app#/sObject/0065g00000XyZaB',
      'https://acme.my.salesforce.com/0065g00000XyZaB',
    ];
    const entities = urls.map(entityOf);
    for (const e of entities) expect(e).toEqual({
      key: 'salesforce:acme.my.salesforce.com/0065g00000XyZaBAAV',
      label: 'Opportunity 0065g00000XyZaBAAV',
      kind: 'salesforce-record',
      url: 'https://acme.my.salesforce.com/0065g00000XyZaBAAV',
    });
  });

  it('labels by the object in the URL, else the key prefix, else "Record"', () => {
    expect(entityOf('https://acme.my.salesforce.com/00Q5g00000LdNeW')?.label).toBe('Lead 00Q5g00000LdNeWEAV');
    expect(entityOf('https://acme.my.salesforce.com/01Z5g000000DshB')?.label).toBe('Dashboard 01Z5g000000DshBEAS');
    expect(entityOf('https://acme.lightning.force.com/lightning/r/Invoice__c/a015g00000InVcE/view')?.label).toBe('Invoice__c a015g00000InVcEAAV');
    expect(entityOf('https://acme.my.salesforce.com/a015g00000InVcE')?.label).toBe('Record a015g00000InVcEAAV');
  });

  it('finds no entity on pages that show no single record', () => {
    for (const url of NOT_ENTITY_PAGES) expect(entityOf(url), url).toBeUndefined();
  });

  it('asks only for the Lightning and My Domain hosts', () => {
    expect(salesforceAdapter.matches).toEqual(['https://*.lightning.force.com/*', 'https://*.my.salesforce.com/*']);
  });
});
