// The closed vocabularies of the model, as const lists (no enums): each list is also the
// source of the matching union type and of the values property tests draw from.

export const ROLES = ['admin', 'member', 'observer'] as const;
export const LEVELS = ['org', 'team', 'person'] as const;
export const COMMITMENTS = ['committed', 'aspirational'] as const;
export const STATES = ['draft', 'active', 'closed'] as const;
export const KR_KINDS = ['increase', 'decrease', 'milestone', 'binary', 'stay-above', 'stay-below'] as const;
export const CHECK_IN_STATUSES = ['on-track', 'behind', 'at-risk', 'off-track'] as const;
export const CHECK_IN_SOURCES = ['manual', 'page-capture', 'jira', 'github', 'salesforce', 'import'] as const;
export const TARGET_TYPES = ['keyResult', 'initiative', 'objective', 'kpi'] as const;
export const INITIATIVE_STATUSES = ['not-started', 'in-progress', 'done', 'cancelled'] as const;
export const RECORD_TYPES = ['person', 'team', 'period', 'objective', 'keyResult', 'initiative', 'checkIn', 'kpi'] as const;

export type Role = (typeof ROLES)[number];
export type Level = (typeof LEVELS)[number];
export type Commitment = (typeof COMMITMENTS)[number];
export type State = (typeof STATES)[number];
export type KrKind = (typeof KR_KINDS)[number];
export type CheckInStatus = (typeof CHECK_IN_STATUSES)[number];
export type CheckInSource = (typeof CHECK_IN_SOURCES)[number];
export type TargetType = (typeof TARGET_TYPES)[number];
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];
export type RecordType = (typeof RECORD_TYPES)[number];

/** Kinds whose progress is measured between a start and a target value. */
export const METRIC_KINDS = ['increase', 'decrease'] as const satisfies readonly KrKind[];
/** Kinds that hold while a value stays on the right side of the target. */
export const GUARD_KINDS = ['stay-above', 'stay-below'] as const satisfies readonly KrKind[];
