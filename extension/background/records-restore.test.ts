import { describe, expect, it } from 'vitest';
import { errorOf, loadedBackground, valueOf } from './test-kit.ts';

describe('records.restore (undo of a delete)', () => {
  it('brings an objective back with its key results and initiatives, in one write, and drops their tombstones', async () => {
    const bg = await loadedBackground();
    const before = valueOf(await bg.call({ type: 'workspace.get' }))!;
    const deleted = valueOf(await bg.call({ type: 'objective.delete', id: 'o1' }));
    const ids = deleted.deleted.map((d) => d.id);
    const held = { objectives: before.objectives.filter((o) => ids.includes(o.id)), keyResults: before.keyResults.filter((k) => ids.includes(k.id)), initiatives: before.initiatives.filter((i) => ids.includes(i.id)) };
    bg.events.length = 0;
    const { restored } = valueOf(await bg.call({ type: 'records.restore', ...held }));
    expect(restored.sort()).toEqual([...ids].sort());
    const after = valueOf(await bg.call({ type: 'workspace.get' }))!;
    expect(after.objectives.find((o) => o.id === 'o1')?.title).toBe(before.objectives.find((o) => o.id === 'o1')?.title);
    expect(after.keyResults.filter((k) => k.objectiveId === 'o1').map((k) => k.id).sort()).toEqual(['k1', 'k2']);
    expect(after.tombstones).toEqual([]);
    expect(valueOf(await bg.call({ type: 'okrs.byLink', key: 'jira:acme.atlassian.net/GROW-1' })).keyResults.map((k) => k.id)).toEqual(['k1']);
    expect(bg.events.map((e) => [e.cause, e.scope])).toEqual([['records.restore', 'records']]);
  });

  it('refuses to overwrite a record that exists, and writes nothing', async () => {
    const bg = await loadedBackground();
    const ws = valueOf(await bg.call({ type: 'workspace.get' }))!;
    const error = errorOf(await bg.call({ type: 'records.restore', objectives: ws.objectives.slice(0, 1) }));
    expect(error.message).toBe('undo: objective "o1", field id: is already the id of an objective; nothing was changed');
    expect(bg.events).toEqual([]);
  });
});
