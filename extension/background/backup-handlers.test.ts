import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { readBundle } from '../../core/bundle/read-bundle.ts';
import type { Workspace } from '../../core/model/workspace.ts';
import { kpi } from '../../test/builders.ts';
import { backupStore, KEEP_BACKUPS, nextBackupId } from './backup-store.ts';
import { errorOf, loadedBackground, sampleWorkspace, testBackground, valueOf } from './test-kit.ts';

describe('backups', () => {
  it('are taken, listed newest first, restored (after a backup of the present), and downloaded', async () => {
    const bg = await loadedBackground();
    const first = valueOf(await bg.call({ type: 'backup.create' }));
    expect(first).toMatchObject({ reason: 'manual', workspaceName: 'Acme', counts: { objectives: 2, checkIns: 1 } });
    valueOf(await bg.call({ type: 'objective.delete', id: 'o2' }));
    const restored = valueOf(await bg.call({ type: 'backup.restore', id: first.id }));
    expect(restored).toMatchObject({ restored: { id: first.id }, counts: { objectives: 2 } });
    expect(valueOf(await bg.call({ type: 'workspace.summary' })).counts.objectives).toBe(2);
    expect(valueOf(await bg.call({ type: 'backup.list' })).map((b) => b.reason)).toEqual(['before restore', 'before delete', 'manual']);
    const file = valueOf(await bg.call({ type: 'backup.export', id: first.id }));
    expect(file.fileName).toBe('acme-backup-2026-11-20.okr.json');
    expect(readBundle(file.text, file.fileName).ok).toBe(true);
    expect(bg.events.map((e) => [e.cause, e.scope])).toEqual([['backup.create', 'backups'], ['objective.delete', 'records'], ['backup.restore', 'workspace']]);
  });

  it(`keep the last ${KEEP_BACKUPS}, even when the clock stands still`, async () => {
    const bg = await loadedBackground();
    const made = [];
    for (let i = 0; i < KEEP_BACKUPS + 3; i++) made.push(valueOf(await bg.call({ type: 'backup.create' })).id);
    const listed = valueOf(await bg.call({ type: 'backup.list' })).map((b) => b.id);
    expect(listed).toEqual(made.slice(-KEEP_BACKUPS).reverse());
    expect(errorOf(await bg.call({ type: 'backup.restore', id: made[0]! }))).toMatchObject({ code: 'not-found', feature: 'backups' });
  });

  it('refuse to back up nothing', async () => {
    expect(errorOf(await testBackground().call({ type: 'backup.create' })).message).toBe('backups: there is nothing to back up yet');
  });

  it('get ids that sort in the order taken', () => {
    expect(nextBackupId(undefined, '2026-11-20T20:00:00.000Z')).toBe('2026-11-20T20:00:00.000Z~000000');
    expect(nextBackupId('2026-11-20T20:00:00.000Z~000004', '2026-11-20T20:00:00.000Z')).toBe('2026-11-20T20:00:00.000Z~000005');
    expect(nextBackupId('2026-11-20T20:00:00.000Z~000004', '2026-11-20T19:00:00.000Z')).toBe('2026-11-20T20:00:00.000Z~000005');
    expect(nextBackupId('2026-11-20T20:00:00.000Z~000004', '2026-11-20T21:00:00.000Z')).toBe('2026-11-20T21:00:00.000Z~000000');
  });

  it('keep KPIs, and read a snapshot taken before KPIs existed as one without any', async () => {
    const store = backupStore('backups-kpi-test');
    const withKpi = { ...sampleWorkspace(), kpis: [kpi({ id: 'churn' })] };
    const { kpis: _none, ...older } = sampleWorkspace();
    const a = await store.save(withKpi, 'manual', new Date('2026-11-20T20:00:00.000Z'));
    // As an older version stored it: the same rows, with no `kpis` in the snapshot.
    const b = await store.save(sampleWorkspace(), 'manual', new Date('2026-11-20T20:01:00.000Z'));
    const raw = await openDB('backups-kpi-test');
    await raw.put('snapshot-data', { id: b.id, ws: older as Workspace });
    raw.close();
    expect(a.counts.kpis).toBe(1);
    expect((await store.workspace(a.id))?.kpis.map((k) => k.id)).toEqual(['churn']);
    expect((await store.workspace(b.id))?.kpis).toEqual([]);
    await store.close();
  });
});
