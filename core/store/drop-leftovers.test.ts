import { describe, expect, it } from 'vitest';
import { openStore } from './okr-store.ts';

describe('dropLeftovers', () => {
  it('removes the snapshot rows and data version older versions kept in meta, and nothing else', async () => {
    const store = await openStore({ name: 'drop-leftovers' });
    await store.db.put('meta', { key: 'dataVersion', value: 'v1' });
    await store.db.put('meta', { key: 'snapshot:3:v1', value: '{"big":true}' });
    await store.setMe('ada');
    await store.dropLeftovers();
    expect(await store.db.getAllKeys('meta')).toEqual(['me']);
    store.close();
  });
});
