// Keys to deck commands, as a pure step so the G-then-number prompt can be tested without a page.

export type Command =
  | { type: 'next' } | { type: 'prev' } | { type: 'first' } | { type: 'last' } | { type: 'goto'; slide: number }
  | { type: 'fullscreen' } | { type: 'overview' } | { type: 'presenter' } | { type: 'none' };
/** `typed` is the number typed after G, or undefined when no go-to prompt is open. */
export type KeyState = { typed: string | undefined };
export type KeyInput = { key: string; shiftKey?: boolean; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean };

const NONE: Command = { type: 'none' };

/** What a key press does; `handled` says whether the page should swallow it. */
export function keyStep(state: KeyState, e: KeyInput): { state: KeyState; command: Command; handled: boolean } {
  if (e.ctrlKey || e.metaKey || e.altKey) return { state, command: NONE, handled: false };
  if (state.typed !== undefined) {
    if (/^[0-9]$/.test(e.key)) return { state: { typed: (state.typed + e.key).slice(0, 4) }, command: NONE, handled: true };
    if (e.key === 'Backspace') return { state: { typed: state.typed.slice(0, -1) }, command: NONE, handled: true };
    const done = { typed: undefined };
    if (e.key === 'Enter') return { state: done, command: state.typed ? { type: 'goto', slide: Number(state.typed) } : NONE, handled: true };
    // Escape or any other key closes the prompt without moving.
    return { state: done, command: NONE, handled: e.key === 'Escape' };
  }
  const command = ((): Command => {
    switch (e.key) {
      case 'ArrowRight': case 'ArrowDown': case 'PageDown': return { type: 'next' };
      case 'ArrowLeft': case 'ArrowUp': case 'PageUp': return { type: 'prev' };
      case ' ': return { type: e.shiftKey ? 'prev' : 'next' };
      case 'Home': return { type: 'first' };
      case 'End': return { type: 'last' };
      case 'f': case 'F': return { type: 'fullscreen' };
      case 'o': case 'O': return { type: 'overview' };
      case 'p': case 'P': return { type: 'presenter' };
      default: return NONE;
    }
  })();
  if (e.key === 'g' || e.key === 'G') return { state: { typed: '' }, command: NONE, handled: true };
  return { state, command, handled: command.type !== 'none' };
}

/** The slide a command leads to from `current` (1-based), kept within 1..total. */
export function targetSlide(command: Command, current: number, total: number): number | undefined {
  const clamp = (n: number) => Math.min(total, Math.max(1, n));
  switch (command.type) {
    case 'next': return clamp(current + 1);
    case 'prev': return clamp(current - 1);
    case 'first': return 1;
    case 'last': return total;
    case 'goto': return clamp(command.slide);
    default: return undefined;
  }
}
