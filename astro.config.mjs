import { defineConfig } from 'astro/config';

// Astro's sources live in site/ (DESIGN.md "Layout"); data comes from OKR_DATA or fixtures/demo.
export default defineConfig({
  srcDir: './site',
  outDir: './dist/site',
  publicDir: './site/public',
  trailingSlash: 'always',
  build: { format: 'directory' },
});
