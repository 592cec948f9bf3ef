import { expectedProgress } from '../math/pace.ts';
import { memoKrProgress } from '../math/rollup.ts';
import { suggestStatus, type SuggestedStatus } from '../math/status.ts';
import { indexWorkspace } from '../math/workspace-index.ts';
import { checkInOwnerOf } from '../model/check-in-owner.ts';
import type { DataLink, Initiative, KeyResult, LiveCount, Period } from '../model/records.ts';
import { workspaceTimeZone } from '../model/time-zone.ts';
import type { InitiativeStatus, KrKind } from '../model/vocabulary.ts';
import type { Workspace } from '../model/workspace.ts';
import { percent } from './labels.ts';
import { krValueText } from './value-text.ts';

/**
 * What an overlay shows for one linked item, computed in the background so that a content script
 * paints it without the OKR math (and without waking the service worker).
 */
export type LinkedItem = {
  type: 'keyResult' | 'initiative';
  id: string;
  title: string;
  /** The objective it serves, for context beside a short key-result title. */
  objectiveTitle: string;
  periodName: string;
  progress: number | undefined;
  /** Where the pace line stands in the period today (0–1). */
  expected: number | undefined;
  status: SuggestedStatus | InitiativeStatus;
  valueText: string;
  value: number | undefined;
  kind: KrKind | undefined;
  unit: string | undefined;
  checkInOwnerId: string | undefined;
};
/** A key result whose number lives on a page (captured) or behind a query (live count). */
export type NumberSource<T> = { item: LinkedItem; source: T };
export type LinkSummary = {
  byKey: Map<string, LinkedItem[]>;
  dataLinks: NumberSource<DataLink>[];
  liveCounts: NumberSource<LiveCount>[];
};

/** Builds the overlay's facts for key results and initiatives of one workspace at `now`. */
export function linkedItems(ws: Workspace, now: Date) {
  const index = indexWorkspace(ws);
  const progressOf = memoKrProgress(index);
  const periods = new Map(ws.periods.map((p) => [p.id, p]));
  const timeZone = workspaceTimeZone(ws.workspace.settings);
  const expectedIn = new Map<string, number>();
  const paceOf = (period: Period) => expectedIn.get(period.id) ?? expectedIn.set(period.id, expectedProgress(period, now, timeZone)).get(period.id)!;
  return {
    keyResult(kr: KeyResult): LinkedItem {
      const objective = index.objectives.get(kr.objectiveId);
      const period = objective && periods.get(objective.periodId);
      const progress = progressOf(kr);
      const expected = period && paceOf(period);
      const measured = progress.state === 'measured' ? progress.progress : undefined;
      const value = 'value' in progress ? progress.value : undefined;
      return {
        type: 'keyResult', id: kr.id, title: kr.title, objectiveTitle: objective?.title ?? '', periodName: period?.name ?? '',
        progress: measured, expected, status: expected === undefined ? 'pending' : suggestStatus(measured, expected, ws.workspace.settings.statusThresholds, kr.kind),
        valueText: krValueText(kr, value), value, kind: kr.kind, unit: kr.unit, checkInOwnerId: checkInOwnerOf(kr),
      };
    },
    initiative(initiative: Initiative): LinkedItem {
      const parentKr = initiative.parentType === 'keyResult' ? index.keyResults.get(initiative.parentId) : undefined;
      const objective = index.objectives.get(parentKr ? parentKr.objectiveId : initiative.parentId);
      return {
        type: 'initiative', id: initiative.id, title: initiative.title, objectiveTitle: objective?.title ?? '',
        periodName: (objective && periods.get(objective.periodId)?.name) ?? '', progress: initiative.progress, expected: undefined,
        status: initiative.status, valueText: percent(initiative.progress),
        value: initiative.progress, kind: undefined, unit: undefined, checkInOwnerId: initiative.ownerIds[0],
      };
    },
  };
}

/** Every linked item by link key, plus the key results with a data link or a live count, at `now`. */
export function linkSummary(ws: Workspace, now: Date): LinkSummary {
  const items = linkedItems(ws, now);
  const summary: LinkSummary = { byKey: new Map(), dataLinks: [], liveCounts: [] };
  const add = (key: string, item: LinkedItem) => (summary.byKey.get(key) ?? summary.byKey.set(key, []).get(key)!).push(item);
  for (const kr of ws.keyResults) {
    if (kr.state === 'closed' || (kr.links.length === 0 && !kr.dataLink && !kr.liveCount)) continue;
    const item = items.keyResult(kr);
    for (const link of kr.links) add(link.key, item);
    if (kr.dataLink) summary.dataLinks.push({ item, source: kr.dataLink });
    if (kr.liveCount) summary.liveCounts.push({ item, source: kr.liveCount });
  }
  for (const initiative of ws.initiatives) {
    if (initiative.links.length === 0) continue;
    const item = items.initiative(initiative);
    for (const link of initiative.links) add(link.key, item);
  }
  return summary;
}
