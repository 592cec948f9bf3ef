import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { diskProblems, siteUrls } from './disk-links.ts';

// Checks the HTML that `npm run test:site-build` wrote from the demo company at a pinned date.
const DIST = 'dist/site';
const page = (path: string) => parseHTML(readFileSync(join(DIST, path, 'index.html'), 'utf8')).document;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
}

describe('built site', () => {
  it('lists every period, latest start first, and marks the current one', () => {
    const items = [...page('').querySelectorAll('li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(items).toEqual(['2026 Q4 (2026-10-01 – 2026-12-31) · current', '2026 Q3 (2026-07-01 – 2026-09-30)', '2026 (2026-01-01 – 2026-12-31)']);
  });

  it('shows the Q4 objectives as a tree with progress against pace and status counts', () => {
    const doc = page('period/2026-q4');
    const articles = [...doc.querySelectorAll('article.objective')];
    expect(articles).toHaveLength(7);
    expect(articles[0]?.getAttribute('aria-label')).toBe('Become the analytics tool mid-market teams recommend');
    // The demo workspace lives in New York: its day and its pace, wherever the site is built.
    expect(doc.querySelector('.pace')?.textContent).toContain('expected by 2026-11-20 (America/New_York): 55 %');
    expect(doc.querySelector('.rollup-summary')?.textContent).toBe('Objective progress counts its key results.');
    // The demo does not roll aligned objectives up, so no child is marked as left out of its parent.
    expect(doc.querySelectorAll('.not-counted')).toHaveLength(0);
    const counts = [...doc.querySelectorAll('.status-counts li')].map((li) => li.textContent?.trim());
    expect(counts.join(' | ')).toMatch(/On track: \d/);
    const total = counts.reduce((n, c) => n + Number(/(\d+)$/.exec(c ?? '')?.[1] ?? 0), 0);
    expect(total).toBe(7);
    const meter = articles[0]?.querySelector('[role=meter]');
    expect(Number(meter?.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
  });

  it('shows closed Q3 objectives with their scores', () => {
    const text = page('period/2026-q3').body.textContent ?? '';
    expect(text).toContain('Closed · score 0.8');
    expect(text).toContain('Closed · score 1.0');
  });

  it('keeps every page under 120 kB of HTML, and ships scripts only as files (no inline code for a strict CSP)', () => {
    const all = files(DIST);
    for (const f of all.filter((f) => f.endsWith('.html'))) {
      expect(statSync(f).size, f).toBeLessThan(120_000);
      const html = readFileSync(f, 'utf8');
      expect([...html.matchAll(/<script\b[^>]*>/g)].every(([tag]) => /\bsrc=/.test(tag)), f).toBe(true);
    }
  });

  it('opens from disk: every link, stylesheet and script is relative, names a file that exists, and no script is a module', () => {
    const pages = siteUrls(DIST);
    expect(pages.length).toBeGreaterThan(40);
    expect(pages.reduce((n, p) => n + p.urls.length, 0)).toBeGreaterThan(500);
    expect(pages.flatMap((p) => p.urls).filter((u) => u.includes('_astro/')).length).toBeGreaterThan(pages.length);
    expect(diskProblems(DIST)).toEqual([]);
  });

  it('has no style attributes, so a host can send a CSP without style-src \'unsafe-inline\'', () => {
    const styled = files(DIST).filter((f) => f.endsWith('.html') && /<[^>]+\sstyle="/.test(readFileSync(f, 'utf8')));
    expect(styled).toEqual([]);
  });
});
