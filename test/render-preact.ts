// Component tests render Preact into a linkedom document: no browser, and the text read back is what a person reads.
import { parseHTML } from 'linkedom';
import { render, type ComponentChild } from 'preact';

export function renderToDocument(vnode: ComponentChild) {
  const { document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  const root = document.getElementById('root')!;
  const saved = globalThis.document;
  globalThis.document = document as unknown as Document;
  try {
    render(vnode, root as unknown as Element);
  } finally {
    globalThis.document = saved;
  }
  const rows = (selector: string) => [...root.querySelectorAll(selector)].map((tr) => [...tr.querySelectorAll('th,td')].map((c) => c.textContent?.trim() ?? ''));
  return { root, text: () => root.textContent ?? '', rows };
}
