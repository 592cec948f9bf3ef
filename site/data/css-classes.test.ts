import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { depthClass, MAX_DEPTH_CLASS, percentClass } from './css-classes.ts';

const css = readFileSync(new URL('../styles/percent.css', import.meta.url), 'utf8');
const defined = new Set([...css.matchAll(/^\.([\w-]+) \{/gm)].map((m) => m[1]));

describe('classes in place of style attributes', () => {
  it('rounds a share to a whole percent, clamped, and every class it can name exists', () => {
    expect([undefined, -0.2, 0, 0.004, 0.426, 0.995, 1, 3].map(percentClass)).toEqual(['pct-0', 'pct-0', 'pct-0', 'pct-0', 'pct-43', 'pct-100', 'pct-100', 'pct-100']);
    for (let i = 0; i <= 1000; i++) expect(defined.has(percentClass(i / 1000)), String(i)).toBe(true);
    expect(css).toContain('.pct-43 { --pct: 43%; }');
  });

  it('indents by depth up to a cap, with a class for every depth it names', () => {
    expect([0, 1, 6, 9].map((d) => depthClass(d, 6))).toEqual([undefined, 'depth-1', 'depth-6', 'depth-6']);
    for (let d = 1; d <= MAX_DEPTH_CLASS; d++) expect(defined.has(depthClass(d, MAX_DEPTH_CLASS)!)).toBe(true);
    expect(css).toContain('.depth-2 { margin-inline-start: 2.5rem; }');
  });
});
