import { describe, expect, it } from 'vitest';
import { exportCsv } from '../csv/export-csv.ts';
import { keyResult, objective, workspace } from '../../test/builders.ts';
import { importFiles, type ImportResult } from './import-files.ts';
import { formatProblem } from './problems.ts';

const NOW = '2026-11-20T20:00:00.000Z';
const run = (files: Record<string, string>, base = workspace({ periods: [] })) =>
  importFiles(Object.entries(files).map(([name, text]) => ({ name, text })), base, { now: NOW });
const krs = (r: ImportResult) => r.result.keyResults.map((k) => [k.title, k.kind, k.start, k.target]);
const problems = (r: ImportResult) => r.problems.map(formatProblem);

describe('a metric key result a foreign file gives no start', () => {
  it('takes no current value that already reaches the target, naming the start column the file has', () => {
    const r = run({ 'plan.csv': 'Objective,Key Result,Quarter,Baseline,Target,Current,Kind\nGrow,Signed pilots,Q4 2026,,3,3,Increase\nGrow,Churn,Q4 2026,,2,1.5,Decrease\n' });
    expect(r.ok).toBe(true);
    expect(krs(r)).toEqual([['Signed pilots', 'increase', undefined, 3], ['Churn', 'decrease', undefined, 2]]);
    expect(problems(r)).toEqual([
      'plan.csv, row 2, column "Baseline": warning: no start value; the current value (3) already reaches the target (3) of this increasing key result, so it cannot be the start: add a start value',
      'plan.csv, row 3, column "Baseline": warning: no start value; the current value (1.5) already reaches the target (2) of this decreasing key result, so it cannot be the start: add a start value',
    ]);
  });

  it('keeps an inferred kind, and says a kind would help when the current value is past the target', () => {
    const r = run({ 'plan.csv': 'Objective,Key Result,Quarter,Target,Current\nRun reliably,Monthly uptime,Q4 2026,99.9,99.95\nRun reliably,Customers,Q4 2026,100,40\n' });
    expect(r.ok).toBe(true);
    expect(krs(r)).toEqual([['Monthly uptime', 'increase', undefined, 99.9], ['Customers', 'increase', 40, 100]]);
    expect(problems(r)).toEqual([
      'plan.csv, row 2, column "Start": warning: no start value; the current value (99.95) already reaches the target (99.9) of this increasing key result (no kind given), so it cannot be the start: add a start value or a kind',
      'plan.csv, row 3, column "Start": warning: no start value; took the current value (40) as the start',
    ]);
  });

  it('takes the earliest check-in that has a value, before the current value, and a bare date reads as a date', () => {
    const r = run({
      'plan.csv': 'Objective,Key Result,Quarter,Start,Target,Current,Type\nKeep customers,Churn,Q4 2026,,2,4,Decrease\nKeep customers,Tickets,Q4 2026,,10,12,Decrease\n',
      'log.csv': 'Key Result,Date,Value,Note\nChurn,10/19/2026,4.5,\nChurn,10/01/2026,,kick-off: no number yet\nChurn,10/05/2026,5,\nTickets,10/05/2026,9,already there\n',
    });
    expect(r.ok).toBe(true);
    expect(krs(r)).toEqual([['Churn', 'decrease', 5, 2], ['Tickets', 'decrease', undefined, 10]]);
    expect(problems(r)).toEqual([
      'plan.csv, row 2, column "Start": warning: no start value; took the first check-in (5 on 2026-10-05) as the start',
      'plan.csv, row 3, column "Start": warning: no start value; the first check-in (9 on 2026-10-05) already reaches the target (10) of this decreasing key result, so it cannot be the start: add a start value',
    ]);
  });

  it('leaves our own items file as written: no start taken, no warning', () => {
    const obj = objective({ id: 'obj-1' });
    const ws = workspace({ objectives: [obj], keyResults: [keyResult({ id: 'kr-1', objectiveId: obj.id, kind: 'decrease', start: undefined, target: 2 })] });
    const items = exportCsv(ws).items.replace(/(kr-1,key result,obj-1,(?:[^,]*,){12})(\d*),/, '$15,');
    expect(items).toContain(',decrease,,2,5,');
    const r = run({ 'okr-items.csv': items }, workspace());
    expect(r.ok).toBe(true);
    expect(r.result.keyResults.map((k) => [k.id, k.start])).toEqual([['kr-1', undefined]]);
    expect(r.result.checkIns.map((c) => [c.targetId, c.value])).toEqual([['kr-1', 5]]);
    expect(r.problems).toEqual([]);
  });
});
