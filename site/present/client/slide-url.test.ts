import { describe, expect, it } from 'vitest';
import { presenterUrl, slideFromHash, slideHash } from './slide-url.ts';

describe('slide URLs', () => {
  it('reads #/n within the deck, and the first slide otherwise', () => {
    expect(slideFromHash('#/4', 10)).toBe(4);
    expect(slideFromHash('#/40', 10)).toBe(10);
    expect(slideFromHash('#/0', 10)).toBe(1);
    expect(slideFromHash('', 10)).toBe(1);
    expect(slideFromHash('#/x', 10)).toBe(1);
    expect(slideHash(7)).toBe('#/7');
  });

  it('opens the presenter view of the same file on the same slide, from a host or from disk', () => {
    expect(presenterUrl({ href: 'https://okrs.example/present/2026-q4/#/3' }, 5)).toBe('https://okrs.example/present/2026-q4/?view=presenter#/5');
    expect(presenterUrl({ href: 'file:///home/me/site/present/2026-q4/index.html#/2' }, 2)).toBe('file:///home/me/site/present/2026-q4/index.html?view=presenter#/2');
  });
});
