import { parseHTML } from 'linkedom';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

// Component tests render Preact into linkedom's DOM: fast, no browser, and the real markup
// (roles, labels, links) is what the assertions read.
export function renderDom(vnode: ComponentChild) {
  const { document, window } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  const g = globalThis as Record<string, unknown>;
  const saved = { document: g.document, Event: g.Event };
  g.document = document;
  const root = document.getElementById('root')!;
  render(vnode, root);
  // act() flushes Preact's batched re-render, as a person's next keystroke would find it done.
  const fire = (el: Element, type: string) => act(() => void el.dispatchEvent(new window.Event(type, { bubbles: true, cancelable: true })));
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
    /** A key pressed on `el` itself (linkedom calls bubbling listeners with the wrong `this`). */
    key(el: Element | null, key: string) {
      if (!el) throw new Error('no such element');
      act(() => void el.dispatchEvent(Object.assign(new window.Event('keydown', { bubbles: false, cancelable: true }), { key })));
    },
    submit(form: Element | null) {
      if (!form) throw new Error('no form');
      fire(form, 'submit');
    },
    rerender: (next: ComponentChild) => render(next, root),
    cleanup() {
      render(null, root);
      Object.assign(g, saved);
    },
  };
}
