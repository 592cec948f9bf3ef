import type { UrlPredicate } from '../site-types.ts';
import { isView } from './salesforce-entity.ts';

// Record pages, told apart by URL shape. Hosts: My Domain on lightning.force.com and
// my.salesforce.com, with the sandbox / develop / scratch / trailblaze partitions.
// Salesforce has no self-hosted edition, so `custom` changes nothing here.
export const SALESFORCE_PREDICATES: readonly UrlPredicate[] = [
  {
    name: 'isLightningRecord',
    test: isView('lightning'),
    examples: [
      'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000XyZaBAAV/view',
      'https://acme.lightning.force.com/lightning/r/Account/0015g00000AcMeQ/view?ws=%2Flightning%2Fr%2FCase%2F5005g00000CsEsCAAV%2Fview',
      'https://acme.lightning.force.com/lightning/r/0035g00000CnTcTAAV/view',
      'https://acme.lightning.force.com/lightning/r/Account/0015g00000AcMeQAAV/related/Opportunities/view',
      'https://acme--uat.sandbox.lightning.force.com/lightning/r/Invoice__c/a015g00000InVcEAAV/view',
      'https://acme-dev-ed.develop.lightning.force.com/lightning/r/Lead/00Q5g00000LdNeWEAV/view',
      'https://power-org-42.scratch.lightning.force.com/lightning/r/Case/5005g00000CsEsCAAV/view',
      'https://acme.lightning.force.com/lightning/r/Dashboard/01Z5g000000DshBEAS/view',
    ],
  },
  {
    name: 'isReport',
    test: isView('report'),
    examples: [
      'https://acme.lightning.force.com/lightning/r/Report/00O5g000004RevTEAS/view',
      'https://acme.lightning.force.com/lightning/r/Report/00O5g000004RevT/view?queryScope=userFolders',
    ],
  },
  {
    name: 'isAppRecord',
    test: isView('app'),
    examples: [
      'https://acme.lightning.force.com/lightning/app/06m5g000001SaLeAAA/r/Case/5005g00000CsEsCAAV/view',
      'https://acme--uat.sandbox.lightning.force.com/lightning/app/standard__LightningService/r/Account/0015g00000AcMeQAAV/view',
    ],
  },
  {
    name: 'isOneAppRecord',
    test: isView('one-app'),
    examples: [
      'https://acme.lightning.force.com/one/one.app#/sObject/0035g00000CnTcTAAV/view',
      'https://acme.my.salesforce.com/one/one.app#/sObject/0065g00000XyZaB',
    ],
  },
  {
    name: 'isClassicRecord',
    test: isView('classic'),
    examples: [
      'https://acme.my.salesforce.com/0065g00000GlBxY',
      'https://acme.my.salesforce.com/0015g00000AcMeQAAV?srPos=0&srKp=001',
      'https://acme--uat.sandbox.my.salesforce.com/5005g00000CsEsC',
      'https://acme-dev-ed.develop.my.salesforce.com/00O5g000004RevT',
    ],
  },
];

/** Salesforce pages that show no single record: the adapter must find no entity there. */
export const NOT_ENTITY_PAGES: readonly string[] = [
  'https://acme.lightning.force.com/lightning/page/home',
  'https://acme.lightning.force.com/lightning/o/Account/list?filterName=Recent',
  'https://acme.lightning.force.com/lightning/o/Report/home',
  'https://acme.lightning.force.com/lightning/o/Opportunity/pipelineInspection',
  'https://acme.lightning.force.com/lightning/setup/SetupOneHome/home',
  'https://acme.lightning.force.com/lightning/app/06m5g000001SaLeAAA',
  'https://acme.lightning.force.com/lightning/app/06m5g000001SaLeAAA/o/Case/list',
  'https://acme.lightning.force.com/lightning/n/Forecasting3',
  'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000XyZaBAAV/edit',
  'https://acme.lightning.force.com/one/one.app#/home',
  'https://acme.my.salesforce.com/home/home.jsp',
  'https://acme.my.salesforce.com/setup/forcecomHomepage.apexp?setupid=ForceCom',
  'https://acme.my.salesforce.com/_ui/core/chatter/ui/ChatterPage',
  'https://acme.my.salesforce.com/001/o',
  'https://acme.my.salesforce.com/0015g00000AcMe',
  'https://acme.my.salesforce.com/0015g00000AcMeQAAVXY',
  'https://acme.my.salesforce.com/apex/InvoiceWizard',
  'https://help.salesforce.com/s/articleView?id=sf.domain_name_overview.htm',
];
