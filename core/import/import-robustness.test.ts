import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBundle } from '../bundle/read-bundle.ts';
import { emptyWorkspace } from '../files/load-data-dir.ts';
import { mergeWorkspaces } from '../merge/merge-workspaces.ts';
import { importFiles } from './import-files.ts';

const NOW = '2026-11-20T20:00:00.000Z';
// Text built from the pieces spreadsheets are made of, so the generator reaches real parsing paths.
const csvish = fc.array(fc.constantFrom('Objective', 'Key Result', 'Type', 'Parent', 'Row ID', 'Order', 'Main', 'L1', 'Date', 'Value', 'Owner', 'Period',
  'Q3 2026', '1', '1.1', '45%', '$10M', '1.234,5', 'x@y.z', ',', ';', '\t', '\n', '\r\n', '"', '""', ' ', '=A1', "'", '\uFEFF', 'é'), { maxLength: 60 }).map((parts) => parts.join(''));

describe('hostile input', () => {
  it('importFiles answers any text with problems, never an exception', () => {
    fc.assert(fc.property(fc.array(csvish, { minLength: 1, maxLength: 3 }), (texts) => {
      const result = importFiles(texts.map((text, i) => ({ name: `f${i}.csv`, text })), emptyWorkspace('t', NOW), { now: NOW });
      expect(typeof result.ok).toBe('boolean');
      if (!result.ok) expect(result.problems.some((p) => p.severity === 'error')).toBe(true);
    }), { numRuns: 500 });
  });

  it('readBundle answers any JSON with errors, never an exception, and what it accepts merges', () => {
    const shape = fc.record({ format: fc.constantFrom('okr-lens-bundle', 'other'), version: fc.constantFrom(1, 2, '1'), workspace: fc.jsonValue(),
      people: fc.jsonValue(), teams: fc.array(fc.jsonValue()), periods: fc.jsonValue(), objectives: fc.array(fc.jsonValue()),
      keyResults: fc.jsonValue(), initiatives: fc.jsonValue(), checkIns: fc.array(fc.jsonValue()), tombstones: fc.jsonValue() }, { requiredKeys: ['format', 'version'] });
    fc.assert(fc.property(shape, (doc) => {
      const read = readBundle(JSON.stringify(doc), 'x.okr.json');
      if (read.ok) expect(() => mergeWorkspaces([{ source: 'x', ws: read.bundle }], new Date(NOW))).not.toThrow();
      else expect(read.errors.length).toBeGreaterThan(0);
    }), { numRuns: 500 });
  });
});
