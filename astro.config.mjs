import { defineConfig } from 'astro/config';
import { diskReady } from './site/build/disk-ready.ts';

// Astro's sources live in site/ (DESIGN.md "Layout"); data comes from OKR_DATA or fixtures/demo,
// `okr site --out` chooses the output folder through OKR_SITE_OUT and `--base` the sub-path
// through OKR_SITE_BASE. Scripts and styles stay files (never inlined) so a static host's
// strict CSP (script-src 'self') runs the site. `diskReady` then makes every URL relative and
// every page's scripts one classic script, so the folder also opens from disk (docs/site.md).
// An inherited BASE_URL variable (set by vitest, and by many CI systems) replaces
// import.meta.env.BASE_URL in the pages and would send every link to the wrong path.
delete process.env.BASE_URL;

export default defineConfig({
  srcDir: './site',
  outDir: process.env.OKR_SITE_OUT ?? './dist/site',
  publicDir: './site/public',
  ...(process.env.OKR_SITE_BASE ? { base: process.env.OKR_SITE_BASE } : {}),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [diskReady()],
  vite: { build: { assetsInlineLimit: 0 } },
});
