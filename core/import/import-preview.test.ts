import { describe, expect, it } from 'vitest';
import { keyResult, objective, workspace } from '../../test/builders.ts';
import { importFiles } from './import-files.ts';
import { bundlePreview, csvPreview, refusedPreview } from './import-preview.ts';

const NOW = '2026-11-20T20:00:00.000Z';

describe('import previews', () => {
  it('counts what a CSV creates and names the first records', () => {
    const text = 'Objective,Key Result,Owner,Quarter,Start,Target\nGrow,Reach 10 customers,ada@example.com,Q4 2026,0,10\nGrow,Ship v2,ada@example.com,Q4 2026,0,1\n';
    const preview = csvPreview(importFiles([{ name: 'okrs.csv', text }], workspace({ periods: [] }), { now: NOW }));
    expect(preview.ok).toBe(true);
    expect(preview.collections.objectives).toMatchObject({ created: 1, updated: 0, names: { created: ['Grow'] } });
    expect(preview.collections.keyResults.names.created).toEqual(['Reach 10 customers', 'Ship v2']);
    expect(preview.files[0]).toMatchObject({ file: 'okrs.csv', rows: 2 });
  });

  it('keeps every problem of a CSV with its file, row and column', () => {
    const text = 'Objective,Key Result,Owner,Quarter,Start,Target\nGrow,Reach,ada@example.com,Q4 2026,zero,10\n';
    const preview = csvPreview(importFiles([{ name: 'bad.csv', text }], workspace({ periods: [] }), { now: NOW }));
    expect(preview.ok).toBe(false);
    expect(preview.problems).toContainEqual(expect.objectContaining({ file: 'bad.csv', row: 2, column: 'Start', severity: 'error' }));
  });

  it('shows what a bundle replaces: created, updated, unchanged and removed', () => {
    const current = workspace({ objectives: [objective({ id: 'a' }), objective({ id: 'b' }), objective({ id: 'gone' })] });
    const incoming = workspace({ objectives: [objective({ id: 'a' }), objective({ id: 'b', updatedAt: NOW, title: 'New title' }), objective({ id: 'c', title: 'Fresh' })],
      keyResults: [keyResult({ id: 'k', objectiveId: 'c' })] });
    incoming.objectives[0]!.updatedAt = current.objectives[0]!.updatedAt;
    const p = bundlePreview(current, incoming, 'team.okr.json');
    expect(p.collections.objectives).toMatchObject({ created: 1, updated: 1, unchanged: 1, removed: 1, names: { created: ['Fresh'], updated: ['New title'] } });
    expect(p.collections.keyResults.created).toBe(1);
  });

  it('turns a refused bundle into problems naming the file', () => {
    const p = refusedPreview('x.okr.json', ['x.okr.json: is not valid JSON (Unexpected token)']);
    expect(p).toMatchObject({ ok: false, problems: [{ file: 'x.okr.json', severity: 'error', message: 'is not valid JSON (Unexpected token)' }] });
  });
});
