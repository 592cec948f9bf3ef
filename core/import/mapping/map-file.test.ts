import { describe, expect, it } from 'vitest';
import { mapFile } from './map-file.ts';

describe('mapFile', () => {
  it('never loses a file its header could read: the header’s reading is then the mapping printed', () => {
    // `Type` of measure kinds would be the kind by its values, but then no layout fits.
    const read = mapFile('t.csv', ['Type', 'Title', 'Parent'], [['Increase', 'Grow', ''], ['Decrease', 'Churn', 'Grow']]);
    expect(read.layout).toBe('type-parent-name');
    expect(read.map.fields.get('type')).toBe(0);
    expect(read.mapping?.columns.map((c) => c.role)).toEqual(['type', 'title', 'parent']);
    expect(read.unsure).toEqual([]);
  });

  it('reads our own files by their fixed columns, without a mapping', () => {
    const read = mapFile('okr-items.csv', ['id', 'type', 'parent ids', 'title'], [['o1', 'objective', '', 'Grow']]);
    expect(read).toMatchObject({ layout: 'canonical-items', mapping: undefined });
  });

  it('applies a given mapping: its roles and row types, whatever the header would say', () => {
    const body = [['Grow', 'Theme', ''], ['Reach 10', 'Measure', 'Grow']];
    const given = { header: ['A', 'B', 'C'], headerHash: 'x', rowTypes: { objective: ['theme'], keyResult: ['measure'], initiative: [] },
      columns: [{ index: 0, header: 'A', role: 'title' as const, confidence: 1, why: '' }, { index: 1, header: 'B', role: 'type' as const, confidence: 1, why: '' }, { index: 2, header: 'C', role: 'parent' as const, confidence: 1, why: '' }] };
    const read = mapFile('x.csv', ['A', 'B', 'C'], body, given);
    expect(read.layout).toBe('type-parent-name');
    expect(read.body.map((r) => r[1])).toEqual(['Objective', 'Key Result']);
  });

  it('rewrites only the type words the layout’s reader would read otherwise: a tracker keeps "Bug", "Theme" becomes an objective', () => {
    const body = [['T-1', 'Grow', 'Theme', ''], ['T-2', 'Fix login', 'Bug', 'T-1'], ['T-3', 'Reach 10', 'key result', 'T-1']];
    const read = mapFile('jira.csv', ['Issue key', 'Summary', 'Issue Type', 'Parent'], body);
    expect(read.layout).toBe('tracker');
    expect(read.mapping?.rowTypes.objective).toEqual(['Theme']);
    expect(read.body.map((r) => r[2])).toEqual(['Objective', 'Bug', 'key result']);
  });

  it('leaves numbered key result groups to kr-groups even when values read KR1 as the key result', () => {
    const header = ['Objective', 'KR1', 'KR1 Start', 'KR1 Target', 'KR2', 'KR2 Target'];
    const read = mapFile('g.csv', header, [['Grow', 'Reach 10', '0', '10', 'Keep 5', '5'], ['Ship', 'Launch', '', '1', '', '']]);
    expect(read.layout).toBe('kr-groups');
    expect([...read.map.fields.keys()]).toEqual(['objective']);
    expect(read.mapping?.columns.slice(1).map((c) => c.role)).toEqual(['ignore', 'ignore', 'ignore', 'ignore', 'ignore']);
    expect(read.unsure).toEqual([]);
  });

  it('a section and a parent task make a project-tool export, not goal ids with parents; its task ids are listed as ignored', () => {
    const header = ['Task ID', 'Name', 'Section/Column', 'Parent task'];
    const body = [['101', 'Weekly active teams', 'Grow usage', ''], ['102', 'Ship invites', '', 'Weekly active teams']];
    const read = mapFile('asana.csv', header, body);
    expect(read.layout).toBe('project-tool');
    expect(read.map.fields.has('rowId')).toBe(false);
    expect(read.map.unknown).toContain('Task ID');
  });
});
