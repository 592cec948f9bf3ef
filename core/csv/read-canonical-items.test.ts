import { describe, expect, it } from 'vitest';
import { emptyWorkspace } from '../files/load-data-dir.ts';
import { Resolver } from '../import/resolver.ts';
import { ITEM_COLUMNS } from './canonical-columns.ts';
import { readCanonicalItems } from './read-canonical-items.ts';

const NOW = '2026-11-20T20:00:00.000Z';
const row = (cells: Partial<Record<(typeof ITEM_COLUMNS)[number], string>>) => ITEM_COLUMNS.map((c) => cells[c] ?? '');

describe('readCanonicalItems', () => {
  // Bundles are written in the records' key order: it must not depend on how a record is built.
  it('builds records with every optional field, in the same key order as always', () => {
    const rows = [
      [...ITEM_COLUMNS],
      row({ id: 'o1', type: 'objective', title: 'Grow', description: 'why', period: '2026 Q3', level: 'org', teams: 'Core', owners: 'ada@example.com',
        'check-in owner': 'ada@example.com', commitment: 'committed', tags: 'a; b', private: 'no', state: 'active', score: '0.7', 'closing note': 'done' }),
      row({ id: 'k1', type: 'key result', 'parent ids': 'o1', title: 'Users', owners: 'ada@example.com', 'check-in owner': 'ada@example.com', kind: 'increase',
        start: '1', target: '10', current: '4', unit: 'users', weight: '2', tags: 't', state: 'active', score: '0.5', links: 'https://example.com/x' }),
      row({ id: 'i1', type: 'initiative', 'parent ids': 'k1', title: 'Ship', owners: 'ada@example.com', state: 'done', current: '0.5' }),
    ];
    const read = readCanonicalItems(rows, 'items.csv', new Resolver(emptyWorkspace('w', NOW), NOW), NOW);
    expect(read.problems).toEqual([]);
    const [o] = read.incoming.objectives!;
    const [k] = read.incoming.keyResults!;
    const [i] = read.incoming.initiatives!;
    expect(Object.keys(o!)).toEqual(['id', 'title', 'description', 'periodId', 'level', 'teamIds', 'ownerIds', 'checkInOwnerId', 'parentIds', 'commitment', 'tags', 'private', 'state', 'score', 'closingNote', 'updatedAt']);
    expect(Object.keys(k!)).toEqual(['id', 'objectiveId', 'title', 'ownerIds', 'checkInOwnerId', 'kind', 'start', 'target', 'unit', 'weight', 'links', 'tags', 'state', 'score', 'updatedAt']);
    expect(Object.keys(i!)).toEqual(['id', 'parentId', 'parentType', 'title', 'ownerIds', 'status', 'progress', 'links', 'updatedAt']);
    expect(o).toMatchObject({ description: 'why', tags: ['a', 'b'], score: 0.7, closingNote: 'done', private: false, parentIds: [] });
    expect(k).toMatchObject({ objectiveId: 'o1', start: 1, target: 10, unit: 'users', weight: 2, score: 0.5, links: [{ url: 'https://example.com/x' }] });
    expect(i).toMatchObject({ parentType: 'keyResult', progress: 0.5 });
    expect(read.currents).toEqual([{ id: 'k1', value: 4, row: 3 }]);
  });

  it('leaves optional fields out when their cells are empty', () => {
    const rows = [[...ITEM_COLUMNS], row({ id: 'o1', type: 'objective', title: 'Grow', period: '2026 Q3', level: 'org', commitment: 'committed', private: '', state: 'active' }),
      row({ id: 'k1', type: 'kr', 'parent ids': 'o1', title: 'Users', kind: 'milestone', state: 'active' })];
    const read = readCanonicalItems(rows, 'items.csv', new Resolver(emptyWorkspace('w', NOW), NOW), NOW);
    expect(Object.keys(read.incoming.objectives![0]!)).toEqual(['id', 'title', 'periodId', 'level', 'teamIds', 'ownerIds', 'parentIds', 'commitment', 'tags', 'private', 'state', 'updatedAt']);
    expect(Object.keys(read.incoming.keyResults![0]!)).toEqual(['id', 'objectiveId', 'title', 'ownerIds', 'kind', 'weight', 'links', 'tags', 'state', 'updatedAt']);
  });
});
