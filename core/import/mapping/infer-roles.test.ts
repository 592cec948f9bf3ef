import { describe, expect, it } from 'vitest';
import { inferRoles } from './infer-roles.ts';

const roleOf = (header: string[], rows: string[][], index: number) => inferRoles(header, rows).columns[index]!;
const column = (values: string[]) => values.map((v) => ['Some title that is long enough', v]);

describe('inferRoles: ambiguous headers are settled by their values', () => {
  for (const header of ['Entity', 'Type', 'Level', 'Scope', 'Group']) {
    it(`${header} holding team names is the team`, () => {
      const c = roleOf(['Title', header], column(['Growth', 'Platform', 'Growth', 'Customer Success']), 1);
      expect(c).toMatchObject({ role: 'team', index: 1, header });
      expect(c.confidence).toBeGreaterThanOrEqual(0.6);
    });
    it(`${header} holding Objective / Key Result / Task is the type`, () => {
      expect(roleOf(['Title', header], column(['Objective', 'Key Result', 'Task', 'Key Result']), 1)).toMatchObject({ role: 'type', confidence: 0.95 });
    });
  }

  it('a Type of measure kinds is the kind, a Group of periods is the period', () => {
    expect(roleOf(['Title', 'Type'], column(['Increase', 'Yes/No', 'Decrease']), 1).role).toBe('kind');
    expect(roleOf(['Title', 'Group'], column(['Q3 2026', '2026 Q4', 'H1 2027']), 1).role).toBe('period');
  });

  it('reads the row types from the type column, tracker words included', () => {
    const m = inferRoles(['Summary', 'Issue Type'], column(['Objective', 'Epic', 'Story', 'Key Result', 'Sub-task']).map(([a, b]) => [a!, b!]));
    expect(m.columns[1]!.role).toBe('type');
    expect(m.rowTypes).toEqual({ objective: ['Objective'], keyResult: ['Key Result'], initiative: ['Epic', 'Story', 'Sub-task'] });
  });
});

describe('inferRoles: duplicate headers are kept apart by index', () => {
  it('two Name columns: titles and people', () => {
    const m = inferRoles(['Name', 'Name'], [['Grow revenue in Europe', 'Maya Chen'], ['Hire two account managers', 'Noor Haddad']]);
    expect(m.columns.map((c) => [c.index, c.header, c.role])).toEqual([[0, 'Name', 'title'], [1, 'Name', 'owner']]);
  });

  it('two Target columns: amounts and dates', () => {
    const m = inferRoles(['Title', 'Target', 'Target'], [['A', '45', '30/06/2027'], ['B', '12', '15/06/2027']]);
    expect(m.columns.map((c) => c.role)).toEqual(['title', 'target', 'due']);
  });

  it('the surer column keeps the role, the other is left unplaced when its values say nothing else', () => {
    const m = inferRoles(['Owner', 'Owner'], [['ada@example.com', 'x1'], ['grace@example.com', 'x2']]);
    expect(m.columns[0]).toMatchObject({ role: 'owner' });
    expect(m.columns[1]).toMatchObject({ role: 'ignore', why: 'column 1 ("Owner") is already the owner' });
    expect(m.columns[1]!.confidence).toBeLessThan(0.6);
  });
});

describe('inferRoles: values alone', () => {
  it('place emails, periods, statuses and item types, and leave bare numbers unplaced', () => {
    const rows = [['ada@example.com', 'Q3 2026', 'On track', 'Objective', '12'], ['grace@example.com', 'Q4 2026', 'At risk', 'Key Result', '40']];
    const m = inferRoles(['a', 'b', 'c', 'd', 'e'], rows);
    expect(m.columns.map((c) => c.role)).toEqual(['owner', 'period', 'status', 'type', 'ignore']);
    expect(m.columns[4]!.confidence).toBeLessThan(0.6);
    expect(m.columns[4]!.why).toBe('values are numbers: start, target or current?');
  });

  it('an empty column is placed as ignored, with full confidence', () => {
    expect(roleOf(['Title', 'Spare'], [['A', ''], ['B', ' ']], 1)).toMatchObject({ role: 'ignore', confidence: 1 });
  });

  it('a header keeps its field when some values do not fit: each bad cell is reported later', () => {
    expect(roleOf(['Title', 'Start'], [['A', 'zero'], ['B', 'ten']], 1)).toMatchObject({ role: 'start', confidence: 0.6 });
  });
});
