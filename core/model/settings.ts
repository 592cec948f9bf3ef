import { s, type Infer } from './schema.ts';

export const settingsSpec = s.object({
  /** Whether initiatives and aligned child objectives count in an objective's progress. */
  rollup: s.object({ includeInitiatives: s.boolean(), includeChildObjectives: s.boolean() }),
  /** Points (0–100) below expected pace at which a status is suggested. */
  statusThresholds: s.object({ behindBelowPace: s.number({ min: 0, max: 100 }), atRiskBelowPace: s.number({ min: 0, max: 100 }) }),
  /** Whether an objective may align to several parents (one by default). */
  multipleParents: s.boolean(),
  checkInCadenceDays: s.number({ min: 1, max: 90, integer: true }),
});

export type WorkspaceSettings = Infer<typeof settingsSpec>;

export const DEFAULT_SETTINGS: WorkspaceSettings = {
  rollup: { includeInitiatives: false, includeChildObjectives: false },
  statusThresholds: { behindBelowPace: 0, atRiskBelowPace: 25 },
  multipleParents: false,
  checkInCadenceDays: 7,
};

export const workspaceInfoSpec = s.object({
  id: s.string({ min: 1 }),
  name: s.string({ min: 1, max: 200 }),
  updatedAt: s.string({ format: 'datetime' }),
  settings: settingsSpec,
});

export type WorkspaceInfo = Infer<typeof workspaceInfoSpec>;
