// Shared by the background's unit tests: a router over a fresh fake-indexeddb database, ids that
// read well in assertions, the broadcasts it made, and a small workspace to import.
import { expect } from 'vitest';
import { bundleText, toBundle } from '../../core/bundle/bundle-format.ts';
import type { Workspace } from '../../core/model/workspace.ts';
import { checkIn, initiative, keyResult, objective, person, team, workspace } from '../../test/builders.ts';
import type { ChangedEvent } from '../messages/envelope.ts';
import type { Result } from '../messages/result.ts';
import { createBackground } from './create-background.ts';

let databases = 0;

export function testBackground() {
  const n = ++databases;
  let ids = 0;
  const events: ChangedEvent[] = [];
  const background = createBackground({ dbName: `background-${n}`, backupsDbName: `backups-${n}`, newId: () => `new-${++ids}`, broadcast: (e) => events.push(e) });
  return { ...background, events };
}

export const JIRA = { key: 'jira:acme.atlassian.net/GROW-1', url: 'https://acme.atlassian.net/browse/GROW-1', title: 'Pricing page' };

export const sampleWorkspace = (): Workspace => workspace({
  people: [person({ id: 'ada' }), person({ id: 'grace', name: 'Grace Hopper' })],
  teams: [team({ id: 'growth', memberIds: ['ada'] })],
  objectives: [objective({ id: 'o1', ownerIds: ['ada'], teamIds: ['growth'] }), objective({ id: 'o2', ownerIds: ['grace'] })],
  keyResults: [
    keyResult({ id: 'k1', objectiveId: 'o1', ownerIds: ['ada'], links: [JIRA] }),
    keyResult({ id: 'k2', objectiveId: 'o1', ownerIds: ['grace'], kind: 'binary', start: 0, target: 1 }),
    keyResult({ id: 'k3', objectiveId: 'o2', ownerIds: ['grace'] }),
  ],
  initiatives: [initiative({ id: 'i1', parentId: 'k1', parentType: 'keyResult' }), initiative({ id: 'i2', parentId: 'o1', parentType: 'objective' })],
  checkIns: [checkIn({ id: 'c1', targetId: 'k1', authorId: 'ada', value: 25 })],
});

export const bundleOf = (ws: Workspace, at = '2026-11-19T10:00:00.000Z') => bundleText(toBundle(ws, at, 'test'));

/** A background with the sample workspace imported and the import's broadcast cleared. */
export async function loadedBackground() {
  const bg = testBackground();
  valueOf(await bg.call({ type: 'bundle.import', text: bundleOf(sampleWorkspace()), fileName: 'sample.okr.json' }));
  bg.events.length = 0;
  return bg;
}

export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) expect.fail(`expected success, got ${result.error.message}`);
  return result.value;
}

export function errorOf(result: Result<unknown>) {
  if (result.ok) expect.fail(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}
