import { defineConfig } from 'astro/config';

// Astro's sources live in site/ (DESIGN.md "Layout"); data comes from OKR_DATA or fixtures/demo,
// `okr site --out` chooses the output folder through OKR_SITE_OUT and `--base` the sub-path
// through OKR_SITE_BASE. Scripts and styles stay files (never inlined) so a static host's
// strict CSP (script-src 'self') runs the site.
export default defineConfig({
  srcDir: './site',
  outDir: process.env.OKR_SITE_OUT ?? './dist/site',
  publicDir: './site/public',
  ...(process.env.OKR_SITE_BASE ? { base: process.env.OKR_SITE_BASE } : {}),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
});
