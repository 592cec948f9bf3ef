import { s, type Infer } from './schema.ts';

export const settingsSpec = s.object({
  /** Whether initiatives and aligned child objectives count in an objective's progress. */
  rollup: s.object({ includeInitiatives: s.boolean(), includeChildObjectives: s.boolean() }),
  /**
   * Points (0–100) below expected pace from which a status is suggested: behind, at risk, off
   * track. They must rise in that order; `offTrackBelowPace` came later, so older files lack it.
   */
  statusThresholds: s.object({
    behindBelowPace: s.number({ min: 0, max: 100 }),
    atRiskBelowPace: s.number({ min: 0, max: 100 }),
    offTrackBelowPace: s.optional(s.number({ min: 0, max: 100 })),
  }),
  /** Whether an objective may align to several parents (one by default). */
  multipleParents: s.boolean(),
  checkInCadenceDays: s.number({ min: 1, max: 90, integer: true }),
  /** IANA zone in which the workspace's days begin; older files lack it and are read in UTC. */
  timeZone: s.optional(s.string({ format: 'time-zone' })),
  /** Several owners and teams per OKR; absent means on, as files written before the setting allowed it. */
  sharedOkrs: s.optional(s.boolean()),
  /** When, in the workspace's zone, the extension reminds people of due check-ins; absent means 09:00. */
  reminderTime: s.optional(s.string({ format: 'clock-time' })),
  /** The workspace's agreed tags, offered when tagging; records may still carry others. */
  tags: s.optional(s.array(s.string({ min: 1, max: 60 }))),
});

export type WorkspaceSettings = Infer<typeof settingsSpec>;
export type StatusThresholds = WorkspaceSettings['statusThresholds'];

/** Used when `offTrackBelowPace` is absent: half the period's worth of progress behind pace. */
export const DEFAULT_OFF_TRACK_BELOW_PACE = 50;
export const DEFAULT_REMINDER_TIME = '09:00';

/** Settings of a new workspace; `timeZone` is left to the creator (see `newWorkspaceSettings`). */
export const DEFAULT_SETTINGS: WorkspaceSettings = {
  rollup: { includeInitiatives: false, includeChildObjectives: false },
  statusThresholds: { behindBelowPace: 0, atRiskBelowPace: 25, offTrackBelowPace: DEFAULT_OFF_TRACK_BELOW_PACE },
  multipleParents: false,
  checkInCadenceDays: 7,
};

/** Settings for a workspace created now, in its creator's zone. */
export const newWorkspaceSettings = (timeZone: string): WorkspaceSettings & { timeZone: string } => ({ ...DEFAULT_SETTINGS, timeZone });

/** Problems with settings that no single field shows: thresholds out of order. */
export function settingsIssues(settings: WorkspaceSettings): { field: string; message: string }[] {
  const { behindBelowPace: behind, atRiskBelowPace: atRisk, offTrackBelowPace: offTrack } = settings.statusThresholds;
  const issues: { field: string; message: string }[] = [];
  if (atRisk < behind)
    issues.push({ field: 'settings.statusThresholds.atRiskBelowPace', message: `is ${atRisk}, below "behind" (${behind}): at risk must start at or after behind, or "behind" could never be suggested` });
  if (offTrack !== undefined && offTrack < Math.max(behind, atRisk))
    issues.push({ field: 'settings.statusThresholds.offTrackBelowPace', message: `is ${offTrack}, below "at risk" (${Math.max(behind, atRisk)}): off track must start at or after at risk` });
  return issues;
}

export const workspaceInfoSpec = s.object({
  id: s.string({ min: 1 }),
  name: s.string({ min: 1, max: 200 }),
  updatedAt: s.string({ format: 'datetime' }),
  settings: settingsSpec,
});

export type WorkspaceInfo = Infer<typeof workspaceInfoSpec>;
