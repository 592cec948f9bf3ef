import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { bundleClassic } from './classic-scripts.ts';

describe('bundleClassic', () => {
  it('runs the modules once each, in order, sharing what they import, with their names kept apart', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'okr-classic-'));
    mkdirSync(join(dist, '_astro'));
    const write = (name: string, code: string) => { writeFileSync(join(dist, '_astro', name), code); return join(dist, '_astro', name); };
    write('shared.js', 'export const log = []; log.push("shared"); globalThis.log = log;');
    const a = write('a.js', 'import { log } from "./shared.js"; const name = "a"; log.push(name);');
    const b = write('b.js', 'import { log } from "./shared.js"; const name = "b"; log.push(name);');
    const bundle = await bundleClassic([a, b], dist, '/sub/');
    expect(bundle.url).toMatch(/^\/sub\/_astro\/page\.[0-9a-f]{10}\.js$/);
    expect(bundle.inputs.sort()).toEqual([a, b, join(dist, '_astro', 'shared.js')].sort());
    const code = readFileSync(join(dist, bundle.url.slice('/sub/'.length)), 'utf8');
    expect(code).not.toMatch(/\bimport\b|\bexport\b/);
    const context: { log?: string[] } = {};
    runInNewContext(code, context);
    expect(context.log).toEqual(['shared', 'a', 'b']);
  });
});
