import { describe, expect, it } from 'vitest';
import type { Kpi } from '../../core/model/records.ts';
import { PINNED_NOW } from '../../test/setup/unit.ts';
import type { Draft } from '../messages/drafts.ts';
import { errorOf, loadedBackground, valueOf } from './test-kit.ts';

const NOW = PINNED_NOW.toISOString();
const churn: Draft<Kpi> = { name: 'Monthly churn', ownerIds: ['ada'], teamIds: ['growth'], unit: '%', healthyMax: 2 };

describe('kpi.create / kpi.update / kpi.delete', () => {
  it('creates a KPI, stamps it, broadcasts it, and the workspace holds it', async () => {
    const bg = await loadedBackground();
    const created = valueOf(await bg.call({ type: 'kpi.create', draft: churn }));
    expect(created).toEqual({ ...churn, id: 'new-1', updatedAt: NOW });
    expect(valueOf(await bg.call({ type: 'workspace.get' }))?.kpis).toEqual([created]);
    expect(valueOf(await bg.call({ type: 'workspace.summary' })).counts.kpis).toBe(1);
    expect(bg.events.map((e) => [e.cause, e.scope, e.ids])).toEqual([['kpi.create', 'records', ['new-1']]]);
  });

  it.each([
    [{ ...churn, healthyMax: undefined }, 'KPIs: kpi "new-1", field healthyMin: a KPI needs a healthy range: give healthyMin, healthyMax or both'],
    [{ ...churn, healthyMin: 5 }, 'KPIs: kpi "new-1", field healthyMax: is 2, below healthyMin 5; the healthy range must run from low to high'],
    [{ ...churn, healthyMax: 'two' }, 'KPIs: kpi "new-1", field healthyMax: expected a number, got "two"'],
    [{ ...churn, name: '' }, 'KPIs: kpi "new-1", field name: must not be empty'],
    [{ ...churn, ownerIds: ['nobody'] }, 'KPIs: kpi "new-1", field ownerIds: no person has id "nobody"'],
    [{ ...churn, teamIds: ['nowhere'] }, 'KPIs: kpi "new-1", field teamIds: no team has id "nowhere"'],
    [{ ...churn, id: 'k1' }, 'KPIs: kpi "k1", field id: is already the id of a key result'],
  ])('refuses bad input, naming the field, and changes nothing (%#)', async (draft, message) => {
    const bg = await loadedBackground();
    const before = await bg.call({ type: 'workspace.summary' });
    const error = errorOf(await bg.call({ type: 'kpi.create', draft } as never));
    expect(error.code).toBe('invalid');
    expect(error.message.startsWith(message), error.message).toBe(true);
    expect(await bg.call({ type: 'workspace.summary' })).toEqual(before);
    expect(bg.events).toEqual([]);
  });

  it('updates the given fields, drops a bound given null, keeps the other stamps, and refuses a range left empty', async () => {
    const bg = await loadedBackground();
    valueOf(await bg.call({ type: 'kpi.create', draft: { ...churn, id: 'churn', healthyMin: 0 } }));
    const updated = valueOf(await bg.call({ type: 'kpi.update', id: 'churn', changes: { healthyMax: 2.5, healthyMin: null } }));
    expect(updated).toMatchObject({ id: 'churn', healthyMax: 2.5, name: 'Monthly churn' });
    expect(updated).not.toHaveProperty('healthyMin');
    expect(updated.fieldClocks).toMatchObject({ name: NOW });
    const error = errorOf(await bg.call({ type: 'kpi.update', id: 'churn', changes: { healthyMax: null } }));
    expect(error.message).toMatch(/^KPIs: kpi "churn", field healthyMin: a KPI needs a healthy range/);
    expect(errorOf(await bg.call({ type: 'kpi.update', id: 'ghost', changes: { name: 'x' } }))).toMatchObject({ code: 'not-found', message: 'KPIs: no KPI has id "ghost"; nothing was changed' });
  });

  it('takes check-ins through checkIn.add, and deletes with a tombstone while the check-ins stay', async () => {
    const bg = await loadedBackground();
    valueOf(await bg.call({ type: 'kpi.create', draft: { ...churn, id: 'churn' } }));
    const ci = valueOf(await bg.call({ type: 'checkIn.add', draft: { targetType: 'kpi', targetId: 'churn', value: 2.6, status: 'off-track', authorId: 'ada' } }));
    expect(valueOf(await bg.call({ type: 'checkIns.forTarget', targetId: 'churn' })).map((c) => c.value)).toEqual([2.6]);
    const wrong = errorOf(await bg.call({ type: 'checkIn.add', draft: { targetType: 'kpi', targetId: 'k1', value: 1, status: 'on-track', authorId: 'ada' } }));
    expect(wrong.message).toMatch(/no KPI has id "k1"/);

    expect(valueOf(await bg.call({ type: 'kpi.delete', id: 'churn' }))).toEqual({ deleted: [{ type: 'kpi', id: 'churn' }], backupId: undefined });
    const ws = valueOf(await bg.call({ type: 'workspace.get' }))!;
    expect(ws.kpis).toEqual([]);
    expect(ws.tombstones.map((t) => [t.id, t.type, t.last?.id])).toEqual([['churn', 'kpi', 'churn']]);
    expect(ws.checkIns.map((c) => c.id)).toContain(ci.id);
    expect(errorOf(await bg.call({ type: 'kpi.delete', id: 'churn' })).code).toBe('not-found');

    // Undo from the view: the same id created again comes back, and finds its check-ins.
    valueOf(await bg.call({ type: 'kpi.create', draft: { ...churn, id: 'churn' } }));
    expect(valueOf(await bg.call({ type: 'workspace.get' }))?.kpis.map((k) => k.id)).toEqual(['churn']);
    expect(valueOf(await bg.call({ type: 'checkIns.forTarget', targetId: 'churn' })).map((c) => c.id)).toEqual([ci.id]);
  });

  it('exports KPIs in the bundle and imports them back', async () => {
    const bg = await loadedBackground();
    valueOf(await bg.call({ type: 'kpi.create', draft: { ...churn, id: 'churn' } }));
    valueOf(await bg.call({ type: 'checkIn.add', draft: { id: 'ck', targetType: 'kpi', targetId: 'churn', value: 1.4, status: 'on-track', authorId: 'ada' } }));
    const file = valueOf(await bg.call({ type: 'bundle.export' }));
    expect(JSON.parse(file.text).kpiCheckIns.map((c: { id: string }) => c.id)).toEqual(['ck']);
    const other = await loadedBackground();
    expect(valueOf(await other.call({ type: 'bundle.import', text: file.text, fileName: file.fileName })).counts).toMatchObject({ kpis: 1, checkIns: 2 });
  });
});
