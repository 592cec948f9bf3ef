import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

// Astro's page scripts are ES modules, and Chromium refuses `<script type="module" src>` from
// file:// (an opaque origin fails the CORS check). So each page's modules become one classic
// script: an IIFE keeps every module's names private, and `defer` runs it after parsing, as a
// module would. One bundle per distinct list of modules, shared by the pages that list them.
const MODULE_TAG = /<script type="module" src="([^"]+)"><\/script>/g;

/** The module scripts a built page loads, in document order. */
export const moduleScripts = (html: string): string[] => [...html.matchAll(MODULE_TAG)].map((m) => m[1]!);

/** The page with its module scripts replaced by one deferred classic script at the first one's place. */
export function useClassicScript(html: string, src: string): string {
  let first = true;
  return html.replace(MODULE_TAG, () => {
    if (!first) return '';
    first = false;
    return `<script defer src="${src}"></script>`;
  });
}

export type Bundle = { url: string; inputs: string[] };

/**
 * Bundles the module files (absolute paths, run in this order) into `<dist>/_astro/page.<hash>.js`.
 * Returns its site-absolute URL (under `base`) and the paths of every file it took in.
 */
export async function bundleClassic(files: readonly string[], dist: string, base: string): Promise<Bundle> {
  const result = await build({
    stdin: { contents: files.map((f) => `import ${JSON.stringify(f)};`).join('\n'), resolveDir: dist, loader: 'js' },
    absWorkingDir: dist,
    bundle: true, format: 'iife', minify: true, write: false, metafile: true, legalComments: 'none', logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  const name = `page.${createHash('sha256').update(code).digest('hex').slice(0, 10)}.js`;
  writeFileSync(join(dist, '_astro', name), code);
  return { url: `${base}_astro/${name}`, inputs: Object.keys(result.metafile.inputs).filter((i) => i !== '<stdin>').map((i) => join(dist, i)) };
}
