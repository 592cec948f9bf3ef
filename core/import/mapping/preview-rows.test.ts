import { describe, expect, it } from 'vitest';
import { inferRoles } from './infer-roles.ts';
import { previewRows } from './preview-rows.ts';

describe('previewRows', () => {
  const sample = [['Grow', 'Objective', ''], ['', '', ''], ['Reach 10', 'Measure', 'Grow'], ['Build', 'Spike', 'Reach 10']];
  it('shows each row as the mapping reads it, and changes when a role or row type changes', () => {
    const m = inferRoles(['Title', 'Category', 'Belongs to'], sample);
    expect(previewRows(m, sample)).toEqual({
      fields: ['title'],
      rows: [{ row: 2, type: 'Objective', cells: { title: 'Grow' } }, { row: 4, type: 'Key result', cells: { title: 'Reach 10' } }, { row: 5, type: '? Spike', cells: { title: 'Build' } }],
    });
    m.columns[2] = { ...m.columns[2]!, role: 'parent' };
    m.rowTypes.initiative.push('spike');
    const after = previewRows(m, sample);
    expect(after.fields).toEqual(['title', 'parent']);
    expect(after.rows[2]).toEqual({ row: 5, type: 'Initiative', cells: { title: 'Build', parent: 'Reach 10' } });
  });
});
