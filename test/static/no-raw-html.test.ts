import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Data from pages, files and people is only ever rendered as text (DESIGN.md "Links from files").
const ROOTS = ['core', 'extension', 'site'];
const FORBIDDEN = /\binnerHTML\b|\bouterHTML\b|dangerouslySetInnerHTML|set:html|insertAdjacentHTML|document\.write\(/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|tsx|astro)$/.test(f) && !f.endsWith('.test.ts') ? [path] : [];
  });
}

describe('no raw HTML sinks', () => {
  it.each(ROOTS)('%s/ renders data as text only', (root) => {
    const offenders = sources(root).filter((f) => FORBIDDEN.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
