import { parsePageNumber } from '../../../core/capture/parse-page-number.ts';
import { visibleText } from './element-locator.ts';

// A page with thousands of numbers (a long issue list) still gets a usable keyboard list.
const MAX_NUMBERS = 500;
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT
const SKIPPED = 'script, style, noscript, template, [hidden], [aria-hidden="true"]';
// A number glued to a word is a name, not a figure: issue keys (`KAN-2`), versions (`v2`), `Q4`.
const NAME_BEFORE = /\p{L}[-_]?$/u;

const isFigure = (text: string) => {
  const first = text.search(/\d/);
  return first >= 0 && !NAME_BEFORE.test(text.slice(0, first)) && parsePageNumber(text) !== undefined;
};

/**
 * The page's elements that show a number, in document order, for picking by keyboard: the element
 * around each text holding a digit whose whole text parses as a number (`57`, `1–3 of 57`,
 * `$1.2M`; not `KAN-2`), outside the overlay, rendered (it has a box), each once.
 */
export function numbersOnPage(doc: Document, overlayHost: Element): Element[] {
  const found: Element[] = [];
  const seen = new Set<Element>();
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, SHOW_TEXT);
  for (let node = walker.nextNode(); node && found.length < MAX_NUMBERS; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || seen.has(el) || !/\d/.test(node.nodeValue ?? '')) continue;
    seen.add(el);
    if (overlayHost.contains(el) || el.closest(SKIPPED) || el.getClientRects().length === 0) continue;
    if (isFigure(visibleText(el))) found.push(el);
  }
  return found;
}
