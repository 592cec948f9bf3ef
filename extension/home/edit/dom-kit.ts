// Component tests render Preact into a linkedom document: enough DOM for forms, events and focus
// checks, without a browser. Each test gets a fresh document.
import { parseHTML } from 'linkedom';
import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';

type Globals = Record<string, unknown>;

// Any component's vnode: VNode<{}> would refuse components with required props.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function mount(vnode: VNode<any>) {
  const { window, document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  const g = globalThis as Globals;
  for (const [key, value] of Object.entries({ window, document, HTMLElement: window.HTMLElement, Event: window.Event, requestAnimationFrame: (f: () => void) => setTimeout(f, 0) })) g[key] = value;
  const root = document.getElementById('root')!;
  act(() => render(vnode, root));
  const q = <T extends Element = HTMLElement>(selector: string) => {
    const el = root.querySelector(selector);
    if (!el) throw new Error(`no element matches ${selector} in “${(root.textContent ?? "").slice(0, 300)}”`);
    return el as unknown as T;
  };
  return {
    root,
    document,
    q,
    text: () => root.textContent ?? '',
    /** Types into an input or text area as a person would: the value, then an input event. */
    async type(selector: string, value: string) {
      const el = q<HTMLInputElement>(selector);
      await act(() => { el.value = value; el.dispatchEvent(new window.Event('input', { bubbles: true })); });
    },
    async change(selector: string, apply: (el: HTMLInputElement & HTMLSelectElement) => void) {
      const el = q<HTMLInputElement & HTMLSelectElement>(selector);
      await act(() => { apply(el); el.dispatchEvent(new window.Event('change', { bubbles: true })); });
    },
    /** Picks an option (linkedom's select has no value setter): marks it selected, then a change event. */
    async select(selector: string, value: string) {
      const el = q<HTMLSelectElement>(selector);
      await act(() => {
        for (const option of el.querySelectorAll('option')) {
          if (option.getAttribute('value') === value) option.setAttribute('selected', '');
          else option.removeAttribute('selected');
        }
        el.dispatchEvent(new window.Event('change', { bubbles: true }));
      });
    },
    async click(selector: string) {
      await act(() => { q(selector).dispatchEvent(new window.Event('click', { bubbles: true })); });
      await settle();
    },
    async submit(selector = 'form') {
      await act(() => { q(selector).dispatchEvent(new window.Event('submit', { bubbles: true, cancelable: true })); });
    },
    async key(selector: string, key: string) {
      // linkedom has no KeyboardEvent: an Event with the key is what the handlers read.
      const event = Object.assign(new window.Event('keydown', { bubbles: true, cancelable: true }), { key });
      await act(() => { q(selector).dispatchEvent(event); });
    },
    unmount: () => act(() => render(null, root)),
  };
}

/** Lets pending promises (a mocked `send`) settle and Preact re-render. */
export const settle = () => act(async () => { for (let i = 0; i < 5; i++) await Promise.resolve(); });
