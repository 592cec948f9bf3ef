import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { SALESFORCE_EXAMPLE_PAGES, SALESFORCE_NON_ENTITY_PAGE } from './example-pages.ts';
import { salesforcePage } from './page-object.ts';
import { salesforceAdapter } from './salesforce-adapter.ts';

const load = (fixture: string) => parseHTML(readFileSync(new URL(`../../../${fixture}`, import.meta.url), 'utf8')).document as unknown as Document;

describe('Salesforce page object on every example page', () => {
  for (const example of SALESFORCE_EXAMPLE_PAGES) {
    it(`${example.fixture} at ${example.url}`, () => {
      const entity = salesforceAdapter.entityFromUrl(new URL(example.url), false);
      expect(entity && { key: entity.key, label: entity.label }).toEqual(example.entity);
      const doc = load(example.fixture);
      expect(salesforcePage.title(doc, entity!)).toBe(example.title);
      expect(salesforcePage.container(doc, entity!)).toEqual(example.container);
    });
  }

  it('reads a title with markup as plain text, never as elements', () => {
    const example = SALESFORCE_EXAMPLE_PAGES.find((e) => e.fixture.endsWith('lightning-title-markup.html'))!;
    const doc = load(example.fixture);
    expect(doc.querySelector('script')).toBeNull();
    expect(salesforcePage.title(doc, salesforceAdapter.entityFromUrl(new URL(example.url), false)!)).toContain('<script>');
  });

  it('finds no record on the home page, whose links name records', () => {
    expect(salesforceAdapter.entityFromUrl(new URL(SALESFORCE_NON_ENTITY_PAGE.url), false)).toBeUndefined();
    expect(load(SALESFORCE_NON_ENTITY_PAGE.fixture).querySelectorAll('a[href*="/lightning/r/"]').length).toBeGreaterThan(0);
  });

  it('falls back to the document title when the header is not in reach (closed shadow root, report iframe)', () => {
    const example = SALESFORCE_EXAMPLE_PAGES[0]!;
    const doc = load(example.fixture);
    for (const el of Array.from(doc.querySelectorAll('[slot="primaryField"], .slds-page-header__title'))) el.remove();
    expect(salesforcePage.title(doc, salesforceAdapter.entityFromUrl(new URL(example.url), false)!)).toBe('Acme - 200 Widgets');
    const classic = parseHTML('<html><head><title>Account: Globex Inc ~ Salesforce - Enterprise Edition</title></head><body></body></html>').document as unknown as Document;
    expect(salesforcePage.title(classic, salesforceAdapter.entityFromUrl(new URL('https://acme.my.salesforce.com/0015g00000GlBxY'), false)!)).toBe('Globex Inc');
  });

  it('reads a title rendered inside an open (native) shadow root', () => {
    const example = SALESFORCE_EXAMPLE_PAGES[0]!;
    const doc = load(example.fixture);
    for (const el of Array.from(doc.querySelectorAll('[slot="primaryField"], .slds-page-header__title'))) el.remove();
    const host = doc.querySelector('.oneContent.active records-highlights2')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<h1><lightning-formatted-text slot="primaryField">Acme - 200 Widgets (in shadow)</lightning-formatted-text></h1>';
    expect(salesforcePage.title(doc, salesforceAdapter.entityFromUrl(new URL(example.url), false)!)).toBe('Acme - 200 Widgets (in shadow)');
  });

  it('mounts after the page title in Classic and leaves Lightning to the corner', () => {
    const classic = SALESFORCE_EXAMPLE_PAGES.find((e) => e.fixture.endsWith('classic-opportunity.html'))!;
    const entity = salesforceAdapter.entityFromUrl(new URL(classic.url), false)!;
    expect(salesforcePage.mountPoint(load(classic.fixture), entity)?.className).toBe('bPageTitle');
    expect(salesforcePage.mountPoint(load(SALESFORCE_EXAMPLE_PAGES[0]!.fixture), entity)).toBeUndefined();
  });
});
