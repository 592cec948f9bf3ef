import { describe, expect, it } from 'vitest';
import { salesforceRecordFromUrl } from './salesforce-url.ts';

const parse = (url: string) => salesforceRecordFromUrl(new URL(url));
const OPP = { host: 'acme.my.salesforce.com', id: '0065g00000XyZaBAAV', objectName: 'Opportunity' };

describe('salesforceRecordFromUrl', () => {
  it('reads one record from every URL form and host of the org', () => {
    const same = [
      'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000XyZaBAAV/view',
      'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000XyZaB/view?ws=%2Flightning%2Fr%2FAccount%2F0015g00000AcMeQAAV%2Fview',
      'https://acme.lightning.force.com/lightning/r/0065g00000XyZaB/view',
      'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000XyZaBAAV/related/OpportunityLineItems/view',
      'https://acme.lightning.force.com/lightning/app/06m5g000001SaLeAAA/r/Opportunity/0065g00000XyZaBAAV/view',
      'https://acme.lightning.force.com/one/one.app#/sObject/0065g00000XyZaBAAV/view',
      'https://acme.my.salesforce.com/0065g00000XyZaB',
      'https://ACME.my.salesforce.com/0065g00000XyZaBAAV?srPos=0&srKp=006',
    ];
    for (const url of same) expect(parse(url), url).toMatchObject(OPP);
  });

  it('names the view, and the object from the key prefix when the URL does not', () => {
    expect(parse('https://acme.my.salesforce.com/0015g00000AcMeQ')).toEqual({ view: 'classic', host: 'acme.my.salesforce.com', id: '0015g00000AcMeQAAV', objectName: 'Account' });
    expect(parse('https://acme.lightning.force.com/lightning/r/Report/00O5g000004RevTEAS/view?queryScope=userFolders')?.view).toBe('report');
    expect(parse('https://acme.lightning.force.com/one/one.app#/sObject/5005g00000CsEsC')).toMatchObject({ view: 'one-app', objectName: 'Case' });
    expect(parse('https://acme--uat.sandbox.lightning.force.com/lightning/r/Invoice__c/a015g00000InVcE/view')).toEqual({ view: 'lightning', host: 'acme--uat.sandbox.my.salesforce.com', id: 'a015g00000InVcEAAV', objectName: 'Invoice__c' });
    expect(parse('https://acme.my.salesforce.com/a015g00000InVcE')?.objectName).toBeUndefined();
  });

  it('finds nothing on pages that are not one record', () => {
    const none = [
      'https://acme.lightning.force.com/lightning/page/home',
      'https://acme.lightning.force.com/lightning/o/Account/list?filterName=Recent',
      'https://acme.lightning.force.com/lightning/o/Report/home',
      'https://acme.lightning.force.com/lightning/setup/SetupOneHome/home',
      'https://acme.lightning.force.com/lightning/app/06m5g000001SaLeAAA',
      'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000XyZaBAAV/edit',
      'https://acme.lightning.force.com/one/one.app#/home',
      'https://acme.lightning.force.com/one/one.app',
      'https://acme.my.salesforce.com/home/home.jsp',
      'https://acme.my.salesforce.com/setup/forcecomHomepage.apexp',
      'https://acme.my.salesforce.com/_ui/common/data/LookupPage',
      'https://acme.my.salesforce.com/001/o',
      'https://acme.my.salesforce.com/0015g00000AcMe',
      'https://acme.my.salesforce.com/0015g00000AcMeQAAVX',
      'https://acme.my.salesforce.com/lightningLogins',
      'http://acme.my.salesforce.com/0015g00000AcMeQ',
      'https://help.salesforce.com/0015g00000AcMeQ',
      'https://example.com/lightning/r/Account/0015g00000AcMeQ/view',
    ];
    for (const url of none) expect(parse(url), url).toBeUndefined();
  });
});
