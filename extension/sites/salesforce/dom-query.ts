// Queries that also look inside open shadow roots, for components rendered with native shadow
// (synthetic shadow, the Lightning default, keeps them in the light DOM where querySelector sees them).

type Root = Document | Element | ShadowRoot;

function shadowRoots(root: Root): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) if (el.shadowRoot) out.push(el.shadowRoot);
  return out;
}

export function queryDeep(root: Root, selector: string): Element | undefined {
  const hit = root.querySelector(selector);
  if (hit) return hit;
  for (const shadow of shadowRoots(root)) {
    const inner = queryDeep(shadow, selector);
    if (inner) return inner;
  }
  return undefined;
}

export function queryAllDeep(root: Root, selector: string): Element[] {
  return [...Array.from(root.querySelectorAll(selector)), ...shadowRoots(root).flatMap((s) => queryAllDeep(s, selector))];
}

/** Text as people read it: textContent (never markup), whitespace collapsed. */
export const textOf = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
