import { describe, expect, it } from 'vitest';
import { pageWeight } from './page-weight.ts';

// The demo company's pages as `npm run test:site-build` wrote them.
const DIST = 'dist/site';

describe('page weight', () => {
  it('keeps the overview under 150 kB of HTML, CSS and JS gzipped, chart.js included', () => {
    const w = pageWeight(DIST, 'period/2026-q4');
    console.info(`overview: ${JSON.stringify({ ...w, files: w.files.length })}`);
    // chart.js is really in the count: the page's one script bundle is there and not tiny.
    expect(w.files.filter((f) => /^_astro\/page\.\w+\.js$/.test(f))).toHaveLength(1);
    expect(w.js).toBeGreaterThan(30_000);
    expect(w.total).toBeLessThan(150_000);
  });

  it('keeps the other page types under the same budget', () => {
    for (const page of ['', 'objective/q4-scale', 'period/2026-q4/team/platform', 'period/2026-q4/person/lena', 'period/2026-q4/alignment']) {
      const w = pageWeight(DIST, page);
      console.info(`/${page}: ${JSON.stringify({ ...w, files: w.files.length })}`);
      expect(w.total, page).toBeLessThan(150_000);
    }
  });
});
