import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadDataDir } from '../../core/files/load-data-dir.ts';
import { indexWorkspace } from '../../core/math/workspace-index.ts';
import { alignmentTree } from '../../core/report/alignment-tree.ts';
import { filterOkrs, namesOf } from '../../core/report/filter-okrs.ts';
import { kpiRows } from '../../core/report/kpi-report.ts';
import { krReport } from '../../core/report/kr-report.ts';
import { krProgressText, percent } from '../../core/report/labels.ts';
import { periodMovers } from '../../core/report/period-movers.ts';
import { periodReport } from '../../core/report/period-report.ts';
import { deckModel } from '../../site/present/deck-model.ts';

// The pages `npm run test:site-build` wrote, checked against core's reports at the same pinned time.
const DIST = 'dist/site';
const NOW = new Date('2026-11-20T17:00:00Z');
const { ws } = loadDataDir('fixtures/demo', NOW);
const page = (path: string) => parseHTML(readFileSync(join(DIST, path, 'index.html'), 'utf8')).document;
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
const ownTitles = (doc: Document) => [...doc.querySelectorAll('article.objective:not(.context)')].map((a) => a.getAttribute('aria-label'));
const ctx = { me: undefined, names: namesOf(ws), initiativesByParent: indexWorkspace(ws).initiativesByParent };

describe('site pages', () => {
  it('has a page for every public objective with its progress, and every key result with its numbers and check-ins', () => {
    const objectives = ws.objectives.filter((o) => !o.private);
    expect(objectives.length).toBeGreaterThan(5);
    for (const o of objectives) {
      const doc = page(`objective/${o.id}`);
      const row = periodReport(ws, o.periodId, NOW)!.objectives.find((r) => r.objective.id === o.id)!;
      expect(text(doc.querySelector('h1')), o.id).toBe(o.title);
      expect(text(doc.querySelector('.objective-progress')), o.id).toBe(percent(row.progress));
      const sections = [...doc.querySelectorAll('section.kr-detail')];
      expect(sections.map((s) => s.getAttribute('data-kr'))).toEqual(row.keyResults.map((k) => k.keyResult.id));
      for (const s of sections) {
        const kr = krReport(ws, s.getAttribute('data-kr')!, NOW)!;
        expect(text(s.querySelector('.kr-progress'))).toBe(krProgressText(kr.progress));
        expect(text(s.querySelector('.kr-expected'))).toBe(percent(kr.expected));
        expect(s.querySelectorAll('.kr-table tbody tr').length).toBe(kr.checkIns.length);
        const canvas = s.querySelector('canvas[data-chart]');
        if (kr.checkIns.length > 0) {
          expect(canvas?.getAttribute('aria-label')).toMatch(/^Chart: /);
          expect(JSON.parse(canvas!.getAttribute('data-chart')!).datasets[0].data).toEqual(kr.series!.actual);
        }
      }
    }
  });

  it('has a page for every team and person in every period, with the objectives core filters to them', () => {
    for (const period of ws.periods) {
      const rows = periodReport(ws, period.id, NOW)!.objectives;
      for (const team of ws.teams) {
        const want = filterOkrs(rows, { team: team.id }, ctx).filter((r) => !r.context).map((r) => r.row.objective.title);
        expect(ownTitles(page(`period/${period.id}/team/${team.id}`)), `${period.id}/${team.id}`).toEqual(want);
      }
      for (const person of ws.people) {
        const doc = page(`period/${period.id}/person/${person.id}`);
        const kept = filterOkrs(rows, { owner: person.id }, ctx).filter((r) => !r.context);
        expect(ownTitles(doc), `${period.id}/${person.id}`).toEqual(kept.map((r) => r.row.objective.title));
        expect(doc.querySelectorAll('section.kr-detail').length).toBe(kept.flatMap((r) => r.keyResults).length);
      }
    }
  });

  it('shows the biggest movers since a week ago and the KPIs out of range on the overview', () => {
    const doc = page('period/2026-q4');
    const { movers } = periodMovers(ws, '2026-q4', NOW);
    expect(movers.length).toBeGreaterThan(0);
    // The same movers as the presentation's summary slide.
    expect(deckModel(ws, '2026-q4', NOW)!.movers.map((m) => [m.keyResult.id, m.change])).toEqual(movers.map((m) => [m.keyResult.id, m.change]));
    expect([...doc.querySelectorAll('.movers tbody tr')].map((tr) => text(tr.querySelector('td')))).toEqual(movers.map((m) => m.keyResult.title));
    expect(text(doc.querySelector('.movers tbody tr td:nth-child(3)'))).toBe(percent(movers[0]!.after));
    const out = kpiRows(ws).filter((r) => r.health === 'unhealthy').map((r) => r.kpi.name);
    expect([...doc.querySelectorAll('.kpis tbody tr')].map((tr) => text(tr.querySelector('td')))).toEqual(out);
    expect(doc.querySelectorAll('.findings li').length).toBeGreaterThan(0);
    expect(doc.querySelectorAll('table.kr-summary tbody tr').length).toBe(periodReport(ws, '2026-q4', NOW)!.objectives.flatMap((r) => r.keyResults).length);
  });

  it('shows the alignment explorer from the top, every team with its shared objectives, and the unaligned apart', () => {
    const doc = page('period/2026-q4/alignment');
    const want = alignmentTree(ws, '2026-q4');
    expect([...doc.querySelectorAll('.company-tree .node')].map((n) => n.getAttribute('data-objective'))).toEqual(want.tree.map((n) => n.objective.id));
    expect(doc.querySelectorAll('.unaligned .node').length).toBe(want.unaligned.length);
    for (const { team, objectives } of want.byTeam) {
      const card = doc.querySelector(`.team-objectives[data-team="${team.id}"]`);
      expect(card?.querySelectorAll('li').length).toBe(objectives.length);
    }
    expect(text(doc.body)).toContain('shared with');
  });

  it('links only inside the site or to http and https, and switches period on every period page', () => {
    for (const path of ['period/2026-q4', 'period/2026-q4/team/platform', 'period/2026-q4/person/lena', 'objective/q4-scale', 'period/2026-q4/alignment']) {
      const doc = page(path);
      for (const a of doc.querySelectorAll('a[href]')) expect(a.getAttribute('href'), path).toMatch(/^(?:(?:\.\.\/)*[\w%.-][^:]*\/index\.html|index\.html|https?:\/\/.*)$/);
    }
    const switcher = page('period/2026-q4/person/lena').querySelector('nav.period-switcher');
    expect([...switcher!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['../../../2026/person/lena/index.html', '../../../2026-q3/person/lena/index.html', 'index.html']);
    expect(existsSync(join(DIST, 'theme-init.js'))).toBe(true);
  });
});
