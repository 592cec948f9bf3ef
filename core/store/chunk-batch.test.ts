import { describe, expect, it } from 'vitest';
import { checkIn, keyResult, objective, person } from '../../test/builders.ts';
import { chunkBatch, joinBatches } from './chunk-batch.ts';
import type { RecordBatch } from './record-batch.ts';

const count = (b: RecordBatch) => Object.entries(b).reduce((n, [k, v]) => n + (k === 'workspace' ? 0 : (v as unknown[]).length), 0);

describe('chunkBatch', () => {
  const batch: RecordBatch = {
    people: [person({ id: 'p1' })],
    objectives: Array.from({ length: 5 }, (_, i) => objective({ id: `o${i}` })),
    keyResults: Array.from({ length: 7 }, (_, i) => keyResult({ id: `k${i}` })),
    checkIns: [checkIn({ id: 'c1' })],
  };

  it('cuts parts of at most `size` records that join back to the batch', () => {
    const parts = chunkBatch(batch, 4);
    expect(parts.map(count)).toEqual([4, 4, 4, 2]);
    expect(joinBatches(parts)).toEqual(batch);
  });

  it('gives one part for a small batch and for an empty one', () => {
    expect(chunkBatch(batch, 100)).toEqual([batch]);
    expect(chunkBatch({}, 3)).toEqual([{}]);
  });

  it('refuses a size below one', () => {
    expect(() => chunkBatch(batch, 0)).toThrow(/at least 1/);
  });
});
