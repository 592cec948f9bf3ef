import { cloneSlide } from './clone-slide.ts';

const ARROW_STEPS: Record<string, number | undefined> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** The grid of all slides (O): a modal dialog, so Escape closes it and focus stays inside. */
export function createOverview(slides: HTMLElement[], go: (n: number) => void) {
  const dialog = document.querySelector<HTMLDialogElement>('dialog.overview')!;
  const grid = dialog.querySelector<HTMLOListElement>('.overview-grid')!;
  let buttons: HTMLButtonElement[] = [];

  const build = () => {
    buttons = slides.map((slide, i) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'overview-item';
      button.dataset.goto = String(i + 1);
      const frame = document.createElement('span');
      frame.className = 'thumb';
      frame.append(cloneSlide(slide));
      const label = document.createElement('span');
      label.className = 'overview-label';
      label.textContent = `${i + 1}. ${slide.dataset.title ?? ''}`;
      button.append(frame, label);
      const li = document.createElement('li');
      li.append(button);
      grid.append(li);
      return button;
    });
  };

  grid.addEventListener('click', (e) => {
    const button = e.target instanceof Element ? e.target.closest<HTMLButtonElement>('button[data-goto]') : null;
    if (!button) return;
    dialog.close();
    go(Number(button.dataset.goto));
  });
  // Arrow keys walk the grid in reading order; Enter and Space press the focused slide.
  grid.addEventListener('keydown', (e) => {
    const at = buttons.findIndex((b) => b === document.activeElement);
    const step = ARROW_STEPS[e.key];
    if (at < 0 || step === undefined) return;
    e.preventDefault();
    buttons[Math.min(buttons.length - 1, Math.max(0, at + step))]?.focus();
  });
  dialog.querySelector('[data-action=close-overview]')?.addEventListener('click', () => dialog.close());

  return {
    isOpen: () => dialog.open,
    open(current: number) {
      if (buttons.length === 0) build();
      buttons.forEach((b, i) => (i === current - 1 ? b.setAttribute('aria-current', 'true') : b.removeAttribute('aria-current')));
      dialog.showModal();
      buttons[current - 1]?.focus();
    },
  };
}
