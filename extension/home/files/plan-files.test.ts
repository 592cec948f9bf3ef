import { describe, expect, it } from 'vitest';
import { bundleText, toBundle } from '../../../core/bundle/bundle-format.ts';
import { workspaceFingerprint } from '../../../core/import/workspace-fingerprint.ts';
import { joinBatches } from '../../../core/store/chunk-batch.ts';
import { objective, workspace } from '../../../test/builders.ts';
import { planFiles } from './plan-files.ts';

const NOW = '2026-11-20T20:00:00.000Z';
const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text).buffer as ArrayBuffer });
const CSV = 'Objective,Key Result,Owner,Quarter,Start,Target\nGrow,Reach 10 customers,ada,Q4 2026,0,10\nGrow,Ship v2,ada,Q4 2026,0,1\n';

describe('planFiles (what the import worker runs)', () => {
  it('plans CSV files into parts that join back to the plan, with the fingerprint of the base', () => {
    const base = workspace({ periods: [] });
    const steps: string[] = [];
    const plan = planFiles({ files: [file('okrs.csv', CSV)], base, now: NOW, chunkSize: 2 }, (s) => steps.push(s));
    if (plan.kind !== 'csv') throw new Error('expected a CSV plan');
    expect(plan.base).toBe(workspaceFingerprint(base));
    expect(plan.chunks.length).toBeGreaterThan(1);
    const joined = joinBatches(plan.chunks.map((c) => JSON.parse(c)));
    expect(joined.keyResults?.map((k) => k.title)).toEqual(['Reach 10 customers', 'Ship v2']);
    expect(joined.workspace).toBeUndefined();
    expect(steps[0]).toBe('reading okrs.csv');
  });

  it('names the workspace when the browser has none yet, and sends nothing when there are errors', () => {
    const fresh = planFiles({ files: [file('team-okrs.csv', CSV)], base: undefined, now: NOW, chunkSize: 100 });
    expect(fresh.kind === 'csv' && JSON.parse(fresh.chunks[0]!).workspace.name).toBe('team-okrs');
    const bad = planFiles({ files: [file('bad.csv', CSV.replace(',0,10', ',zero,10'))], base: undefined, now: NOW, chunkSize: 100 });
    expect(bad.kind === 'csv' && [bad.preview.ok, bad.chunks]).toEqual([false, []]);
  });

  it('reads a bundle, or refuses it with its errors; never a bundle with other files', () => {
    const text = bundleText(toBundle(workspace({ objectives: [objective({ id: 'o' })] }), NOW, 'test'));
    const plan = planFiles({ files: [file('team.okr.json', text)], base: workspace(), now: NOW, chunkSize: 10 });
    expect(plan).toMatchObject({ kind: 'bundle', fileName: 'team.okr.json', preview: { ok: true, collections: { objectives: { created: 1 } } } });
    expect(planFiles({ files: [file('x.okr.json', '{')], base: undefined, now: NOW, chunkSize: 10 }).preview).toMatchObject({ ok: false, problems: [{ file: 'x.okr.json' }] });
    expect(() => planFiles({ files: [file('a.okr.json', text), file('b.csv', CSV)], base: undefined, now: NOW, chunkSize: 10 })).toThrow(/either CSV files or one bundle/);
  });
});
