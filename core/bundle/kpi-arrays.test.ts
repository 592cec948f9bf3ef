import { describe, expect, it } from 'vitest';
import { buildDemo } from '../../fixtures/demo/build-demo.ts';
import { checkIn, kpi, workspace } from '../../test/builders.ts';
import { checkSpec } from '../model/check-spec.ts';
import { recordSpecs, tombstoneSpec } from '../model/records.ts';
import { s } from '../model/schema.ts';
import { bundleText, toBundle } from './bundle-format.ts';
import { readBundle } from './read-bundle.ts';

// What a version 1 reader released before KPIs checks: the same records, with the vocabularies
// it had (no "kpi" target or record type). Top-level arrays it does not know, it keeps.
const V1_CHECK_IN = s.object({ ...recordSpecs.checkIn.fields, targetType: s.oneOf(['keyResult', 'initiative', 'objective'] as const) });
const V1_TOMBSTONE = s.object({ ...tombstoneSpec.fields, type: s.oneOf(['person', 'team', 'period', 'objective', 'keyResult', 'initiative', 'checkIn'] as const) });

const withKpiDeleted = () => {
  const ws = buildDemo();
  return { ...ws, tombstones: [...ws.tombstones, { id: 'kpi-old', type: 'kpi' as const, deletedAt: '2026-11-01T10:00:00.000Z' }] };
};

describe('KPIs in a version 1 bundle', () => {
  it('writes KPI check-ins and deletions in arrays of their own, so a version 1 reader passes every record it checks', () => {
    const file = JSON.parse(bundleText(toBundle(withKpiDeleted(), '2026-11-20T17:00:00.000Z', 'test')));
    expect(file.version).toBe(1);
    expect(file.kpis).toHaveLength(5);
    expect(file.kpiCheckIns).toHaveLength(18);
    expect(file.kpiTombstones).toEqual([{ id: 'kpi-old', type: 'kpi', deletedAt: '2026-11-01T10:00:00.000Z' }]);
    expect(file.checkIns.flatMap((c: unknown) => checkSpec(V1_CHECK_IN, c))).toEqual([]);
    expect(file.tombstones.flatMap((t: unknown) => checkSpec(V1_TOMBSTONE, t))).toEqual([]);
    // The check is real: a KPI check-in left in checkIns is what an older reader would refuse.
    expect(checkSpec(V1_CHECK_IN, file.kpiCheckIns[0])[0]?.path).toBe('targetType');
  });

  it('reads them back into checkIns and tombstones', () => {
    const ws = withKpiDeleted();
    const read = readBundle(bundleText(toBundle(ws, '2026-11-20T17:00:00.000Z', 'test')), 'demo.okr.json');
    if (!read.ok) throw new Error(read.errors.join('\n'));
    expect(read.bundle.kpis).toEqual(ws.kpis);
    expect(new Set(read.bundle.checkIns.map((c) => c.id))).toEqual(new Set(ws.checkIns.map((c) => c.id)));
    expect(read.bundle.tombstones.filter((t) => t.type === 'kpi').map((t) => t.id)).toEqual(['kpi-old']);
    expect(read.bundle).not.toHaveProperty('kpiCheckIns');
  });

  it('keeps a top-level array it does not know, as a version 1 reader does with kpis', () => {
    const doc = { ...JSON.parse(bundleText(buildDemo())), healthChecks: [{ id: 'h1', name: 'from a newer writer' }] };
    const read = readBundle(JSON.stringify(doc), 'newer.okr.json');
    expect(read.ok && (read.bundle as unknown as Record<string, unknown>).healthChecks).toEqual([{ id: 'h1', name: 'from a newer writer' }]);
  });

  it('reads a file written before KPIs as a workspace without any', () => {
    const doc = JSON.parse(bundleText(buildDemo()));
    for (const key of ['kpis', 'kpiCheckIns', 'kpiTombstones']) delete doc[key];
    doc.checkIns = doc.checkIns.filter((c: { targetType: string }) => c.targetType !== 'kpi');
    const read = readBundle(JSON.stringify(doc), 'old.okr.json');
    expect(read.ok && read.bundle.kpis).toEqual([]);
  });

  it('accepts a KPI check-in written straight into checkIns (a hand-made file)', () => {
    const ws = workspace({ kpis: [kpi({ id: 'k' })], checkIns: [checkIn({ id: 'c', targetType: 'kpi', targetId: 'k', value: 1 })] });
    const read = readBundle(JSON.stringify({ ...toBundle(ws, '2026-11-20T17:00:00.000Z', 'x') }), 'hand.okr.json');
    expect(read.ok && read.bundle.checkIns.map((c) => c.id)).toEqual(['c']);
  });

  it('refuses KPI arrays that are not lists or hold other records, naming the array', () => {
    const doc = JSON.parse(bundleText(buildDemo()));
    expect(readBundle(JSON.stringify({ ...doc, kpiCheckIns: 'none' }), 'a.okr.json')).toEqual({ ok: false, errors: ['a.okr.json: field kpiCheckIns: expected a list of check-ins on KPIs'] });
    const stray = { ...doc, kpiCheckIns: [...doc.kpiCheckIns, doc.checkIns[0]] };
    expect(readBundle(JSON.stringify(stray), 'b.okr.json')).toEqual({ ok: false, errors: ['b.okr.json: kpiCheckIns[18]: targetType must be "kpi" (other check-ins belong in checkIns)'] });
    const badTomb = { ...doc, kpiTombstones: [{ id: 'x', type: 'objective', deletedAt: '2026-11-01T10:00:00.000Z' }] };
    expect(readBundle(JSON.stringify(badTomb), 'c.okr.json')).toEqual({ ok: false, errors: ['c.okr.json: kpiTombstones[0]: type must be "kpi" (other deletions belong in tombstones)'] });
  });

  it('validates KPIs like every record, naming the field', () => {
    const doc = JSON.parse(bundleText(buildDemo()));
    doc.kpis[0].healthyMin = 100;
    doc.kpis[0].healthyMax = 99;
    const read = readBundle(JSON.stringify(doc), 'd.okr.json');
    expect(read).toEqual({ ok: false, errors: ['d.okr.json: kpi "kpi-api-uptime", field healthyMax: is 99, below healthyMin 100; the healthy range must run from low to high'] });
  });
});
