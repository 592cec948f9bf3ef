import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryOf } from '../../test/arbitraries/from-spec.ts';
import { checkIn, workspace } from '../../test/builders.ts';
import { canonicalTime, canonicalTimes } from './canonical-time.ts';
import { recordSpecs } from './records.ts';

describe('canonicalTime', () => {
  it('writes every valid time as UTC with milliseconds, and leaves invalid text for validation', () => {
    expect(canonicalTime('2026-11-10T09:00:00-08:00')).toBe('2026-11-10T17:00:00.000Z');
    expect(canonicalTime('2026-11-10T09:00Z')).toBe('2026-11-10T09:00:00.000Z');
    expect(canonicalTime('2026-11-10T09:00:30.5+05:30')).toBe('2026-11-10T03:30:30.500Z');
    expect(canonicalTime('2026-11-10T09:00:00.000Z')).toBe('2026-11-10T09:00:00.000Z');
    expect(canonicalTime('2026-11-10')).toBe('2026-11-10');
    expect(canonicalTime('yesterday')).toBe('yesterday');
  });

  it('makes text order the order of instants', () => {
    fc.assert(fc.property(arbitraryOf(recordSpecs.checkIn), arbitraryOf(recordSpecs.checkIn), (a, b) => {
      const [ca, cb] = [canonicalTime(a.time), canonicalTime(b.time)];
      expect(Math.sign(ca.localeCompare(cb))).toBe(Math.sign(Date.parse(a.time) - Date.parse(b.time)));
      expect(Date.parse(ca)).toBe(Date.parse(a.time));
    }));
  });
});

describe('canonicalTimes', () => {
  it('rewrites the time fields of every record and keeps the others, unchanged records not copied', () => {
    const odd = checkIn({ id: 'a', time: '2026-11-10T09:00-08:00', updatedAt: '2026-11-10T09:00:00-08:00' });
    const fine = checkIn({ id: 'b' });
    const ws = workspace({ checkIns: [odd, fine], tombstones: [{ id: 'x', type: 'objective', deletedAt: '2026-11-01T00:00+01:00' }] });
    ws.workspace = { ...ws.workspace, updatedAt: '2026-11-01T00:00:00+00:00' };
    const out = canonicalTimes(ws);
    expect(out.checkIns[0]).toEqual({ ...odd, time: '2026-11-10T17:00:00.000Z', updatedAt: '2026-11-10T17:00:00.000Z' });
    expect(out.checkIns[1]).toBe(fine);
    expect(out.tombstones[0]?.deletedAt).toBe('2026-10-31T23:00:00.000Z');
    expect(out.workspace.updatedAt).toBe('2026-11-01T00:00:00.000Z');
    expect(ws.checkIns[0]?.time).toBe('2026-11-10T09:00-08:00');
    expect(canonicalTimes({ checkIns: [null, 'x'] } as never)).toEqual({ checkIns: [null, 'x'] });
  });
});
