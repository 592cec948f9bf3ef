import { describe, expect, it } from 'vitest';
import { checkIn, keyResult, objective, workspace } from '../../test/builders.ts';
import { checkInsFromCurrents, type CheckInContext } from './build-check-ins.ts';
import type { Provenance } from './import-plan.ts';
import { Resolver } from './resolver.ts';

const NOW = '2026-11-20T20:00:00.000Z';

describe('checkInsFromCurrents', () => {
  const obj = objective({ id: 'obj-1' });
  const kr = keyResult({ id: 'shared', objectiveId: obj.id, start: 0, target: 10 });
  const base = workspace({ objectives: [obj], keyResults: [kr] });
  const ctx = {
    keyResults: new Map([[kr.id, kr]]), objectives: new Map([[obj.id, obj]]), periods: () => base.periods, resolver: new Resolver(base, NOW),
    importedBy: () => 'importer', decimalComma: () => false, paceCache: new Map(), settings: base.workspace.settings,
  } satisfies CheckInContext;
  const current = { keyResultId: kr.id, value: 5, file: 'plan.csv', row: 2, column: 'Current' };

  it('compares a current value with the key result’s own check-ins, not those of an initiative that shares its id', () => {
    const initiativeCheckIn = checkIn({ id: 'ci-ini', targetType: 'initiative', targetId: 'shared', value: 5, time: '2026-11-01T10:00:00.000Z' });
    const out = checkInsFromCurrents([current], [initiativeCheckIn], ctx, NOW, new Map() satisfies Provenance);
    expect(out.map((c) => [c.id, c.targetType, c.targetId, c.value, c.time])).toEqual([['ci-import-shared-5', 'keyResult', 'shared', 5, NOW]]);
  });

  it('adds nothing when the key result’s latest value is already the current value', () => {
    const own = checkIn({ id: 'ci-kr', targetType: 'keyResult', targetId: 'shared', value: 5, time: '2026-11-01T10:00:00.000Z' });
    expect(checkInsFromCurrents([current], [own], ctx, NOW, new Map())).toEqual([]);
  });
});
