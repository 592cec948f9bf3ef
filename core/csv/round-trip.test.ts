import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workspaceArbitrary } from '../../test/arbitraries/workspace.ts';
import { buildDemo } from '../../fixtures/demo/build-demo.ts';
import { importFiles } from '../import/import-files.ts';
import { formatProblem } from '../import/problems.ts';
import { validateWorkspace, describeIssue } from '../model/validate.ts';
import type { Workspace } from '../model/workspace.ts';
import { exportCsv } from './export-csv.ts';

const NOW = '2026-11-20T20:00:00.000Z';
const empty = (ws: Workspace): Workspace => ({ workspace: ws.workspace, people: [], teams: [], periods: [], objectives: [], keyResults: [], initiatives: [], checkIns: [], kpis: [], tombstones: [] });

function reimport(ws: Workspace, base: Workspace) {
  const csv = exportCsv(ws);
  const result = importFiles([{ name: 'items.csv', text: csv.items }, { name: 'check-ins.csv', text: csv.checkIns }, { name: 'kpis.csv', text: csv.kpis }], base, { now: NOW });
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return { csv, result };
}

describe('canonical CSV round trip', () => {
  it('generates valid workspaces', () => {
    fc.assert(fc.property(workspaceArbitrary, (ws) => {
      expect(validateWorkspace(ws).map(describeIssue)).toEqual([]);
    }), { numRuns: 100 });
  });

  it('export → import → export is byte-identical', () => {
    fc.assert(fc.property(workspaceArbitrary, (ws) => {
      const { csv, result } = reimport(ws, empty(ws));
      const again = exportCsv(result.result);
      expect(again.items).toBe(csv.items);
      expect(again.checkIns).toBe(csv.checkIns);
      expect(again.kpis).toBe(csv.kpis);
    }), { numRuns: 150 });
  });

  // git's line-ending normalisation (or an editor) rewrites every CRLF, as here. Generated text
  // holds no CR, so the rewrite touches only line ends, and a quoted "line one\nline two" stays.
  it.each([
    ['LF', '\n'],
    ['CR', '\r'],
  ])('export → %s line ends → import → export is byte-identical to the CRLF export', (_name, newline) => {
    fc.assert(fc.property(workspaceArbitrary, (ws) => {
      const csv = exportCsv(ws);
      const files = (['items', 'checkIns', 'kpis'] as const).map((k) => ({ name: `${k}.csv`, text: csv[k].replaceAll('\r\n', newline) }));
      const result = importFiles(files, empty(ws), { now: NOW });
      if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
      const again = exportCsv(result.result);
      expect(again.items).toBe(csv.items);
      expect(again.checkIns).toBe(csv.checkIns);
      expect(again.kpis).toBe(csv.kpis);
    }), { numRuns: 100 });
  });

  it('re-importing into the same workspace changes nothing', () => {
    fc.assert(fc.property(workspaceArbitrary, (ws) => {
      const first = reimport(ws, empty(ws)).result.result;
      const { result } = reimport(first, first);
      const changed = Object.values(result.summary).flatMap((o) => [...o.created, ...o.updated]);
      expect(changed).toEqual([]);
    }), { numRuns: 60 });
  });

  it('round-trips the demo company', () => {
    const demo = buildDemo();
    const { csv, result } = reimport(demo, empty(demo));
    expect(exportCsv(result.result)).toEqual(csv);
    expect(result.summary.checkIns.created).toHaveLength(168);
    expect(result.summary.kpis.created).toHaveLength(5);
    expect(result.summary.keyResults.created).toHaveLength(30);
  });
});
