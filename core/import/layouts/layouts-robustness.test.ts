import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyWorkspace } from '../../files/load-data-dir.ts';
import { importFiles } from '../import-files.ts';

const NOW = '2026-11-20T20:00:00.000Z';
// The pieces the newer layouts and cell forms are made of, so the generator reaches their readers.
const csvish = fc.array(fc.constantFrom('Issue key', 'Issue Type', 'Issue id', 'Summary', 'Parent', 'Epic', 'Story', 'Objective', 'Key Result',
  'Section/Column', 'Parent task', 'Name', 'KR1', 'KR1 Target', 'Key Result 2 Title', 'Week 1', 'W40', '5 Oct', '2026-10-05', 'Goal ID',
  'Parent Goal IDs', 'Goal Type', 'Currency', 'Due date', 'Period', 'FY27 Q1', 'Oct–Dec 2026', '46300', '05/Oct/26 3:04 PM', '13/1/2026',
  '2026-13-45', '1.23E+11', 'Doe, Jane', '0.45', '1.200 €', '🟢', 'G-1', ',', ';', '\n', '"', ' ', 'x'), { maxLength: 80 }).map((parts) => parts.join(''));

describe('hostile input to the newer layouts', () => {
  it('importFiles answers any such text with problems, never an exception', () => {
    fc.assert(fc.property(fc.array(csvish, { minLength: 1, maxLength: 3 }), fc.boolean(), (texts, withPeriod) => {
      const result = importFiles(texts.map((text, i) => ({ name: `f${i}.csv`, text })), emptyWorkspace('t', NOW), { now: NOW, ...(withPeriod ? { defaultPeriod: '2026 Q4' } : {}) });
      expect(typeof result.ok).toBe('boolean');
      if (!result.ok) expect(result.problems.some((p) => p.severity === 'error')).toBe(true);
    }), { numRuns: 500 });
  });

  // Whole tables: a header of real column names over rows of real-looking cells reaches every reader.
  const HEADERS = [
    ['Summary', 'Issue key', 'Issue id', 'Issue Type', 'Parent', 'Due date', 'Start value', 'Target value', 'Current value'],
    ['Name', 'Section/Column', 'Assignee', 'Due Date', 'Parent task', 'Start', 'Target', 'Current'],
    ['Objective', 'Owner', 'Quarter', 'KR1', 'KR1 Start', 'KR1 Target', 'KR2', 'KR2 Target'],
    ['Objective', 'Key Result', 'Period', 'Start', 'Target', 'Week 1', 'W41', '5 Oct', '2026-10-26'],
    ['Goal ID', 'Goal Name', 'Parent Goal IDs', 'Goal Type', 'Owners', 'Departments', 'Start Value', 'Target Value', 'Due Date'],
  ];
  const cell = fc.constantFrom('', 'OKR-1', 'OKR-2', '10001', 'Objective', 'Key Result', 'Epic', 'Story', 'Bug', 'G-1', 'G-2', 'G-1, G-2', 'Grow', 'Ship',
    'Q4 2026', 'FY27 Q1', 'Jul-Sep 26', 'Sprint 9', '0.45', '45%', '$1,200', '1.200 €', 'lots', '46300', '31/12/2026', '12/31/2026', '2026-13-45',
    '05/Oct/26 3:04 PM', 'Doe, Jane', 'a@x.example; b@x.example', 'Currency', 'Binary', 'Percentage', '1.23E+11', '"quoted, cell"');
  it('importFiles answers any table of the newer layouts with a plan or problems, never an exception', () => {
    fc.assert(fc.property(fc.constantFrom(...HEADERS), fc.array(fc.array(cell, { minLength: 9, maxLength: 9 }), { maxLength: 8 }), (header, rows) => {
      const text = [header.join(','), ...rows.map((r) => r.slice(0, header.length).map((c) => (c.includes(',') && !c.startsWith('"') ? `"${c}"` : c)).join(','))].join('\n');
      const result = importFiles([{ name: 'f.csv', text }], emptyWorkspace('t', NOW), { now: NOW });
      if (!result.ok) expect(result.problems.some((p) => p.severity === 'error')).toBe(true);
    }), { numRuns: 500 });
  });
});
