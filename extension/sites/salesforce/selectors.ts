// Every selector the Salesforce page object uses, in fallback order. Lightning keeps pages you
// left in the DOM (hidden), so every lookup is scoped to the active page first. Custom elements
// (records-*, force-*, lightning-*) and `slot`/`field-label` attributes are Salesforce's stable
// hooks; class names come last. `seenOn` names the fixtures (fixtures/pages/salesforce/) that
// carry each hook, modelled on the real pages in 2026-11.
//
// Shadow DOM: Lightning renders LWC with synthetic shadow in most orgs, where the record page is
// queryable from the document (what these selectors assume). Where components use native
// shadow roots, page-object.ts also searches open shadow roots; if nothing is found the title
// falls back to document.title, which Lightning sets to "<record> | <Object> | Salesforce".

export type SelectorEntry = { selectors: readonly string[]; seenOn: readonly string[] };

export const SELECTORS = {
  /** The page that is showing now: a console workspace tab, a standard-navigation page, Classic's body. */
  activeScope: {
    selectors: ['section.tabContent.active.oneConsoleTab .oneContent.active', 'section.tabContent.active.oneConsoleTab', '.oneContent.active', '#bodyCell'],
    seenOn: ['lightning-opportunity.html', 'lightning-account.html', 'console-case.html', 'lightning-title-markup.html', 'lightning-report.html', 'classic-opportunity.html'],
  },
  /** The record's name in the Lightning highlights panel, then the page header, then Classic and report headers. */
  title: {
    selectors: [
      'records-highlights2 [slot="primaryField"]',
      'records-lwc-highlights-panel [slot="primaryField"]',
      '[slot="primaryField"]',
      'h1 .slds-page-header__title',
      '.slds-page-header__title',
      'h2.pageDescription',
      'h1.noSecondHeader',
    ],
    seenOn: ['lightning-opportunity.html', 'lightning-account.html', 'console-case.html', 'one-app-contact.html', 'lightning-title-markup.html', 'lightning-report.html', 'classic-opportunity.html'],
  },
  /** The Account lookup of the record: its labelled field first, then any lookup link in the details. */
  accountLink: {
    selectors: [
      'records-record-layout-item[field-label="Account Name"] a[href]',
      'records-highlights-details-item a[href]',
      'force-lookup a[href]',
      'records-hoverable-link a[href]',
      'a[data-refid="recordId"]',
      '.detailList a[href]',
    ],
    seenOn: ['lightning-opportunity.html', 'console-case.html', 'one-app-contact.html', 'classic-opportunity.html'],
  },
  /** Classic's page title block: the overlay sits after it. Lightning re-renders its own nodes, so it gets none. */
  classicMount: { selectors: ['.bPageTitle', '#bodyCell .bPageTitle'], seenOn: ['classic-opportunity.html'] },
} as const satisfies Record<string, SelectorEntry>;

/** Lightning: "Acme - 200 Widgets | Opportunity | Salesforce"; Classic: "Opportunity: Acme - 200 Widgets ~ Salesforce - Enterprise Edition". */
export const DOCUMENT_TITLE_PATTERNS: readonly RegExp[] = [/^(.+?) \| [^|]+ \| Salesforce$/, /^[^:~]+: (.+?) ~ Salesforce\b/];
