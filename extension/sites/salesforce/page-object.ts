import { salesforceRecordFromUrl } from '../../../core/model/salesforce-url.ts';
import type { EntityRef, PageEntity, PageObject } from '../site-types.ts';
import { queryAllDeep, queryDeep, textOf } from './dom-query.ts';
import { entityOfRecord } from './salesforce-entity.ts';
import { DOCUMENT_TITLE_PATTERNS, SELECTORS } from './selectors.ts';

// The only code that reads a Salesforce page's DOM.

/** The page showing now; Lightning keeps pages you left in the DOM, hidden. */
function activeScope(doc: Document): Document | Element {
  for (const s of SELECTORS.activeScope.selectors) {
    const el = doc.querySelector(s);
    if (el) return el;
  }
  return doc;
}

function titleFromDocumentTitle(doc: Document): string | undefined {
  const raw = textOf(doc.querySelector('title'));
  for (const pattern of DOCUMENT_TITLE_PATTERNS) {
    const m = pattern.exec(raw);
    if (m?.[1]) return m[1].trim();
  }
  return undefined;
}

function title(doc: Document): string | undefined {
  const scope = activeScope(doc);
  for (const s of SELECTORS.title.selectors) {
    const text = textOf(queryDeep(scope, s));
    if (text) return text;
  }
  return titleFromDocumentTitle(doc);
}

/** The Account a link in the record's details points to (not the record itself), as a link key. */
function accountOf(a: Element, entity: PageEntity): EntityRef | undefined {
  const targets = [a.getAttribute('href'), a.getAttribute('data-recordid') && `/${a.getAttribute('data-recordid')}`];
  for (const target of targets) {
    if (!target) continue;
    let url: URL;
    try { url = new URL(target, entity.url); } catch { continue; }
    const record = salesforceRecordFromUrl(url);
    if (!record || record.objectName !== 'Account') continue;
    const account = entityOfRecord(record);
    if (account.key === entity.key) return undefined;
    return { key: account.key, label: textOf(a) || a.getAttribute('title') || account.label };
  }
  return undefined;
}

function container(doc: Document, entity: PageEntity): EntityRef | undefined {
  // An account's own page has no "account" around it (a Parent Account lookup is not its container).
  if (salesforceRecordFromUrl(new URL(entity.url))?.objectName === 'Account') return undefined;
  const scope = activeScope(doc);
  for (const s of SELECTORS.accountLink.selectors) {
    for (const a of queryAllDeep(scope, s)) {
      const account = accountOf(a, entity);
      if (account) return account;
    }
  }
  return undefined;
}

function mountPoint(doc: Document): Element | undefined {
  for (const s of SELECTORS.classicMount.selectors) {
    const el = doc.querySelector(s);
    if (el) return el;
  }
  return undefined;
}

export const salesforcePage: Required<PageObject> = {
  title: (doc) => title(doc),
  container,
  mountPoint: (doc) => mountPoint(doc),
};
