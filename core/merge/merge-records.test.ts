import { describe, expect, it } from 'vitest';
import { canonical, mergeRecord, type FieldConflict, type Source, type Versioned } from './merge-records.ts';

const T1 = '2026-11-01T09:00:00.000Z';
const T2 = '2026-11-02T09:00:00.000Z';
const T3 = '2026-11-03T09:00:00.000Z';
const T4 = '2026-11-04T09:00:00.000Z';
const T5 = '2026-11-05T09:00:00.000Z';

const merge = (versions: Source<Versioned>[]) => {
  const conflicts: FieldConflict[] = [];
  return { ...mergeRecord(versions, conflicts), conflicts };
};
const from = (source: string, record: Versioned): Source<Versioned> => ({ source, record });
const orders = <T>([a, b, c]: readonly [T, T, T]) => [[a, b, c], [a, c, b], [b, a, c], [b, c, a], [c, a, b], [c, b, a]];

describe('canonical', () => {
  it('writes object keys sorted at every depth and keeps array order, so equal values are equal text', () => {
    expect(canonical({ b: [{ y: 1, x: 2 }, 'z'], a: 'x' })).toBe('{"a":"x","b":[{"x":2,"y":1},"z"]}');
    expect(canonical({ rollup: { b: true, a: false }, n: 1 })).toBe(canonical({ n: 1, rollup: { a: false, b: true } }));
  });

  it('writes a missing value as the empty text, below every value', () => {
    expect(canonical(undefined)).toBe('');
  });
});

describe('mergeRecord', () => {
  it('keeps a field\'s own stamp only where it differs from updatedAt', () => {
    const a = from('a', { id: 'o', updatedAt: T2, title: 'From A', tags: ['x'] });
    const b = from('b', { id: 'o', updatedAt: T1, title: 'From B', tags: ['y'], fieldClocks: { tags: `${T3}|0000|b` } });
    expect(merge([a, b]).record).toStrictEqual({ id: 'o', title: 'From A', tags: ['y'], updatedAt: T2, fieldClocks: { tags: `${T3}|0000|b` } });
  });

  it('drops a field the newest version cleared instead of keeping it as undefined', () => {
    const { record } = merge([from('a', { id: 'o', updatedAt: T1, title: 'T', description: 'Old' }), from('b', { id: 'o', updatedAt: T2, title: 'T' })]);
    expect(record).toStrictEqual({ id: 'o', title: 'T', updatedAt: T2 });
    expect(Object.hasOwn(record, 'description')).toBe(false);
  });

  it('keeps the stamp of a field no version has any more, so a later value merged afterwards still wins', () => {
    const cleared = from('a', { id: 'o', updatedAt: T5, fieldClocks: { description: `${T3}|0000|a` } });
    const old = from('b', { id: 'o', updatedAt: T1 });
    const laterValue = from('c', { id: 'o', updatedAt: T1, description: 'Kept', fieldClocks: { description: `${T4}|0000|c` } });
    const first = merge([cleared, old]).record;
    expect(first.fieldClocks).toEqual({ description: `${T3}|0000|a` });
    const stepwise = merge([from('ab', first), laterValue]).record;
    expect(stepwise).toEqual(merge([cleared, old, laterValue]).record);
    expect(stepwise.description).toBe('Kept');
  });

  it('reports as latest a field stamp later than every updatedAt', () => {
    expect(merge([from('a', { id: 'o', updatedAt: T1, title: 'T', fieldClocks: { title: `${T4}|0000|a` } }), from('b', { id: 'o', updatedAt: T2, title: 'T' })]).latest).toBe(`${T4}|0000|a`);
    expect(merge([from('a', { id: 'o', updatedAt: T1 }), from('b', { id: 'o', updatedAt: T2 })]).latest).toBe(T2);
  });

  it('on equal stamps lets a value beat a missing one, whichever version comes first', () => {
    const withNote = from('a', { id: 'o', updatedAt: T1, title: 'T', description: 'Why' });
    const without = from('b', { id: 'o', updatedAt: T1, title: 'T' });
    for (const versions of [[withNote, without], [without, withNote]]) {
      const { record, conflicts } = merge(versions);
      expect(record.description).toBe('Why');
      expect(conflicts).toEqual([{ id: 'o', field: 'description', winner: { source: 'a', value: 'Why' }, others: [{ source: 'b', value: undefined }] }]);
    }
  });

  it('sees no conflict between equal values written with their keys in another order', () => {
    const a = from('a', { id: 'ws', updatedAt: T1, settings: { rollup: { includeInitiatives: false, includeChildObjectives: true }, multipleParents: false } });
    const b = from('b', { id: 'ws', updatedAt: T1, settings: { multipleParents: false, rollup: { includeChildObjectives: true, includeInitiatives: false } } });
    expect(merge([a, b]).conflicts).toEqual([]);
    expect(merge([b, a]).conflicts).toEqual([]);
  });

  it('writes fields in one order whatever order the versions list them in, so merged files diff well', () => {
    const a = from('a', { id: 'o', title: 'T', tags: ['x'], updatedAt: T1 });
    const b = from('b', { id: 'o', tags: ['x'], description: 'D', title: 'T', updatedAt: T1 });
    const texts = [[a, b], [b, a]].map((versions) => JSON.stringify(merge(versions).record));
    expect(texts).toEqual(Array(2).fill('{"id":"o","description":"D","tags":["x"],"title":"T","updatedAt":"2026-11-01T09:00:00.000Z"}'));
  });

  it('lists each losing value once per file, by file name', () => {
    const versions = [from('carol', { id: 'o', updatedAt: T1, title: 'Z' }), from('bob', { id: 'o', updatedAt: T1, title: 'Y' }), from('ada', { id: 'o', updatedAt: T2, title: 'X' }), from('bob', { id: 'o', updatedAt: T1, title: 'Y' })];
    for (const order of [versions, [...versions].reverse()]) {
      expect(merge(order).conflicts).toEqual([{ id: 'o', field: 'title', winner: { source: 'ada', value: 'X' }, others: [{ source: 'bob', value: 'Y' }, { source: 'carol', value: 'Z' }] }]);
    }
  });

  it('names the same winner in any order when two files carry the winning value', () => {
    const versions: readonly [Source<Versioned>, Source<Versioned>, Source<Versioned>] = [from('grace', { id: 'o', updatedAt: T2, title: 'Same' }), from('ada', { id: 'o', updatedAt: T2, title: 'Same' }), from('carol', { id: 'o', updatedAt: T1, title: 'Old' })];
    for (const order of orders(versions)) {
      expect(merge(order).conflicts).toEqual([{ id: 'o', field: 'title', winner: { source: 'ada', value: 'Same' }, others: [{ source: 'carol', value: 'Old' }] }]);
    }
  });

  it('merges versions with different ids (workspace infos of two teams) to the same id in any order', () => {
    const older = from('a', { id: 'team-b', updatedAt: T1, name: 'B' });
    const newer = from('b', { id: 'team-a', updatedAt: T2, name: 'A' });
    const newerB = from('b', { id: 'team-b', updatedAt: T2, name: 'B' });
    const olderA = from('a', { id: 'team-a', updatedAt: T1, name: 'A' });
    // The smaller id wins whether its team edited last or first.
    const pairs: [Source<Versioned>, Source<Versioned>][] = [[older, newer], [newerB, olderA]];
    for (const [x, y] of pairs) {
      expect(merge([x, y]).record.id).toBe('team-a');
      expect(merge([y, x]).record.id).toBe('team-a');
    }
  });
});
