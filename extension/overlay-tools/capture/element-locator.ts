// A locator for a number a person clicked on a host page, stored in a key result's data link and
// resolved again whenever the page is open. Framework re-renders replace elements and shuffle
// generated ids and classes, so the locator anchors on attributes people and tests rely on
// (test ids, labels, meaningful ids) and walks the few children below them by tag and position.

const STABLE_ATTRIBUTES = ['data-testid', 'data-test-id', 'data-qa', 'aria-label', 'name', 'id'] as const;
// React's `:r1:`, Salesforce's `12:345;a`, hashes and long numbers change between renders.
const GENERATED = /\d{3,}|:|;|^[a-f0-9-]{12,}$/i;
const PREFIX = 'css:';

const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

function anchorOf(el: Element): string | undefined {
  for (const name of STABLE_ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (value && value.length <= 100 && !(name === 'id' && GENERATED.test(value))) return `[${name}=${quoted(value)}]`;
  }
  return undefined;
}

function step(el: Element): string {
  const tag = el.localName;
  const same = el.parentElement ? [...el.parentElement.children].filter((c) => c.localName === tag) : [el];
  return same.length > 1 ? `${tag}:nth-of-type(${same.indexOf(el) + 1})` : tag;
}

/** The element's locator: its nearest stable ancestor, then tag-and-position steps down to it. */
export function locatorFor(el: Element): string {
  const steps: string[] = [];
  for (let at: Element | null = el; at && at.localName !== 'html'; at = at.parentElement) {
    const anchor = anchorOf(at);
    const doc = at.ownerDocument;
    // An anchor counts only if it names one element on the page.
    if (anchor && doc.querySelectorAll(anchor).length === 1) return PREFIX + [anchor, ...steps].join(' > ');
    if (at.localName === 'body') return PREFIX + ['body', ...steps].join(' > ');
    steps.unshift(step(at));
  }
  return PREFIX + steps.join(' > ');
}

/** The element a locator names on this page now, if the page has rendered it. */
export function resolveLocator(doc: Document, locator: string): Element | undefined {
  if (!locator.startsWith(PREFIX)) return undefined;
  try {
    return doc.querySelector(locator.slice(PREFIX.length)) ?? undefined;
  } catch {
    return undefined; // a locator from a file can be anything: an invalid selector finds nothing
  }
}

/** The text a person saw in the element, collapsed, at most 200 characters. */
export const visibleText = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);

/** A label for the captured number: the element's own accessible name, or the nearest labelled ancestor's. */
export function labelFor(el: Element): string {
  const labelled = el.closest('[aria-label]')?.getAttribute('aria-label') ?? el.closest('[title]')?.getAttribute('title');
  return (labelled ?? visibleText(el)).replace(/\s+/g, ' ').trim().slice(0, 200);
}
