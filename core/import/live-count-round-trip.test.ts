import { describe, expect, it } from 'vitest';
import { keyResult, objective, person, workspace } from '../../test/builders.ts';
import { bundleText, toBundle } from '../bundle/bundle-format.ts';
import { readBundle } from '../bundle/read-bundle.ts';
import { exportCsv } from '../csv/export-csv.ts';
import { mergeWorkspaces } from '../merge/merge-workspaces.ts';
import type { KeyResult } from '../model/records.ts';
import type { Workspace } from '../model/workspace.ts';
import { importFiles } from './import-files.ts';

const NOW = '2026-11-20T20:00:00.000Z';
const liveCount = { source: 'jira-jql', host: 'jira.acme.com', query: 'project = PROJ AND fixVersion = "Q4" AND statusCategory = Done', measure: 'share-done' } as const;
const dataLink = { url: 'https://github.com/acme/app/milestone/4', locator: 'div.progress-bar + span', label: 'closed issues' };

const withKr = (kr: Partial<KeyResult>): Workspace => workspace({
  people: [person({ id: 'ada', name: 'Ada', email: 'ada@acme.com' })],
  objectives: [objective({ id: 'o1', ownerIds: ['ada'], updatedAt: '2026-11-01T09:00:00.000Z' })],
  keyResults: [keyResult({ id: 'k1', objectiveId: 'o1', ownerIds: ['ada'], updatedAt: '2026-11-01T09:00:00.000Z', ...kr })],
});
const krOf = (ws: Workspace) => ws.keyResults.find((k) => k.id === 'k1');

describe('a key result’s live count and data link in files', () => {
  it('survive the bundle: written, read back and merged, whole', () => {
    const ws = withKr({ liveCount, dataLink });
    const read = readBundle(bundleText(toBundle(ws, NOW, 'ada')), 'ada.okr.json');
    if (!read.ok) throw new Error(read.errors.join('\n'));
    expect(krOf(read.bundle)).toMatchObject({ liveCount, dataLink });
    // Grace's copy never had them: the merge keeps Ada's, set later than Grace's record.
    const grace = withKr({ title: 'Raise activation', updatedAt: '2026-10-30T09:00:00.000Z' });
    const merged = mergeWorkspaces([{ source: 'ada.okr.json', ws: read.bundle }, { source: 'grace.okr.json', ws: grace }], new Date(NOW)).ws;
    expect(krOf(merged)).toMatchObject({ liveCount, dataLink, title: 'Raise activation from 20 to 40 %' });
  });

  it('a later change of the live count wins in a merge', () => {
    const newer = { ...liveCount, measure: 'count' as const, query: 'project = PROJ' };
    const a = withKr({ liveCount });
    const b = withKr({ liveCount: newer, updatedAt: '2026-11-05T09:00:00.000Z' });
    expect(krOf(mergeWorkspaces([{ source: 'a', ws: a }, { source: 'b', ws: b }], new Date(NOW)).ws)?.liveCount).toEqual(newer);
    expect(krOf(mergeWorkspaces([{ source: 'b', ws: b }, { source: 'a', ws: a }], new Date(NOW)).ws)?.liveCount).toEqual(newer);
  });

  it('are left out of the CSV, and a CSV imported over the workspace keeps them', () => {
    const ws = withKr({ liveCount, dataLink });
    const csv = exportCsv(ws);
    expect(csv.items).not.toContain('jira.acme.com');
    expect(csv.items).not.toContain('milestone/4');
    const result = importFiles([{ name: 'items.csv', text: csv.items }], ws, { now: NOW });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(krOf(result.result)).toMatchObject({ liveCount, dataLink });
    expect(result.summary.keyResults).toEqual({ created: [], updated: [], unchanged: ['k1'] });
  });
});
