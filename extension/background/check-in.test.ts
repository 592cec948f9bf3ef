import { describe, expect, it } from 'vitest';
import { PINNED_NOW } from '../../test/setup/unit.ts';
import { errorOf, loadedBackground, valueOf } from './test-kit.ts';

const draft = { targetType: 'keyResult', targetId: 'k1', value: 31, status: 'on-track', authorId: 'ada', note: 'Pricing test shipped' } as const;

describe('check in', () => {
  it('appends a check-in, defaulting time to now and source to manual', async () => {
    const bg = await loadedBackground();
    const added = valueOf(await bg.call({ type: 'checkIn.add', draft }));
    expect(added).toEqual({ ...draft, id: 'new-1', time: PINNED_NOW.toISOString(), source: 'manual', updatedAt: PINNED_NOW.toISOString() });
    expect(valueOf(await bg.call({ type: 'checkIns.forTarget', targetId: 'k1' })).map((c) => c.value)).toEqual([25, 31]);
    expect(bg.events).toMatchObject([{ type: 'changed', cause: 'checkIn.add', scope: 'records', ids: ['new-1'] }]);
  });

  it.each([
    [{ ...draft, status: 'great' }, 'check-in: checkIn "new-1", field status: '],
    [{ ...draft, targetId: 'k9' }, 'check-in: checkIn "new-1", field targetId: no key result has id "k9"'],
    [{ ...draft, targetId: 'k2', value: 3 }, 'check-in: checkIn "new-1", field value: must be 0 or 1 for a done / not done key result, got 3'],
    [{ ...draft, authorId: 'mallory' }, 'check-in: checkIn "new-1", field authorId: no person has id "mallory"'],
    [{ ...draft, id: 'c1' }, 'check-in: checkIn "c1", field id: is already the id of a check-in; check-ins are never overwritten'],
  ] as const)('refuses %j and changes nothing', async (bad, message) => {
    const bg = await loadedBackground();
    const error = errorOf(await bg.call({ type: 'checkIn.add', draft: bad as never }));
    expect(error).toMatchObject({ feature: 'check-in', code: 'invalid' });
    expect(error.message.startsWith(message)).toBe(true);
    expect(error.details?.length).toBeGreaterThan(0);
    expect(valueOf(await bg.call({ type: 'workspace.summary' })).counts.checkIns).toBe(1);
    expect(bg.events).toEqual([]);
  });

  it('lands five check-ins sent at the same moment, each once, each broadcast', async () => {
    const bg = await loadedBackground();
    const results = await Promise.all([1, 2, 3, 4, 5].map((i) => bg.call({ type: 'checkIn.add', draft: { ...draft, id: `tab-${i}`, value: 30 + i } })));
    expect(results.every((r) => r.ok)).toBe(true);
    const stored = valueOf(await bg.call({ type: 'checkIns.forTarget', targetId: 'k1' }));
    expect(stored.map((c) => c.id).sort()).toEqual(['c1', 'tab-1', 'tab-2', 'tab-3', 'tab-4', 'tab-5']);
    expect(bg.events.flatMap((e) => e.ids).sort()).toEqual(['tab-1', 'tab-2', 'tab-3', 'tab-4', 'tab-5']);
  });

  it('keeps both of two edits to one record made at the same moment', async () => {
    const bg = await loadedBackground();
    // Each update reads, then writes: without the write queue the second would undo the first.
    const [a, b] = await Promise.all([
      bg.call({ type: 'keyResult.update', id: 'k1', changes: { target: 60 } }),
      bg.call({ type: 'keyResult.update', id: 'k1', changes: { title: 'Activation to 60 %' } }),
    ]);
    expect(a.ok && b.ok).toBe(true);
    const k1 = valueOf(await bg.call({ type: 'okrs.byTeam', teamId: 'growth' })).keyResults.find((k) => k.id === 'k1');
    expect(k1).toMatchObject({ target: 60, title: 'Activation to 60 %' });
  });
});
