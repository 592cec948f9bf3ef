import { describe, expect, it } from 'vitest';
import { validateWorkspace } from './validate.ts';
import { startWorkspace } from './start-workspace.ts';

describe('startWorkspace', () => {
  it('makes a valid empty workspace with its creator and the quarter it is now in the given zone', () => {
    // 03:00 UTC on 1 January is still 31 December in New York: the quarter is 2026 Q4 there.
    const now = new Date('2027-01-01T03:00:00Z');
    const start = startWorkspace({ workspaceId: 'w', name: ' Acme ', personId: 'p', personName: ' Maya ', timeZone: 'America/New_York', now });
    expect(start.workspace).toMatchObject({ id: 'w', name: 'Acme', settings: { timeZone: 'America/New_York', checkInCadenceDays: 7 } });
    expect(start.people).toEqual([{ id: 'p', name: 'Maya', role: 'admin', updatedAt: now.toISOString() }]);
    expect(start.periods.map((p) => [p.id, p.start, p.end])).toEqual([['2026', '2026-01-01', '2026-12-31'], ['2026-q4', '2026-10-01', '2026-12-31']]);
    expect(startWorkspace({ workspaceId: 'w', name: 'A', personId: 'p', personName: 'M', timeZone: 'UTC', now }).periods[1]?.id).toBe('2027-q1');
    const ws = { ...start, teams: [], objectives: [], keyResults: [], initiatives: [], checkIns: [], kpis: [], tombstones: [] };
    expect(validateWorkspace(ws)).toEqual([]);
  });
});
