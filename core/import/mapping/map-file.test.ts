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
});
