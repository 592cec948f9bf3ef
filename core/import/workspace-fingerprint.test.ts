import { describe, expect, it } from 'vitest';
import { keyResult, objective, workspace } from '../../test/builders.ts';
import { workspaceFingerprint } from './workspace-fingerprint.ts';

describe('workspaceFingerprint', () => {
  const ws = workspace({ objectives: [objective({ id: 'o1' }), objective({ id: 'o2' })], keyResults: [keyResult({ id: 'k1', objectiveId: 'o1' })] });

  it('does not depend on the order records were read in', () => {
    expect(workspaceFingerprint({ ...ws, objectives: [...ws.objectives].reverse() })).toBe(workspaceFingerprint(ws));
  });

  it('changes when a record is added, removed or edited, or the workspace is new', () => {
    const base = workspaceFingerprint(ws);
    expect(workspaceFingerprint(undefined)).toBe('empty');
    expect(workspaceFingerprint({ ...ws, keyResults: [] })).not.toBe(base);
    expect(workspaceFingerprint({ ...ws, keyResults: [...ws.keyResults, keyResult({ id: 'k2' })] })).not.toBe(base);
    expect(workspaceFingerprint({ ...ws, objectives: [ws.objectives[0]!, { ...ws.objectives[1]!, updatedAt: '2026-11-20T20:00:00.000Z' }] })).not.toBe(base);
    expect(workspaceFingerprint({ ...ws, tombstones: [{ id: 'o3', type: 'objective', deletedAt: '2026-11-20T20:00:00.000Z' }] })).not.toBe(base);
    expect(workspaceFingerprint({ ...ws, workspace: { ...ws.workspace, id: 'other' } })).not.toBe(base);
  });
});
