import { h } from 'preact';
import { describe, expect, it } from 'vitest';
import { renderToDocument } from '../../../test/render-preact.ts';
import { MergeResult } from './merge-result.tsx';
import { ProblemList } from './problem-list.tsx';

describe('the merge result', () => {
  const report = {
    conflicts: [{ recordType: 'keyResult', id: 'k1', field: 'target', winner: { source: 'amara.okr.json', value: 95 }, others: [{ source: 'this browser', value: 93 }] }],
    clockAhead: [{ source: 'amara.okr.json', latest: '2026-12-01T00:00:00.000Z', reference: '2026-11-20T20:00:00.000Z' }],
    deleted: 0, workspaces: ['ws'],
  };

  it('lists each conflict with the value kept and the one replaced, and where each came from', () => {
    const view = renderToDocument(h(MergeResult, { file: 'amara.okr.json', report, assigned: [] }));
    expect(view.rows('tbody tr')).toEqual([['keyResult k1', 'target', '95 (from amara.okr.json)', '93 (from this browser)']]);
    expect(view.text()).toContain('1 conflicting edit resolved');
    expect(view.text()).toContain('the clock of amara.okr.json runs ahead');
    expect(view.text()).not.toContain('Assigned to you');
  });

  it('names the key results assigned to me, linking to each', () => {
    const view = renderToDocument(h(MergeResult, { file: 'a.okr.json', report: { ...report, conflicts: [], clockAhead: [] }, assigned: [{ id: 'k 9', title: 'Gross revenue retention' }] }));
    expect(view.text()).toContain('no conflicting edits');
    expect(view.root.querySelector('h3')?.textContent).toBe('Assigned to you');
    const link = view.root.querySelector('li a');
    expect([link?.textContent, link?.getAttribute('href')]).toEqual(['Gross revenue retention', '#/kr/k%209']);
  });
});

describe('the problem list', () => {
  it('puts errors before warnings and keeps file, row and column', () => {
    const view = renderToDocument(h(ProblemList, { problems: [
      { file: 'a.csv', row: 4, column: 'Start', severity: 'warning', message: 'no start value' },
      { file: 'b.csv', severity: 'error', message: 'is empty' },
    ] }));
    expect(view.rows('tbody tr')).toEqual([['b.csv', '', '', 'Error: is empty'], ['a.csv', '4', 'Start', 'Warning: no start value']]);
    expect(view.root.querySelector('caption')?.textContent).toBe('Problems (2)');
  });
});
