import fc from 'fast-check';
import type { Workspace } from '../../core/model/workspace.ts';
import { workspaceArbitrary } from './workspace.ts';

// Several people's copies of one workspace after each edited, deleted and checked in on their
// own: the input merge has to reconcile.

type Op =
  | { kind: 'edit'; collection: 'objectives' | 'keyResults' | 'people' | 'kpis'; index: number; field: 'title' | 'tags' | 'name'; value: string; minutes: number }
  | { kind: 'plainEdit'; index: number; value: string; minutes: number }
  | { kind: 'delete'; collection: 'objectives' | 'keyResults' | 'kpis'; index: number; minutes: number }
  | { kind: 'checkIn' | 'kpiCheckIn'; index: number; value: number; minutes: number };

const BASE_TIME = Date.parse('2026-11-01T09:00:00.000Z');
const at = (minutes: number) => new Date(BASE_TIME + minutes * 60_000).toISOString();

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), collection: fc.constantFrom('objectives' as const, 'keyResults' as const), index: fc.nat(), field: fc.constantFrom('title' as const, 'tags' as const), value: fc.constantFrom('Alpha', 'Beta', 'Gamma'), minutes: fc.integer({ min: 0, max: 50 }) }),
  fc.record({ kind: fc.constant('edit' as const), collection: fc.constant('people' as const), index: fc.nat(), field: fc.constant('name' as const), value: fc.constantFrom('Ada', 'Grace'), minutes: fc.integer({ min: 0, max: 50 }) }),
  // An edit by a writer without field clocks (an import, an older version): only updatedAt
  // moves, at minute precision, so two copies often tie and the value decides.
  fc.record({ kind: fc.constant('plainEdit' as const), index: fc.nat(), value: fc.constantFrom('Alpha', 'Beta', 'Gamma'), minutes: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ kind: fc.constant('edit' as const), collection: fc.constant('kpis' as const), index: fc.nat(), field: fc.constant('name' as const), value: fc.constantFrom('Churn', 'Uptime'), minutes: fc.integer({ min: 0, max: 50 }) }),
  fc.record({ kind: fc.constant('delete' as const), collection: fc.constantFrom('objectives' as const, 'keyResults' as const, 'kpis' as const), index: fc.nat(), minutes: fc.integer({ min: 0, max: 50 }) }),
  fc.record({ kind: fc.constant('checkIn' as const), index: fc.nat(), value: fc.integer({ min: 0, max: 100 }), minutes: fc.integer({ min: 0, max: 50 }) }),
  fc.record({ kind: fc.constant('kpiCheckIn' as const), index: fc.nat(), value: fc.integer({ min: 0, max: 100 }), minutes: fc.integer({ min: 0, max: 50 }) }),
);
const TOMBSTONE_TYPE = { objectives: 'objective', keyResults: 'keyResult', kpis: 'kpi' } as const;

function apply(base: Workspace, device: string, ops: readonly Op[]): Workspace {
  const ws: Workspace = structuredClone(base);
  ops.forEach((o, n) => {
    const time = at(o.minutes);
    if (o.kind === 'edit') {
      const list = ws[o.collection] as unknown as Record<string, unknown>[];
      const record = list[o.index % Math.max(1, list.length)] as { updatedAt: string; fieldClocks?: Record<string, string> } & Record<string, unknown> | undefined;
      if (!record) return;
      record[o.field] = o.field === 'tags' ? [o.value] : o.value;
      record.fieldClocks = { ...record.fieldClocks, [o.field]: `${time}|${String(n).padStart(4, '0')}|${device}` };
      if (time > record.updatedAt) record.updatedAt = time;
    } else if (o.kind === 'plainEdit') {
      const record = ws.objectives[o.index % Math.max(1, ws.objectives.length)];
      if (!record || record.fieldClocks) return;
      Object.assign(record, { title: o.value, updatedAt: time > record.updatedAt ? time : record.updatedAt });
    } else if (o.kind === 'delete') {
      const list = ws[o.collection] as { id: string }[];
      const victim = list[o.index % Math.max(1, list.length)];
      if (!victim) return;
      list.splice(list.indexOf(victim), 1);
      ws.tombstones.push({ id: victim.id, type: TOMBSTONE_TYPE[o.collection], deletedAt: time });
    } else if (o.kind === 'kpiCheckIn') {
      const kpi = ws.kpis[o.index % Math.max(1, ws.kpis.length)];
      if (!kpi) return;
      ws.checkIns.push({ id: `${device}-ci-${n}`, targetType: 'kpi', targetId: kpi.id, time, value: o.value, status: 'on-track', authorId: ws.people[0]!.id, source: 'manual', updatedAt: time });
    } else {
      const kr = ws.keyResults[o.index % Math.max(1, ws.keyResults.length)];
      if (!kr) return;
      ws.checkIns.push({ id: `${device}-ci-${n}`, targetType: 'keyResult', targetId: kr.id, time, value: kr.kind === 'binary' ? o.value % 2 : o.value, status: 'on-track', authorId: ws.people[0]!.id, source: 'manual', updatedAt: time });
    }
  });
  return ws;
}

/** Two to four divergent copies of one generated workspace, with the device each came from. */
export const divergentCopies = workspaceArbitrary.chain((base) =>
  fc.array(fc.array(op, { maxLength: 8 }), { minLength: 2, maxLength: 4 }).map((perDevice) =>
    perDevice.map((ops, i) => ({ source: `device-${i}`, ws: apply(base, `device-${i}`, ops) })),
  ),
);
