import { keyStep, targetSlide, type Command, type KeyState } from './keys.ts';
import { createOverview } from './overview.ts';
import { createPresenter } from './presenter.ts';
import { presenterUrl, slideFromHash, slideHash } from './slide-url.ts';
import { openSync } from './sync.ts';

// The deck: one slide shown at a time, its number in the URL, moved by keys and buttons, and
// kept in step with the presenter's window. Without this script every slide shows in a column.

const deckEl = document.querySelector<HTMLElement>('main.deck');
if (deckEl) start(deckEl);

function start(deckEl: HTMLElement) {
  const slides = [...deckEl.querySelectorAll<HTMLElement>('section.slide')];
  const total = slides.length;
  const isPresenter = new URLSearchParams(location.search).get('view') === 'presenter';
  const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
  const announce = $('[data-role=announce]');
  const position = $('.deck-position');
  const gotoPrompt = $('[data-role=goto]');
  document.documentElement.classList.add('js');
  document.documentElement.classList.toggle('presenter-mode', isPresenter);
  if (isPresenter) document.title = `Presenter · ${document.title}`;
  let current = 0;

  const presenter = isPresenter ? createPresenter(slides) : undefined;
  const sync = openSync(deckEl.dataset.deck ?? '', (m) => {
    if (m.type === 'goto') show(m.slide, false);
    else sync.send({ type: 'goto', slide: current });
  });
  presenter?.syncMode(sync.mode);
  const overview = createOverview(slides, (n) => show(n, true));

  function show(n: number, tell: boolean) {
    const next = Math.min(total, Math.max(1, n));
    if (next === current) return;
    current = next;
    slides.forEach((s, i) => s.classList.toggle('current', i === current - 1));
    const title = slides[current - 1]?.dataset.title ?? '';
    position.textContent = `${current} / ${total}`;
    announce.textContent = `Slide ${current} of ${total}: ${title}`;
    if (location.hash !== slideHash(current)) history.replaceState(null, '', slideHash(current));
    presenter?.show(current);
    if (tell) sync.send({ type: 'goto', slide: current });
  }

  function run(command: Command) {
    const to = targetSlide(command, current, total);
    if (to !== undefined) return show(to, true);
    if (command.type === 'overview') overview.open(current);
    else if (command.type === 'fullscreen') void toggleFullscreen();
    else if (command.type === 'presenter' && !isPresenter) window.open(presenterUrl(location, current), 'okr-presenter');
  }

  let keys: KeyState = { typed: undefined };
  document.addEventListener('keydown', (e) => {
    if (overview.isOpen() || e.defaultPrevented) return;
    const target = e.target instanceof Element ? e.target : null;
    if (keys.typed === undefined) {
      if (target?.closest('input, textarea, select, [contenteditable]')) return;
      // Space and Enter on a control press the control.
      if ((e.key === ' ' || e.key === 'Enter') && target?.closest('button, a, summary')) return;
    }
    const step = keyStep(keys, e);
    keys = step.state;
    gotoPrompt.hidden = keys.typed === undefined;
    gotoPrompt.textContent = keys.typed === undefined ? '' : `Go to slide: ${keys.typed}`;
    if (step.handled) e.preventDefault();
    run(step.command);
  });

  document.addEventListener('click', (e) => {
    const button = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-action]') : null;
    const action = button?.dataset.action;
    if (action === 'prev' || action === 'next' || action === 'overview' || action === 'fullscreen') run({ type: action });
    else if (action === 'help') toggleHelp(button!);
  });
  document.querySelector<HTMLAnchorElement>('.presenter-link')?.addEventListener('click', (e) => {
    e.preventDefault();
    run({ type: 'presenter' });
  });
  window.addEventListener('hashchange', () => show(slideFromHash(location.hash, total), true));

  show(slideFromHash(location.hash, total), false);
  // A presenter window opened by a link (no slide in its URL) asks where the room is.
  if (isPresenter) sync.send({ type: 'hello' });
}

async function toggleFullscreen() {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await document.documentElement.requestFullscreen();
  } catch { /* refused (no user gesture, or not allowed in a frame): the deck still works */ }
}

function toggleHelp(button: HTMLElement) {
  const help = document.getElementById('deck-help');
  if (!help) return;
  help.hidden = !help.hidden;
  button.setAttribute('aria-expanded', String(!help.hidden));
}
