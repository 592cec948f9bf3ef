import { h } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDemo } from '../../../fixtures/demo/build-demo.ts';
import { filterOkrs } from '../../../core/report/filter-okrs.ts';
import type { OkrFilter } from '../../../core/report/okr-filter.ts';
import { periodReport } from '../../../core/report/period-report.ts';
import { renderDom } from '../../../test/dom/render-dom.ts';
import { OkrTree } from './okr-tree.tsx';
import { treeFacts } from './tree-facts.ts';

const ws = buildDemo();
const report = periodReport(ws, '2026-q4', new Date('2026-11-20T17:00:00Z'))!;
const facts = treeFacts(ws);

describe('OkrTree', () => {
  let dom: ReturnType<typeof renderDom> | undefined;
  afterEach(() => dom?.cleanup());
  const mount = (filter: OkrFilter) => {
    dom?.cleanup();
    const rows = filterOkrs(report.objectives, filter, { me: 'maya', names: facts.names, initiativesByParent: facts.initiativesByParent });
    dom = renderDom(h(OkrTree, { rows, total: report.objectives.length, expected: report.expected, facts, label: 'Objectives in 2026 Q4' }));
    return dom;
  };
  const titles = (d: ReturnType<typeof renderDom>) => d.$$('article').map((a) => a.getAttribute('aria-label'));

  it('draws every objective once, parents first, each key result a link to its page', () => {
    const d = mount({});
    expect(titles(d)).toEqual(report.objectives.map((r) => r.objective.title));
    expect(d.$('[role="status"]')?.textContent).toBe('7 objectives');
    const links = d.$$('.kr-head a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(report.objectives.flatMap((r) => r.keyResults.map((k) => `#/kr/${k.keyResult.id}`)));
    // Aligned objectives are indented under their parents.
    const migration = d.$('article[aria-label="Every customer runs on the new query engine"]') as HTMLElement;
    expect(migration.getAttribute('style')).toMatch(/margin-inline-start:\s*3rem/);
  });

  it('shows owners, teams, tags, confidence, initiatives and progress against pace', () => {
    const card = mount({}).$('article[aria-label="Win the first enterprise accounts together"]')!;
    const text = card.textContent ?? '';
    for (const words of ['Priya Natarajan, Amara Okafor', 'Growth, Customer Success', '#enterprise', 'Confidence']) expect(text).toContain(words);
    const meter = card.querySelector('[role="meter"]')!;
    expect(meter.getAttribute('aria-label')).toBe('Progress of Win the first enterprise accounts together');
    expect(meter.getAttribute('aria-valuenow')).toBe(String(Math.round(report.objectives.find((r) => r.objective.id === 'q4-enterprise')!.progress! * 100)));
    const initiatives = mount({}).$$('.initiatives li').map((li) => li.textContent);
    expect(initiatives.length).toBe(ws.initiatives.filter((i) => report.objectives.some((r) => r.objective.id === i.parentId || r.keyResults.some((k) => k.keyResult.id === i.parentId))).length);
  });

  it('puts each quality finding beside its item, with the reason', () => {
    const d = mount({});
    const docs = d.$('article[aria-label="Developers integrate without talking to us"] summary')!;
    expect(docs.getAttribute('aria-label')).toBe('2 quality findings about Developers integrate without talking to us');
    const kr = d.$$('.kr').find((li) => li.textContent?.includes('Ship usage-based billing'))!;
    expect(kr.querySelector('.findings li')?.textContent).toContain('describes work (“ship”)');
    expect(d.$$('.findings').length).toBe(4);
  });

  it('dims the parents kept for context and says how many match', () => {
    const d = mount({ owner: 'noor' });
    expect(d.$('[role="status"]')?.textContent).toBe('2 of 7 objectives match');
    const context = d.$$('article.context').map((a) => a.getAttribute('aria-label'));
    expect(context.length).toBeGreaterThan(0);
    for (const a of d.$$('article.context')) expect(a.querySelector('.krs')).toBeNull();
    expect(mount({ q: 'zzzz' }).$('section')?.textContent).toContain('Nothing matches these filters.');
  });
});

describe('OkrTree with many objectives', () => {
  it('paints a first slice, then the rest between frames, busy until done', async () => {
    const { keyResult, objective, workspace } = await import('../../../test/builders.ts');
    const big = workspace({
      objectives: Array.from({ length: 260 }, (_, i) => objective({ id: `o${i}`, title: `Objective ${i}` })),
      keyResults: Array.from({ length: 260 }, (_, i) => keyResult({ id: `k${i}`, objectiveId: `o${i}` })),
    });
    const rep = periodReport(big, '2026-q4', new Date('2026-11-20T17:00:00Z'))!;
    const f = treeFacts(big);
    const rows = filterOkrs(rep.objectives, {}, { me: undefined, names: f.names, initiativesByParent: f.initiativesByParent });
    const dom = renderDom(h(OkrTree, { rows, total: rows.length, expected: rep.expected, facts: f, label: 'Objectives in 2026 Q4' }));
    try {
      expect(dom.$$('article').length).toBe(25);
      expect(dom.$('section')?.getAttribute('aria-busy')).toBe('true');
      // The slices follow one another between frames: on a loaded CI machine that takes far longer than vi.waitFor's 1 s default.
      await vi.waitFor(() => expect(dom.$('section')?.getAttribute('aria-busy')).toBe('false'), { timeout: 30_000 });
      expect(dom.$$('article').map((a) => a.getAttribute('aria-label'))).toEqual(rep.objectives.map((r) => r.objective.title));
    } finally {
      dom.cleanup();
    }
  });
});
