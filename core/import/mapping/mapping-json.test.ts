import { describe, expect, it } from 'vitest';
import { headerHash } from './header-hash.ts';
import { inferRoles } from './infer-roles.ts';
import { mappingText, readMappings } from './mapping-json.ts';

describe('mapping JSON', () => {
  it('reads back what it prints', () => {
    const m = inferRoles(['Title', 'Entity', 'Owner'], [['Grow', 'Objective', 'ada@example.com']], 'a.csv');
    const read = readMappings(mappingText([m]));
    expect(read).toEqual({ ok: true, mappings: [{ ...m, columns: m.columns.map((c) => ({ ...c, confidence: 1, why: 'mapping' })) }] });
  });

  it('reads one mapping without the list around it, and leaves out what a person need not write', () => {
    const read = readMappings('{"header":["A","B"],"columns":[{"index":1,"role":"title"}]}');
    expect(read).toMatchObject({ ok: true, mappings: [{ header: ['A', 'B'], headerHash: headerHash(['A', 'B']), columns: [{ index: 1, header: 'B', role: 'title' }], rowTypes: { objective: [], keyResult: [], initiative: [] } }] });
  });

  it('names the mapping and column of every mistake', () => {
    const read = readMappings(JSON.stringify({ mappings: [{ header: ['A'], columns: [{ index: 3, role: 'title' }, { index: 0, role: 'boss' }], rowTypes: { objective: 'Goal' }, layout: 'spiral' }] }));
    expect(read.ok).toBe(false);
    expect(!read.ok && read.errors).toEqual([
      'mapping 1: "layout" "spiral" is none of canonical-items, canonical-check-ins, canonical-kpis, row-id-parent, outline, indentation, check-in-log, kr-rows, type-parent-name, tracker, project-tool, kr-groups, wide-history, goal-tree',
      'mapping 1, column entry 1: "index" must be a column number from 0 to 0',
      expect.stringMatching(/^mapping 1, column entry 2 \("A"\): "role" "boss" is none of rowId, parent, /),
      'mapping 1: "rowTypes.objective" must be a list of cell values',
    ]);
    expect(readMappings('{oops')).toMatchObject({ ok: false, errors: [expect.stringMatching(/^is not JSON/)] });
  });

  it('hashes a header the same however it is spelled, and differently when the columns differ', () => {
    expect(headerHash(['Owner Email', 'Time Period'])).toBe(headerHash(['owner-email', 'TIME PERIOD']));
    expect(headerHash(['Owner', 'Title'])).not.toBe(headerHash(['Title', 'Owner']));
    expect(headerHash(['A'])).toMatch(/^[0-9a-f]{8}$/);
  });
});
