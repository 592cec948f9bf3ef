import { describe, expect, it, vi } from 'vitest';
import { formKeys } from './form-parts.tsx';

function press(key: string, target: { tagName: string; type?: string }, mods: { ctrlKey?: boolean } = {}) {
  const onCancel = vi.fn();
  const form = { requestSubmit: vi.fn() };
  const event = { key, target, currentTarget: form, isComposing: false, ctrlKey: false, metaKey: false, ...mods, preventDefault: vi.fn(), stopPropagation: vi.fn() };
  formKeys(onCancel)(event as unknown as KeyboardEvent);
  return { cancelled: onCancel.mock.calls.length, submitted: form.requestSubmit.mock.calls.length, prevented: event.preventDefault.mock.calls.length };
}

describe('formKeys', () => {
  it('submits on Enter from checkboxes and selects, which do not submit by themselves', () => {
    expect(press('Enter', { tagName: 'INPUT', type: 'checkbox' })).toEqual({ cancelled: 0, submitted: 1, prevented: 1 });
    expect(press('Enter', { tagName: 'SELECT' })).toMatchObject({ submitted: 1 });
  });

  it('leaves Enter to the browser in text inputs (it submits) and on buttons, and to new lines in text areas', () => {
    expect(press('Enter', { tagName: 'INPUT', type: 'text' })).toEqual({ cancelled: 0, submitted: 0, prevented: 0 });
    expect(press('Enter', { tagName: 'BUTTON' })).toMatchObject({ submitted: 0 });
    expect(press('Enter', { tagName: 'TEXTAREA' })).toMatchObject({ submitted: 0 });
    expect(press('Enter', { tagName: 'TEXTAREA' }, { ctrlKey: true })).toMatchObject({ submitted: 1 });
  });

  it('cancels on Escape from anywhere in the form', () => {
    expect(press('Escape', { tagName: 'TEXTAREA' })).toEqual({ cancelled: 1, submitted: 0, prevented: 1 });
  });
});
