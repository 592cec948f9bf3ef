import { readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { GITHUB_EXAMPLE_PAGES, GITHUB_NON_ENTITY_PAGES } from './example-pages.ts';

// GitHub serves its pages with a strict CSP: the fixtures must show without inline scripts or
// styles, load nothing from outside and stay small.
const DIR = new URL('../../../fixtures/pages/github/', import.meta.url);
const files = readdirSync(DIR).filter((f) => f.endsWith('.html'));

describe('GitHub fixture pages', () => {
  it('every fixture is used by an example page, and every example page has its fixture', () => {
    const used = [...GITHUB_EXAMPLE_PAGES, ...GITHUB_NON_ENTITY_PAGES].map((p) => p.fixture.replace('github/', ''));
    expect(new Set(used)).toEqual(new Set(files));
  });

  for (const file of files) {
    it(`${file} needs no script, style or outside resource`, () => {
      const html = readFileSync(new URL(file, DIR), 'utf8');
      const { document } = parseHTML(html);
      expect([...document.querySelectorAll('script')].filter((s) => s.getAttribute('type') !== 'application/json')).toEqual([]);
      expect(document.querySelectorAll('style, [style], link, img, iframe, object, embed').length).toBe(0);
      expect(html).not.toMatch(/\son[a-z]+\s*=/i);
      expect(html.length).toBeLessThan(10_000);
    });
  }
});
