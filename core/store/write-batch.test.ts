import { describe, expect, it } from 'vitest';
import { checkIn, keyResult, objective, workspace } from '../../test/builders.ts';
import { openStore } from './okr-store.ts';

let n = 0;
const freshStore = () => openStore({ name: `replace-test-${++n}` });
const link = { key: 'github:acme/web#1', url: 'https://github.com/acme/web/issues/1' };

describe('OkrStore.replace', () => {
  it('swaps the whole workspace in one go and keeps the last export date', async () => {
    const store = await freshStore();
    await store.write(workspace({ objectives: [objective({ id: 'old' })], keyResults: [keyResult({ id: 'old-kr', objectiveId: 'old', links: [link] })], checkIns: [checkIn({ id: 'c-old' })] }));
    await store.setLastExportAt('2026-11-19T10:00:00.000Z');
    await store.replace(workspace({ objectives: [objective({ id: 'new' })], checkIns: [checkIn({ id: 'c-new' })] }));
    const loaded = await store.load();
    expect(loaded?.objectives.map((o) => o.id)).toEqual(['new']);
    expect(loaded?.keyResults).toEqual([]);
    expect(loaded?.checkIns.map((c) => c.id)).toEqual(['c-new']);
    expect((await store.okrsForLink(link.key)).links).toEqual([]);
    expect(await store.lastExportAt()).toBe('2026-11-19T10:00:00.000Z');
  });

  it('leaves the old workspace whole when the new one cannot be written', async () => {
    const store = await freshStore();
    await store.write(workspace({ objectives: [objective({ id: 'old' })] }));
    // Two check-ins with one id: `add` refuses the second after the clears were queued.
    const clash = workspace({ objectives: [objective({ id: 'new' })], checkIns: [checkIn({ id: 'same' }), checkIn({ id: 'same' })] });
    await expect(store.replace(clash)).rejects.toThrow(/nothing was changed/);
    expect((await store.load())?.objectives.map((o) => o.id)).toEqual(['old']);
  });
});

describe('OkrStore.write with newIds', () => {
  it('writes the links of records it is told are new, and still replaces the links of the others', async () => {
    const store = await freshStore();
    const other = { key: 'github:acme/web#2', url: 'https://github.com/acme/web/issues/2' };
    await store.write(workspace({ objectives: [objective({ id: 'o' })], keyResults: [keyResult({ id: 'old', objectiveId: 'o', links: [link] })] }));
    await store.write({ keyResults: [keyResult({ id: 'new', objectiveId: 'o', links: [other] }), keyResult({ id: 'old', objectiveId: 'o', links: [] })] }, { newIds: new Set(['new']) });
    expect((await store.okrsForLink(other.key)).keyResults.map((k) => k.id)).toEqual(['new']);
    expect((await store.okrsForLink(link.key)).links).toEqual([]);
  });
});
