import { parseHTML } from 'linkedom';
import { render, type ComponentChild } from 'preact';

// Component tests render Preact into linkedom's DOM: fast, no browser, and the real markup
// (roles, labels, links) is what the assertions read.
export function renderDom(vnode: ComponentChild) {
  const { document, window } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  const g = globalThis as Record<string, unknown>;
  const saved = { document: g.document, Event: g.Event };
  g.document = document;
  const root = document.getElementById('root')!;
  render(vnode, root);
  const fire = (el: Element, type: string) => el.dispatchEvent(new window.Event(type, { bubbles: true }));
  return {
    root,
    $: (selector: string) => root.querySelector(selector),
    $$: (selector: string) => [...root.querySelectorAll(selector)],
    /** Sets a control's value as a person would and sends the event Preact listens to. */
    change(el: Element | null, value: string, type = 'change') {
      if (!el) throw new Error('no such control');
      // linkedom's <select> has a read-only value: set the one the handler will read.
      Object.defineProperty(el, 'value', { value, configurable: true, writable: true });
      fire(el, type);
    },
    click(el: Element | null) {
      if (!el) throw new Error('nothing to click');
      fire(el, 'click');
    },
    rerender: (next: ComponentChild) => render(next, root),
    cleanup() {
      render(null, root);
      Object.assign(g, saved);
    },
  };
}
