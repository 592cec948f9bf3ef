// Bundled by store-in-chromium.test.ts and run in a real Chromium page: the store against
// Chrome's own IndexedDB, where fake-indexeddb could hide differences (durability, abort timing).
import { openOkrDb } from '../../core/store/open-store.ts';
import { openStore, storeOn } from '../../core/store/okr-store.ts';
import { checkIn, keyResult, objective, person, workspace } from '../builders.ts';

const link = { key: 'jira:acme.atlassian.net/PROJ-123', url: 'https://acme.atlassian.net/browse/PROJ-123', title: 'Checkout redesign' };

async function run() {
  const v1 = await openOkrDb({ name: 'migrate', version: 1 });
  await v1.put('keyResults', keyResult({ id: 'old-kr', objectiveId: 'o', ownerIds: ['grace'] }));
  v1.close();
  const migrated = storeOn(await openOkrDb({ name: 'migrate' }));
  const afterMigration = { version: migrated.db.version, byOwner: (await migrated.keyResultsByOwner('grace')).map((k) => k.id) };
  migrated.close();

  const store = await openStore({ name: 'atomic' });
  const ws = workspace({
    people: [person({ id: 'ada' })],
    objectives: [objective({ id: 'o1', ownerIds: ['ada'] })],
    keyResults: [keyResult({ id: 'k1', objectiveId: 'o1', ownerIds: ['ada'], links: [link] })],
    checkIns: [checkIn({ id: 'c1', targetId: 'k1', value: 25 })],
  });
  await store.write(ws, { durability: 'strict' });
  const second = { objectives: [objective({ id: 'o2' })], keyResults: [keyResult({ id: 'k2', objectiveId: 'o2', links: [link] })], checkIns: [checkIn({ id: 'c2', targetId: 'k2' }), checkIn({ id: 'c1', targetId: 'k2' })] };
  const refused = await store.write(second).then(() => 'written', (e: unknown) => (e instanceof Error ? e.message : String(e)));
  const loaded = await store.load();
  const linked = await store.okrsForLink(link.key);
  store.close();
  return {
    afterMigration,
    refused,
    objectives: loaded?.objectives.map((o) => o.id),
    checkIns: loaded?.checkIns.map((c) => c.id),
    linkedKeyResults: linked.keyResults.map((k) => k.id),
  };
}

Object.assign(globalThis, { storeHarness: { run } });
