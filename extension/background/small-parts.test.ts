import { describe, expect, it } from 'vitest';
import { openStore } from '../../core/store/okr-store.ts';
import { keyResult } from '../../test/builders.ts';
import { lazyStore } from './lazy-store.ts';
import { stampEdit } from './stamp-edit.ts';
import { writeQueue } from './write-queue.ts';

describe('stampEdit', () => {
  const old = { ...keyResult({ id: 'k', target: 40, title: 'Old' }), updatedAt: '2026-11-01T00:00:00.000Z', fieldClocks: { title: '2026-11-05T00:00:00.000Z' } };

  it('gives changed fields the new time and keeps the others’ stamps', () => {
    const next = stampEdit(old, { ...old, target: 50 }, new Date('2026-11-20T20:00:00.000Z'));
    expect(next.updatedAt).toBe('2026-11-20T20:00:00.000Z');
    expect(next.fieldClocks).toMatchObject({ title: '2026-11-05T00:00:00.000Z', start: '2026-11-01T00:00:00.000Z' });
    expect(next.fieldClocks).not.toHaveProperty('target');
  });

  it('still wins over the record it edits when this clock is behind', () => {
    const next = stampEdit(old, { ...old, target: 50 }, new Date('2026-10-01T00:00:00.000Z'));
    expect(next.updatedAt).toBe('2026-11-05T00:00:00.001Z');
  });
});

describe('writeQueue', () => {
  it('runs tasks one at a time, in order, and goes on after a failure', async () => {
    const enqueue = writeQueue();
    const log: string[] = [];
    const task = (name: string, fail = false) => async () => {
      log.push(`start ${name}`);
      await new Promise((r) => setTimeout(r, 5));
      log.push(`end ${name}`);
      if (fail) throw new Error(name);
      return name;
    };
    const results = await Promise.allSettled([enqueue(task('a')), enqueue(task('b', true)), enqueue(task('c'))]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });
});

describe('lazyStore', () => {
  it('opens once and reuses the connection, and tries again after a failed open', async () => {
    let opens = 0;
    const lazy = lazyStore(async () => {
      if (++opens === 1) throw new Error('disk full');
      return openStore({ name: 'lazy-store-test' });
    });
    await expect(lazy.get()).rejects.toThrow('disk full');
    const [a, b] = await Promise.all([lazy.get(), lazy.get()]);
    expect(a).toBe(b);
    expect(opens).toBe(2);
    await lazy.close();
    await lazy.get();
    expect(opens).toBe(3);
    await lazy.close();
  });
});
