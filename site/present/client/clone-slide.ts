/** A picture of a slide for the overview and the presenter's "next" pane: not focusable, not read twice. */
export function cloneSlide(slide: HTMLElement): HTMLElement {
  const copy = slide.cloneNode(true) as HTMLElement;
  copy.classList.remove('current');
  copy.classList.add('slide-copy');
  for (const attr of ['aria-label', 'aria-roledescription', 'id']) copy.removeAttribute(attr);
  for (const el of copy.querySelectorAll('[id]')) el.removeAttribute('id');
  copy.querySelector('.speaker-notes')?.remove();
  copy.setAttribute('aria-hidden', 'true');
  copy.inert = true;
  return copy;
}
