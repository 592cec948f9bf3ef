import { describe, expect, it } from 'vitest';
import type { Initiative, KeyResult, Objective } from '../../core/model/records.ts';
import { PINNED_NOW } from '../../test/setup/unit.ts';
import type { Draft } from '../messages/drafts.ts';
import { errorOf, loadedBackground, valueOf } from './test-kit.ts';

const NOW = PINNED_NOW.toISOString();
const objectiveDraft: Draft<Objective> = { title: 'Win the mid-market', periodId: '2026-q4', level: 'team', teamIds: ['growth'], ownerIds: ['ada'], parentIds: [], commitment: 'aspirational', tags: [], private: false, state: 'active' };
const keyResultDraft: Draft<KeyResult> = { objectiveId: 'o1', title: 'NPS from 30 to 45', ownerIds: ['ada'], kind: 'increase', start: 30, target: 45, weight: 1, links: [], tags: [], state: 'active' };
const initiativeDraft: Draft<Initiative> = { parentId: 'k1', parentType: 'keyResult', title: 'Interview 20 customers', ownerIds: ['grace'], status: 'not-started', links: [] };

describe('create', () => {
  it('stamps id and time, writes, and broadcasts the new id', async () => {
    const bg = await loadedBackground();
    const created = valueOf(await bg.call({ type: 'objective.create', draft: objectiveDraft }));
    expect(created).toEqual({ ...objectiveDraft, id: 'new-1', updatedAt: NOW });
    const kr = valueOf(await bg.call({ type: 'keyResult.create', draft: { ...keyResultDraft, objectiveId: created.id } }));
    const ini = valueOf(await bg.call({ type: 'initiative.create', draft: { ...initiativeDraft, id: 'mine', parentId: kr.id } }));
    expect(ini.id).toBe('mine');
    expect(valueOf(await bg.call({ type: 'okrs.byPeriod', periodId: '2026-q4' })).keyResults.map((k) => k.id)).toContain(kr.id);
    expect(bg.events.map((e) => [e.cause, e.scope, e.ids])).toEqual([
      ['objective.create', 'records', ['new-1']], ['keyResult.create', 'records', [kr.id]], ['initiative.create', 'records', ['mine']],
    ]);
    expect(bg.events[0]?.at).toBe(NOW);
  });

  it.each([
    ['objective.create', { ...objectiveDraft, periodId: 'nope' }, 'objectives: objective "new-1", field periodId: no period has id "nope"; nothing was changed'],
    ['objective.create', { ...objectiveDraft, level: 'galaxy' }, 'objectives: objective "new-1", field level: '],
    ['keyResult.create', { ...keyResultDraft, weight: -1 }, 'key results: keyResult "new-1", field weight: must be at least 0, got -1'],
    ['keyResult.create', { ...keyResultDraft, objectiveId: 'gone' }, 'key results: keyResult "new-1", field objectiveId: no objective has id "gone"'],
    ['keyResult.create', { ...keyResultDraft, id: 'o2' }, 'key results: keyResult "o2", field id: is already the id of an objective'],
    ['initiative.create', { ...initiativeDraft, parentId: 'k9' }, 'initiatives: initiative "new-1", field parentId: no key result has id "k9"'],
    ['initiative.create', { ...initiativeDraft, ownerIds: ['nobody'] }, 'initiatives: initiative "new-1", field ownerIds: no person has id "nobody"'],
  ] as const)('%s refuses bad input, naming record and field, and changes nothing', async (type, draft, message) => {
    const bg = await loadedBackground();
    const before = await (await bg.call({ type: 'workspace.summary' }));
    const error = errorOf(await bg.call({ type, draft } as never));
    expect(error.code).toBe('invalid');
    expect(error.message.startsWith(message)).toBe(true);
    expect(await bg.call({ type: 'workspace.summary' })).toEqual(before);
    expect(bg.events).toEqual([]);
  });
});

describe('update', () => {
  it('changes only the given fields, removes a field given null, and keeps the stamps of the others for merging', async () => {
    const bg = await loadedBackground();
    const updated = valueOf(await bg.call({ type: 'keyResult.update', id: 'k1', changes: { target: 50, unit: '%' } }));
    expect(updated).toMatchObject({ id: 'k1', target: 50, unit: '%', start: 20, updatedAt: NOW });
    expect(updated.fieldClocks).toMatchObject({ title: '2026-10-01T09:00:00.000Z', start: '2026-10-01T09:00:00.000Z' });
    expect(updated.fieldClocks).not.toHaveProperty('target');
    const cleared = valueOf(await bg.call({ type: 'keyResult.update', id: 'k1', changes: { unit: null } }));
    expect(cleared).not.toHaveProperty('unit');
    expect(bg.events.map((e) => e.ids)).toEqual([['k1'], ['k1']]);
  });

  it('refuses an unknown id and an invalid result, changing nothing', async () => {
    const bg = await loadedBackground();
    expect(errorOf(await bg.call({ type: 'objective.update', id: 'o9', changes: { title: 'x' } }))).toMatchObject({ code: 'not-found', message: 'objectives: no objective has id "o9"; nothing was changed' });
    const error = errorOf(await bg.call({ type: 'objective.update', id: 'o1', changes: { title: '' } }));
    expect(error.message).toMatch(/^objectives: objective "o1", field title: /);
    // Removing a required field is refused like any invalid value.
    expect(errorOf(await bg.call({ type: 'initiative.update', id: 'i1', changes: { status: null } })).message).toMatch(/^initiatives: initiative "i1", field status: /);
    const o1 = valueOf(await bg.call({ type: 'okrs.byPeriod', periodId: '2026-q4' })).objectives.find((o) => o.id === 'o1');
    expect(o1?.title).toBe('Customers love onboarding');
    expect(bg.events).toEqual([]);
  });
});

describe('delete', () => {
  it('removes one initiative without a backup', async () => {
    const bg = await loadedBackground();
    expect(valueOf(await bg.call({ type: 'initiative.delete', id: 'i2' }))).toEqual({ deleted: [{ type: 'initiative', id: 'i2' }], backupId: undefined });
    expect(valueOf(await bg.call({ type: 'backup.list' }))).toEqual([]); // the import into an empty browser needed none either
  });

  it('takes an objective’s key results and initiatives along, after a backup; check-ins stay', async () => {
    const bg = await loadedBackground();
    const result = valueOf(await bg.call({ type: 'objective.delete', id: 'o1' }));
    expect(result.deleted.map((d) => `${d.type}:${d.id}`).sort()).toEqual(['initiative:i1', 'initiative:i2', 'keyResult:k1', 'keyResult:k2', 'objective:o1']);
    expect(valueOf(await bg.call({ type: 'backup.list' }))[0]).toMatchObject({ id: result.backupId, reason: 'before delete', counts: { objectives: 2 } });
    const summary = valueOf(await bg.call({ type: 'workspace.summary' }));
    expect(summary.counts).toMatchObject({ objectives: 1, keyResults: 1, initiatives: 0, checkIns: 1 });
    expect(bg.events.at(-1)).toMatchObject({ cause: 'objective.delete', scope: 'records' });
    expect(errorOf(await bg.call({ type: 'objective.delete', id: 'o1' })).code).toBe('not-found');
  });
});
