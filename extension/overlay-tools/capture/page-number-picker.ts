import { labelFor, locatorFor, visibleText } from './element-locator.ts';
import { numbersOnPage } from './page-numbers.ts';

import type { PickMoved } from '../../overlay/tools-contract.ts';

export type PickedNumber = { text: string; locator: string; label: string };

const NEXT = new Set(['ArrowDown', 'ArrowRight']);
const PREVIOUS = new Set(['ArrowUp', 'ArrowLeft']);

/**
 * Lets the person pick an element on the host page. With a pointer: a box follows it, the click is
 * kept from the page (it must not follow a link). With the keyboard: arrows or Tab move through the
 * numbers the page shows (the box and `moved` follow), Enter picks the one shown. Escape cancels.
 * Clicks and keys inside the overlay are its own, except these keys while picking. Returns the
 * function that stops picking.
 */
export function pickPageElement(doc: Document, overlayHost: Element, box: HTMLElement, done: (picked: PickedNumber | undefined) => void, moved?: PickMoved): () => void {
  const outside = (e: Event) => !e.composedPath().includes(overlayHost);
  const target = (e: Event) => e.composedPath().find((n): n is Element => n instanceof (doc.defaultView ?? window).Element);
  let numbers: Element[] | undefined;
  let at = -1;
  const frame = (el: Element) => {
    const r = el.getBoundingClientRect();
    Object.assign(box.style, { left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
    box.hidden = false;
  };
  const onOver = (e: MouseEvent) => {
    const el = outside(e) ? target(e) : undefined;
    if (!el) return void (box.hidden = true);
    frame(el);
  };
  const finish = (picked: PickedNumber | undefined) => {
    stop();
    done(picked);
  };
  const pickedFrom = (el: Element): PickedNumber => ({ text: visibleText(el), locator: locatorFor(el), label: labelFor(el) });
  const onClick = (e: MouseEvent) => {
    if (!outside(e)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    const el = target(e);
    finish(el ? pickedFrom(el) : undefined);
  };
  const move = (step: 1 | -1) => {
    // Found at the first key, so the list is the page as it is when the person starts moving.
    numbers ??= numbersOnPage(doc, overlayHost);
    if (numbers.length === 0) return moved?.('', -1, 0);
    at = at < 0 ? (step > 0 ? 0 : numbers.length - 1) : (at + step + numbers.length) % numbers.length;
    const el = numbers[at]!;
    el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    frame(el);
    moved?.(visibleText(el), at, numbers.length);
  };
  const onKey = (e: KeyboardEvent) => {
    // Browser and system shortcuts (Alt+Left is Back) stay theirs.
    if (e.ctrlKey || e.altKey || e.metaKey) return;
    const step = NEXT.has(e.key) || (e.key === 'Tab' && !e.shiftKey) ? 1 : PREVIOUS.has(e.key) || e.key === 'Tab' ? -1 : 0;
    const current = at >= 0 ? numbers?.[at] : undefined;
    if (e.key !== 'Escape' && step === 0 && !(e.key === 'Enter' && current)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    if (e.key === 'Escape') finish(undefined);
    else if (step !== 0) move(step);
    else if (current) finish(pickedFrom(current));
  };
  const stop = () => {
    doc.removeEventListener('mouseover', onOver, true);
    doc.removeEventListener('click', onClick, true);
    doc.removeEventListener('keydown', onKey, true);
    box.hidden = true;
  };
  doc.addEventListener('mouseover', onOver, true);
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('keydown', onKey, true);
  return stop;
}
