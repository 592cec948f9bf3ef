import { describe, expect, it } from 'vitest';
import { openOkrDb } from '../../core/store/open-store.ts';
import { createBackground } from '../background/create-background.ts';
import { bundleOf, sampleWorkspace, valueOf } from '../background/test-kit.ts';
import { readWorkspaceSnapshot } from './read-snapshot.ts';

const names = async () => (await indexedDB.databases()).map((d) => d.name);

describe('readWorkspaceSnapshot', () => {
  it('reads what the background answered to workspace.json, until the next change', async () => {
    const name = 'read-snapshot-main';
    const bg = createBackground({ dbName: name, backupsDbName: 'read-snapshot-backups' });
    valueOf(await bg.call({ type: 'bundle.import', text: bundleOf(sampleWorkspace()), fileName: 'sample.okr.json' }));
    expect(await readWorkspaceSnapshot(name)).toBeUndefined();
    const text = valueOf(await bg.call({ type: 'workspace.json' }))!;
    await bg.snapshotted();
    expect(await readWorkspaceSnapshot(name)).toBe(text);
    valueOf(await bg.call({ type: 'checkIn.add', draft: { id: 'c-new', targetType: 'keyResult', targetId: 'k3', value: 7, status: 'behind', authorId: 'grace' } }));
    expect(await readWorkspaceSnapshot(name)).toBeUndefined();
  });

  it('never creates the database, nor opens one the background has not migrated yet', async () => {
    expect(await readWorkspaceSnapshot('never-made')).toBeUndefined();
    expect(await names()).not.toContain('never-made');
    (await openOkrDb({ name: 'old-one', version: 2 })).close();
    expect(await readWorkspaceSnapshot('old-one')).toBeUndefined();
    const db = await openOkrDb({ name: 'old-one' });
    expect(db.version).toBeGreaterThan(2);
    db.close();
  });
});
