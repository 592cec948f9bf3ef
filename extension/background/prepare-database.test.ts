import { describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../core/store/migrations.ts';
import { openOkrDb } from '../../core/store/open-store.ts';
import { keyResult } from '../../test/builders.ts';
import { createBackground } from './create-background.ts';
import { requestPersistence } from './persistence.ts';
import { loadedBackground, valueOf } from './test-kit.ts';

describe('preparing the database at install and update', () => {
  it('migrates an older database to the latest version, keeping its records', async () => {
    const old = await openOkrDb({ name: 'prepare-old', version: 1 });
    await old.put('keyResults', keyResult({ id: 'k-old', ownerIds: ['ada'] }));
    old.close();
    const bg = createBackground({ dbName: 'prepare-old', backupsDbName: 'prepare-old-backups' });
    expect(await bg.prepare()).toMatchObject({ version: LATEST_VERSION });
    expect(valueOf(await bg.call({ type: 'okrs.byOwner', personId: 'ada' })).keyResults.map((k) => k.id)).toEqual(['k-old']);
    await bg.close();
  });

  it('reuses the open connection and leaves the data as it was', async () => {
    const bg = await loadedBackground();
    const before = valueOf(await bg.call({ type: 'workspace.summary' }));
    await bg.prepare();
    expect(valueOf(await bg.call({ type: 'workspace.summary' }))).toEqual(before);
  });

  it('asks for persistent storage where it can, and reads the answer where it cannot', async () => {
    expect(await requestPersistence({ persist: async () => true, persisted: async () => false })).toBe(true);
    expect(await requestPersistence({ persisted: async () => false })).toBe(false); // Chrome's service worker
    expect(await requestPersistence(undefined)).toBeUndefined();
    expect(await requestPersistence({ persist: () => Promise.reject(new TypeError('opaque origin')) })).toBeUndefined();
  });
});
