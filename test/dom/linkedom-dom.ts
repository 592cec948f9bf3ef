import { parseHTML } from 'linkedom';

// A DOM for component tests: linkedom's window installed as the globals Preact and our
// components read, and helpers that act like a person (type, press a key, click).
export function installDom(): Document {
  const { window, document } = parseHTML('<!doctype html><html><body></body></html>');
  for (const name of ['window', 'document', 'Node', 'Element', 'HTMLElement', 'HTMLTextAreaElement', 'HTMLInputElement', 'Event', 'requestAnimationFrame'] as const)
    Object.defineProperty(globalThis, name, { value: name === 'window' ? window : window[name], configurable: true, writable: true });
  patchLinkedom(window);
  return document;
}

// Three gaps in linkedom that Preact runs into: listeners are called with `this` the event's
// target instead of the element listening (Preact's handlers then miss bubbled events), without
// an `onkeydown` property Preact listens for "KeyDown", and a select's `value` can only be read.
type Listener = (this: unknown, event: Event) => unknown;
const bound = new WeakMap<Listener, Listener>();
function patchLinkedom(window: ReturnType<typeof parseHTML>['window']) {
  const events = window.EventTarget.prototype;
  if (!('okrPatched' in events)) {
    const add = events.addEventListener;
    const remove = events.removeEventListener;
    const wrap = (fn: Listener): Listener => {
      let w = bound.get(fn);
      if (!w) bound.set(fn, (w = function (this: unknown, event: Event) { return fn.call(event.currentTarget ?? this, event); }));
      return w;
    };
    Object.assign(events, {
      okrPatched: true,
      addEventListener(this: EventTarget, type: string, fn: unknown, options?: unknown) { return Reflect.apply(add, this, [type, typeof fn === 'function' ? wrap(fn as Listener) : fn, options]); },
      removeEventListener(this: EventTarget, type: string, fn: unknown, options?: unknown) { return Reflect.apply(remove, this, [type, typeof fn === 'function' ? wrap(fn as Listener) : fn, options]); },
    });
  }
  const element = window.HTMLElement.prototype;
  if (!('onkeydown' in element)) Object.defineProperty(element, 'onkeydown', { value: null, writable: true, configurable: true });
  for (const field of [window.HTMLTextAreaElement.prototype, window.HTMLInputElement.prototype])
    if (!('select' in field)) Object.defineProperty(field, 'select', { value() {}, configurable: true }); // no selection in linkedom
  const select = window.HTMLSelectElement.prototype;
  const read = Object.getOwnPropertyDescriptor(select, 'value')?.get;
  Object.defineProperty(select, 'value', {
    configurable: true,
    get() { return read?.call(this); },
    set(value: string) { for (const o of this.querySelectorAll('option')) o.toggleAttribute('selected', o.getAttribute('value') === String(value)); },
  });
}

export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

export function typeInto(field: Element | null, text: string): void {
  if (!field || !('value' in field)) throw new Error('no field to type into');
  field.value = text;
  field.dispatchEvent(new window.Event('input', { bubbles: true }));
}

/** Picks an option (linkedom's `select.value` can only be read: the option is marked instead). */
export function choose(select: Element | null, value: string): void {
  const options = [...(select?.querySelectorAll('option') ?? [])];
  if (!options.some((o) => o.getAttribute('value') === value)) throw new Error(`no option ${value}`);
  for (const o of options) o.toggleAttribute('selected', o.getAttribute('value') === value);
  select!.dispatchEvent(new window.Event('change', { bubbles: true }));
}

/** A keydown as a browser sends it (linkedom has no KeyboardEvent: a plain event carries the key). */
export function pressKey(target: Element | null, key: string, init: { shiftKey?: boolean } = {}): Event {
  const event = Object.assign(new window.Event('keydown', { bubbles: true, cancelable: true }), { key, shiftKey: init.shiftKey ?? false });
  target?.dispatchEvent(event);
  return event;
}

export const submit = (form: Element | null) => form?.dispatchEvent(new window.Event('submit', { bubbles: true, cancelable: true }));
