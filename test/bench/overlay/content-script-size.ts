import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SITES } from '../../../extension/sites/site-types.ts';
import { EXTENSION_DIR } from '../../e2e/launch-extension.ts';

export const BUDGET_BYTES = 40_000;

/** Bytes of each built content script as shipped (minified) and gzipped (zlib's default level 6). */
export function contentScriptSizes(): { site: string; bytes: number; gzip: number }[] {
  return SITES.map((site) => {
    const text = readFileSync(`${EXTENSION_DIR}/content-scripts/${site}.js`);
    return { site, bytes: text.length, gzip: gzipSync(text).length };
  });
}

/** The overlay's on-demand tools (forms, capture, live counts): loaded only on pages that need them. */
export function toolsSize(): { bytes: number; gzip: number } {
  const text = readFileSync(`${EXTENSION_DIR}/overlay-tools.js`);
  return { bytes: text.length, gzip: gzipSync(text).length };
}
