import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { bundleClassic, moduleScripts, useClassicScript, type Bundle } from './classic-scripts.ts';
import { normalBase } from './relative-url.ts';
import { rewriteUrls } from './rewrite-urls.ts';

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));

/** A page's folder as its URL path spells it (paths.ts encodes each segment). */
const pageDirOf = (dist: string, file: string): string =>
  relative(dist, resolve(file, '..')).split(sep).filter(Boolean).map(encodeURIComponent).join('/');

/**
 * After `astro build`: every page's scripts become one classic script and every URL becomes
 * relative, so the built folder opens from disk (file://), from any static host and under any
 * sub-path (docs/site.md "From disk").
 */
export async function makeDiskReady(dist: string, base: string): Promise<{ pages: number; bundles: number }> {
  const bundles = new Map<string, Promise<Bundle>>();
  const fileOf = (url: string) => join(dist, decodeURIComponent(url.slice(base.length)));
  const pages = htmlFiles(dist);
  const used = new Set<string>();
  for (const file of pages) {
    let html = readFileSync(file, 'utf8');
    const srcs = moduleScripts(html);
    if (srcs.length > 0) {
      const key = srcs.join('\n');
      if (!bundles.has(key)) bundles.set(key, bundleClassic(srcs.map(fileOf), dist, base));
      const bundle = await bundles.get(key)!;
      bundle.inputs.forEach((i) => used.add(i));
      html = useClassicScript(html, bundle.url);
    }
    writeFileSync(file, rewriteUrls(html, pageDirOf(dist, file), base));
  }
  // The modules now live inside the bundles; left behind they would only be dead weight.
  for (const input of used) rmSync(input, { force: true });
  return { pages: pages.length, bundles: bundles.size };
}

export function diskReady(): AstroIntegration {
  let base = '/';
  return {
    name: 'okr-disk-ready',
    hooks: {
      'astro:config:done': ({ config }) => { base = normalBase(config.base); },
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, bundles } = await makeDiskReady(fileURLToPath(dir), base);
        logger.info(`${pages} pages made relative, ${bundles} classic script bundles`);
      },
    },
  };
}
