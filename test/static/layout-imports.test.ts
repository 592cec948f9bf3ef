import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// DESIGN.md "Layout": core imports neither extension/ nor site/; each of those imports only core.
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|tsx|astro)$/.test(f) ? [path] : [];
  });
}

const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^\s*import\s[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

describe('layout contract', () => {
  it.each([
    ['core', /(^|\/)(extension|site)\//],
    ['extension', /(^|\/)site\//],
    // The site still borrows the extension's stylesheet (a .css file, no code): see the closing note.
    ['site', /(^|\/)extension\/(?!ui\/theme\.css$)/],
  ])('%s/ imports nothing it may not', (root, forbidden) => {
    const offenders = sources(root).flatMap((f) => importsOf(f).filter((i) => forbidden.test(i)).map((i) => `${f}: ${i}`));
    expect(offenders).toEqual([]);
  });
});
