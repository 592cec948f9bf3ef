import { describe, expect, it } from 'vitest';
import { keyStep, targetSlide, type KeyState } from './keys.ts';

const press = (keys: string[], start: KeyState = { typed: undefined }) => {
  let state = start;
  const commands = keys.map((key) => {
    const step = keyStep(state, key === 'Shift+ ' ? { key: ' ', shiftKey: true } : { key });
    state = step.state;
    return step.command;
  });
  return { state, commands };
};

describe('deck keys', () => {
  it('moves with arrows, Space, Shift+Space and the page keys', () => {
    expect(press(['ArrowRight', ' ', 'PageDown', 'ArrowLeft', 'Shift+ ', 'PageUp']).commands.map((c) => c.type))
      .toEqual(['next', 'next', 'next', 'prev', 'prev', 'prev']);
    expect(press(['Home', 'End', 'f', 'O', 'p']).commands.map((c) => c.type)).toEqual(['first', 'last', 'fullscreen', 'overview', 'presenter']);
  });

  it('goes to a slide with G, digits and Enter; Backspace corrects, Escape cancels', () => {
    expect(press(['g', '1', '2', 'Backspace', '0', 'Enter']).commands.at(-1)).toEqual({ type: 'goto', slide: 10 });
    const cancelled = press(['G', '3', 'Escape']);
    expect(cancelled.state.typed).toBeUndefined();
    expect(cancelled.commands.every((c) => c.type === 'none')).toBe(true);
    // While the prompt is open, digits are the number, not other commands.
    expect(press(['g', '5']).state.typed).toBe('5');
    expect(press(['g', 'Enter']).commands.at(-1)).toEqual({ type: 'none' });
  });

  it('leaves browser shortcuts alone', () => {
    expect(keyStep({ typed: undefined }, { key: 'ArrowRight', altKey: true }).handled).toBe(false);
    expect(keyStep({ typed: undefined }, { key: 'f', ctrlKey: true }).handled).toBe(false);
    expect(keyStep({ typed: undefined }, { key: 'x' }).handled).toBe(false);
  });

  it('keeps targets within the deck', () => {
    expect(targetSlide({ type: 'next' }, 10, 10)).toBe(10);
    expect(targetSlide({ type: 'prev' }, 1, 10)).toBe(1);
    expect(targetSlide({ type: 'goto', slide: 99 }, 3, 10)).toBe(10);
    expect(targetSlide({ type: 'goto', slide: 0 }, 3, 10)).toBe(1);
    expect(targetSlide({ type: 'last' }, 3, 10)).toBe(10);
    expect(targetSlide({ type: 'overview' }, 3, 10)).toBeUndefined();
  });
});
