import { describe, expect, it } from 'vitest';
import { readBundle } from '../../core/bundle/read-bundle.ts';
import { objective } from '../../test/builders.ts';
import { PINNED_NOW } from '../../test/setup/unit.ts';
import { bundleOf, errorOf, loadedBackground, sampleWorkspace, testBackground, valueOf } from './test-kit.ts';

describe('import', () => {
  it('replaces the workspace all at once, after a backup of the one it replaces', async () => {
    const bg = await loadedBackground();
    const other = { ...sampleWorkspace(), objectives: [objective({ id: 'solo', ownerIds: ['ada'] })], keyResults: [], initiatives: [], checkIns: [] };
    const result = valueOf(await bg.call({ type: 'bundle.import', text: bundleOf(other), fileName: 'other.okr.json' }));
    expect(result.counts).toMatchObject({ objectives: 1, keyResults: 0, checkIns: 0 });
    expect(valueOf(await bg.call({ type: 'backup.list' }))).toMatchObject([{ id: result.backupId, reason: 'before import', counts: { objectives: 2 } }]);
    expect(valueOf(await bg.call({ type: 'okrs.byPeriod', periodId: '2026-q4' })).objectives.map((o) => o.id)).toEqual(['solo']);
    expect(bg.events).toMatchObject([{ cause: 'bundle.import', scope: 'workspace', ids: [] }]);
  });

  it('refuses a broken file, naming file, record and field, and changes nothing', async () => {
    const bg = await loadedBackground();
    const ws = sampleWorkspace();
    const bad = bundleOf({ ...ws, objectives: [{ ...ws.objectives[0]!, periodId: 'nope' }, ws.objectives[1]!] });
    const error = errorOf(await bg.call({ type: 'bundle.import', text: bad, fileName: 'team.okr.json' }));
    expect(error.message).toBe('import: team.okr.json: objective "o1", field periodId: no period has id "nope"; nothing was changed');
    expect(errorOf(await bg.call({ type: 'bundle.import', text: '{', fileName: 'x.okr.json' })).message).toMatch(/^import: x\.okr\.json: is not valid JSON/);
    expect(valueOf(await bg.call({ type: 'workspace.summary' })).counts.objectives).toBe(2);
    expect(bg.events).toEqual([]);
  });
});

describe('export', () => {
  it('gives a bundle that reads back, and remembers the date', async () => {
    const bg = await loadedBackground();
    const file = valueOf(await bg.call({ type: 'bundle.export', exportedBy: 'ada' }));
    expect(file.fileName).toBe('acme-2026-11-20.okr.json');
    const read = readBundle(file.text, file.fileName);
    expect(read.ok && [read.bundle.exportedBy, read.bundle.keyResults.length, read.bundle.checkIns.length]).toEqual(['ada', 3, 1]);
    expect(valueOf(await bg.call({ type: 'workspace.summary' })).lastExportAt).toBe(PINNED_NOW.toISOString());
    expect(bg.events).toMatchObject([{ cause: 'bundle.export', scope: 'last-export' }]);
    expect(errorOf(await testBackground().call({ type: 'bundle.export' })).message).toBe('export: there is nothing to export yet');
  });
});

describe('merge', () => {
  it('combines a teammate’s bundle, reports the conflicts, and keeps every check-in', async () => {
    const bg = await loadedBackground();
    valueOf(await bg.call({ type: 'keyResult.update', id: 'k1', changes: { target: 55 } })); // stamped 2026-11-20
    const ws = sampleWorkspace();
    const theirs = {
      ...ws,
      keyResults: ws.keyResults.map((k) => (k.id === 'k1' ? { ...k, target: 70, updatedAt: '2026-11-10T09:00:00.000Z' } : k)),
      checkIns: [...ws.checkIns, { ...ws.checkIns[0]!, id: 'c-theirs', value: 28 }],
    };
    const result = valueOf(await bg.call({ type: 'bundle.merge', text: bundleOf(theirs), fileName: 'grace.okr.json' }));
    expect(result.report.conflicts).toMatchObject([{ recordType: 'keyResult', id: 'k1', field: 'target', winner: { source: 'this browser', value: 55 } }]);
    expect(result.counts.checkIns).toBe(2);
    expect(valueOf(await bg.call({ type: 'backup.list' }))[0]).toMatchObject({ id: result.backupId, reason: 'before merge' });
    expect(bg.events.at(-1)).toMatchObject({ cause: 'bundle.merge', scope: 'workspace' });
  });

  it('refuses a file that is not a bundle and changes nothing', async () => {
    const bg = await loadedBackground();
    const error = errorOf(await bg.call({ type: 'bundle.merge', text: '{"format":"csv"}', fileName: 'plan.json' }));
    expect(error).toMatchObject({ feature: 'merge', code: 'invalid', message: 'merge: plan.json: is a "csv" file, not an OKR Lens bundle; nothing was changed' });
    expect(valueOf(await bg.call({ type: 'backup.list' }))).toEqual([]);
    expect(bg.events).toEqual([]);
  });
});

describe('merge: assigned to you', () => {
  it('names the key results whose check-in owner became me, and only those', async () => {
    const bg = await loadedBackground();
    valueOf(await bg.call({ type: 'me.set', personId: 'ada' }));
    const ws = sampleWorkspace();
    const later = '2026-11-19T09:00:00.000Z';
    const theirs = { ...ws, keyResults: ws.keyResults.map((k) => (k.id === 'k3' ? { ...k, checkInOwnerId: 'ada', updatedAt: later } : k)) };
    const result = valueOf(await bg.call({ type: 'bundle.merge', text: bundleOf(theirs), fileName: 'grace.okr.json' }));
    expect(result.assignedToMe).toEqual([{ id: 'k3', title: ws.keyResults[2]!.title }]);
    const again = valueOf(await bg.call({ type: 'bundle.merge', text: bundleOf(theirs), fileName: 'grace.okr.json' }));
    expect(again.assignedToMe).toEqual([]);
  });
});
