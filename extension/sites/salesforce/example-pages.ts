import type { ExamplePage } from '../example-page.ts';

// One row per Salesforce view of issue 8: the real URL, the fixture served there, what the overlay shows.
const ACME = { key: 'salesforce:acme.my.salesforce.com/0015g00000AcMeQAAV', label: 'Acme Corporation' };

export const SALESFORCE_EXAMPLE_PAGES: ExamplePage[] = [
  {
    url: 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000XyZaBAAV/view',
    fixture: 'fixtures/pages/salesforce/lightning-opportunity.html',
    entity: { key: 'salesforce:acme.my.salesforce.com/0065g00000XyZaBAAV', label: 'Opportunity 0065g00000XyZaBAAV' },
    title: 'Acme - 200 Widgets',
    container: ACME,
  },
  {
    url: 'https://acme.lightning.force.com/lightning/r/Account/0015g00000AcMeQAAV/view',
    fixture: 'fixtures/pages/salesforce/lightning-account.html',
    entity: { key: ACME.key, label: 'Account 0015g00000AcMeQAAV' },
    title: 'Acme Corporation',
  },
  {
    url: 'https://acme.lightning.force.com/lightning/app/06m5g000001SaLeAAA/r/Case/5005g00000CsEsCAAV/view?ws=%2Flightning%2Fr%2FCase%2F5005g00000CsEsCAAV%2Fview',
    fixture: 'fixtures/pages/salesforce/console-case.html',
    entity: { key: 'salesforce:acme.my.salesforce.com/5005g00000CsEsCAAV', label: 'Case 5005g00000CsEsCAAV' },
    title: '00001026',
    container: ACME,
  },
  {
    url: 'https://acme.lightning.force.com/one/one.app#/sObject/0035g00000CnTcT/view',
    fixture: 'fixtures/pages/salesforce/one-app-contact.html',
    entity: { key: 'salesforce:acme.my.salesforce.com/0035g00000CnTcTAAV', label: 'Contact 0035g00000CnTcTAAV' },
    title: 'Jane Doe',
    container: ACME,
  },
  {
    url: 'https://acme.my.salesforce.com/0065g00000GlBxY',
    fixture: 'fixtures/pages/salesforce/classic-opportunity.html',
    entity: { key: 'salesforce:acme.my.salesforce.com/0065g00000GlBxYAAV', label: 'Opportunity 0065g00000GlBxYAAV' },
    title: 'Globex - Renewal 2027',
    container: { key: 'salesforce:acme.my.salesforce.com/0015g00000GlBxYAAV', label: 'Globex Inc' },
  },
  {
    url: 'https://acme.lightning.force.com/lightning/r/Report/00O5g000004RevTEAS/view?queryScope=userFolders',
    fixture: 'fixtures/pages/salesforce/lightning-report.html',
    entity: { key: 'salesforce:acme.my.salesforce.com/00O5g000004RevTEAS', label: 'Report 00O5g000004RevTEAS' },
    title: 'Pipeline by Stage',
  },
  {
    url: 'https://acme--uat.sandbox.lightning.force.com/lightning/r/Opportunity/0065g00000ScRpTAAV/view',
    fixture: 'fixtures/pages/salesforce/lightning-title-markup.html',
    entity: { key: 'salesforce:acme--uat.sandbox.my.salesforce.com/0065g00000ScRpTAAV', label: 'Opportunity 0065g00000ScRpTAAV' },
    title: '<script>alert(1)</script> <b>Big</b> deal',
    container: { key: 'salesforce:acme--uat.sandbox.my.salesforce.com/0015g00000AcMeQAAV', label: '<img src=x onerror=alert(2)> Acme' },
  },
];

/** A page with no record: the overlay must show no entity there. */
export const SALESFORCE_NON_ENTITY_PAGE = { url: 'https://acme.lightning.force.com/lightning/page/home', fixture: 'fixtures/pages/salesforce/lightning-home.html' };
