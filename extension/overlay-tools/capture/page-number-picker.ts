import { labelFor, locatorFor, visibleText } from './element-locator.ts';

export type PickedNumber = { text: string; locator: string; label: string };

/**
 * Lets the person click an element on the host page: a box follows the pointer, the click is kept
 * from the page (it must not follow a link), Escape cancels. Clicks inside the overlay are its own.
 * Returns the function that stops picking.
 */
export function pickPageElement(doc: Document, overlayHost: Element, box: HTMLElement, done: (picked: PickedNumber | undefined) => void): () => void {
  const outside = (e: Event) => !e.composedPath().includes(overlayHost);
  const target = (e: Event) => e.composedPath().find((n): n is Element => n instanceof (doc.defaultView ?? window).Element);
  const onOver = (e: MouseEvent) => {
    const el = outside(e) ? target(e) : undefined;
    if (!el) return void (box.hidden = true);
    const r = el.getBoundingClientRect();
    Object.assign(box.style, { left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
    box.hidden = false;
  };
  const finish = (picked: PickedNumber | undefined) => {
    stop();
    done(picked);
  };
  const onClick = (e: MouseEvent) => {
    if (!outside(e)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    const el = target(e);
    finish(el ? { text: visibleText(el), locator: locatorFor(el), label: labelFor(el) } : undefined);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    finish(undefined);
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
