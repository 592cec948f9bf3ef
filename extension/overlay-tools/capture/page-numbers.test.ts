import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { numbersOnPage } from './page-numbers.ts';

// linkedom has no layout: elements under .no-box have no box, as display:none ones have none in a browser.
function page(html: string) {
  const { document, Element } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  Object.defineProperty(Element.prototype, 'getClientRects', { configurable: true, value(this: Element) { return this.closest('.no-box') ? [] : [{}]; } });
  return document;
}
const texts = (els: Element[]) => els.map((e) => e.textContent);

describe('numbersOnPage', () => {
  it('finds the figures a person can pick, in document order, each once', () => {
    const doc = page(`
      <nav><a>Issues <span class="Counter">12</span></a> <a>Pull requests <span>4</span></a></nav>
      <p class="total">1–3 of 57</p><td>$1.2M</td><b>45%</b>`);
    const overlay = doc.createElement('okr-lens-overlay');
    expect(texts(numbersOnPage(doc, overlay))).toEqual(['12', '4', '1–3 of 57', '$1.2M', '45%']);
  });

  it('skips names with numbers, text without a box, hidden and script text, and the overlay itself', () => {
    const doc = page(`
      <a>KAN-2</a><span>v2</span><span>Q4 plan</span>
      <div class="no-box"><span>99</span></div><span hidden>98</span><span aria-hidden="true">97</span>
      <script>var x = 96;</script><okr-lens-overlay><span>95</span></okr-lens-overlay><em>7</em>`);
    const overlay = doc.querySelector('okr-lens-overlay')!;
    expect(texts(numbersOnPage(doc, overlay))).toEqual(['7']);
  });
});
