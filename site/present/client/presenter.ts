import { cloneSlide } from './clone-slide.ts';
import { clockText, elapsed, newTimer, running, toggle } from './timer.ts';

/** The presenter's window: the current slide, its notes, the next slide and a stopwatch. */
export function createPresenter(slides: HTMLElement[]) {
  const panel = document.querySelector<HTMLElement>('.presenter-panel')!;
  panel.hidden = false;
  const notes = panel.querySelector<HTMLElement>('[data-role=notes]')!;
  const next = panel.querySelector<HTMLElement>('[data-role=next]')!;
  const nextLabel = panel.querySelector<HTMLElement>('[data-role=next-label]')!;
  const time = panel.querySelector<HTMLElement>('.timer-time')!;
  const toggleButton = panel.querySelector<HTMLButtonElement>('[data-action=timer-toggle]')!;
  let timer = newTimer();
  let tick: number | undefined;

  const paint = () => {
    time.textContent = clockText(elapsed(timer, Date.now()));
    toggleButton.textContent = running(timer) ? 'Pause' : elapsed(timer, Date.now()) > 0 ? 'Resume' : 'Start';
  };
  toggleButton.addEventListener('click', () => {
    timer = toggle(timer, Date.now());
    window.clearInterval(tick);
    tick = running(timer) ? window.setInterval(paint, 250) : undefined;
    paint();
  });
  panel.querySelector('[data-action=timer-reset]')?.addEventListener('click', () => {
    timer = { elapsedMs: 0, startedAt: running(timer) ? Date.now() : undefined };
    paint();
  });

  return {
    syncMode(mode: string) {
      panel.querySelector('[data-role=sync]')!.textContent = mode === 'none' ? 'Not linked to the room window: this browser has no shared channel here.' : '';
    },
    show(n: number) {
      const list = slides[n - 1]?.querySelector('.speaker-notes ul');
      notes.replaceChildren(list ? list.cloneNode(true) : document.createTextNode('No notes.'));
      const following = slides[n];
      if (following) {
        next.replaceChildren(cloneSlide(following));
        nextLabel.textContent = `${n + 1}. ${following.dataset.title ?? ''}`;
      } else {
        next.replaceChildren();
        nextLabel.textContent = 'End of the deck';
      }
      next.dataset.next = String(following ? n + 1 : '');
    },
  };
}
