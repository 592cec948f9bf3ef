import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { krProgressText, objectiveStatusText, percent, STATUS_LABELS, STATUS_ORDER } from '../../core/report/labels.ts';
import { periodReport } from '../../core/report/period-report.ts';
import { loadSiteData } from '../../site/data/load-data.ts';

// Checks the presentation pages `npm run test:site-build` wrote, against core's period report
// computed from the same data at the same pinned moment.
const NOW = /OKR_NOW=(\S+)/.exec(JSON.parse(readFileSync('package.json', 'utf8')).scripts['test:site-build'])![1]!;
const { ws, now } = loadSiteData(undefined, NOW);
const deck = (periodId: string) => parseHTML(readFileSync(join('dist/site/present', periodId, 'index.html'), 'utf8')).document;
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

describe('built presentation', () => {
  for (const period of ws.periods) {
    it(`${period.id}: title, summary, one slide per objective with core's numbers, then risks`, () => {
      const report = periodReport(ws, period.id, now)!;
      const doc = deck(period.id);
      const slides = [...doc.querySelectorAll('main.deck > section.slide')];
      expect(slides).toHaveLength(report.objectives.length + 3);
      expect(slides.map((s) => s.getAttribute('data-slide'))).toEqual(slides.map((_, i) => String(i + 1)));
      expect(slides.map((s) => s.querySelectorAll('h2').length)).toEqual(slides.map(() => 1));
      expect(text(slides[0]?.querySelector('h2'))).toBe(period.name);
      expect(text(slides[1]?.querySelector('h2'))).toBe('Summary');
      expect(text(slides.at(-1)?.querySelector('h2'))).toBe('Risks and asks');

      const counts = Object.fromEntries([...slides[1]!.querySelectorAll('.status-counts li')].map((li) => [li.getAttribute('data-status'), Number(text(li.querySelector('.count')))]));
      expect(counts).toEqual(Object.fromEntries(STATUS_ORDER.map((s) => [s, report.statusCounts[s]])));
      expect(text(slides[1]?.querySelector('.stats dd'))).toBe(percent(report.expected));

      report.objectives.forEach((row, i) => {
        const slide = slides[i + 2]!;
        expect(slide.getAttribute('data-title')).toBe(row.objective.title);
        expect(text(slide.querySelector('h2'))).toBe(row.objective.title);
        expect(text(slide.querySelector('.objective-progress'))).toBe(percent(row.progress));
        expect(text(slide.querySelector('.objective-meta .status-text'))).toBe(objectiveStatusText(row.objective, row.status));
        const krRows = [...slide.querySelectorAll('table.krs tbody tr')];
        expect(krRows.map((tr) => tr.getAttribute('data-kr'))).toEqual(row.keyResults.map((k) => k.keyResult.id));
        row.keyResults.forEach((k, j) => {
          expect(text(krRows[j]?.querySelector('.kr-progress')), k.keyResult.title).toBe(krProgressText(k.progress));
          expect(text(krRows[j]?.querySelector('.status-text'))).toBe(STATUS_LABELS[k.status]);
          const spark = krRows[j]?.querySelector('svg.sparkline');
          if (spark) expect(spark.getAttribute('aria-label')).toMatch(/^Confidence [\d, ]+ of 10; latest \d+$/);
        });
      });
    });
  }

  it('gives every slide notes for the presenter and passes no data through scripts', () => {
    const doc = deck('2026-q4');
    const slides = [...doc.querySelectorAll('main.deck > section.slide')];
    for (const s of slides) expect(s.querySelectorAll('.speaker-notes li').length, s.getAttribute('data-title') ?? '').toBeGreaterThan(0);
    // The client script is a bundled file; nothing inline carries workspace data.
    expect([...doc.querySelectorAll('script')].every((s) => s.getAttribute('src') && !text(s))).toBe(true);
    expect(doc.querySelector('h1')).not.toBeNull();
  });
});
