import { defineConfig } from 'astro/config';

// Astro's sources live in site/ (DESIGN.md "Layout"); data comes from OKR_DATA or fixtures/demo,
// and `okr site --out` chooses the output folder through OKR_SITE_OUT.
export default defineConfig({
  srcDir: './site',
  outDir: process.env.OKR_SITE_OUT ?? './dist/site',
  publicDir: './site/public',
  trailingSlash: 'always',
  build: { format: 'directory' },
});
