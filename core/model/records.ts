import { s, type Infer } from './schema.ts';
import * as v from './vocabulary.ts';

// Every stored record has a stable id and the time it last changed (DESIGN.md "Files").
// `fieldClocks` holds a field's own change stamp where it differs from `updatedAt`, so merges
// can take the latest value field by field (core/merge).
const base = {
  id: s.string({ min: 1, max: 200 }),
  updatedAt: s.string({ format: 'datetime' }),
  fieldClocks: s.optional(s.map(s.string({ min: 1 }))),
};
const ids = s.array(s.string({ min: 1 }));
const tags = s.array(s.string({ min: 1, max: 60 }));
const title = s.string({ min: 1, max: 500 });

export const linkSpec = s.object({
  key: s.string({ min: 1 }),
  url: s.string({ format: 'http-url' }),
  title: s.optional(s.string({ max: 500 })),
});

/** A number picked on a page and offered again as a check-in value (DESIGN.md "Capture"). */
export const dataLinkSpec = s.object({
  url: s.string({ format: 'http-url' }),
  locator: s.string({ min: 1 }),
  label: s.string({ max: 200 }),
});

/**
 * A number fetched with the person's own session on any page of its site (issue 8 "Live counts"):
 * `jira-jql` counts the issues a JQL query matches (`count`) or the share of them done
 * (`share-done`); `github-milestone` reads milestone `owner/repo/number`'s closed issues (`count`)
 * or its share closed (`share-done`). `host` is the site's host (`acme.atlassian.net`, `github.com`).
 */
export const liveCountSpec = s.object({
  source: s.oneOf(['jira-jql', 'github-milestone'] as const),
  host: s.string({ min: 1, max: 253 }),
  query: s.string({ min: 1, max: 2000 }),
  measure: s.oneOf(['count', 'share-done'] as const),
});

export const recordSpecs = {
  person: s.object({
    ...base,
    name: s.string({ min: 1, max: 200 }),
    email: s.optional(s.string({ format: 'email' })),
    role: s.oneOf(v.ROLES),
  }),
  team: s.object({
    ...base,
    name: s.string({ min: 1, max: 200 }),
    parentId: s.optional(s.string({ min: 1 })),
    memberIds: ids,
    archived: s.boolean(),
  }),
  period: s.object({
    ...base,
    name: s.string({ min: 1, max: 100 }),
    start: s.string({ format: 'date' }),
    end: s.string({ format: 'date' }),
    parentId: s.optional(s.string({ min: 1 })),
  }),
  objective: s.object({
    ...base,
    title,
    description: s.optional(s.string({ max: 5000 })),
    periodId: s.string({ min: 1 }),
    level: s.oneOf(v.LEVELS),
    teamIds: ids,
    ownerIds: ids,
    checkInOwnerId: s.optional(s.string({ min: 1 })),
    parentIds: ids,
    commitment: s.oneOf(v.COMMITMENTS),
    tags,
    private: s.boolean(),
    state: s.oneOf(v.STATES),
    score: s.optional(s.number({ min: 0, max: 1 })),
    closingNote: s.optional(s.string({ max: 5000 })),
    carriedFromId: s.optional(s.string({ min: 1 })),
  }),
  keyResult: s.object({
    ...base,
    objectiveId: s.string({ min: 1 }),
    title,
    ownerIds: ids,
    checkInOwnerId: s.optional(s.string({ min: 1 })),
    kind: s.oneOf(v.KR_KINDS),
    start: s.optional(s.number()),
    target: s.optional(s.number()),
    unit: s.optional(s.string({ max: 40 })),
    weight: s.number({ min: 0, max: 1000 }),
    links: s.array(linkSpec),
    dataLink: s.optional(dataLinkSpec),
    liveCount: s.optional(liveCountSpec),
    tags,
    state: s.oneOf(v.STATES),
    score: s.optional(s.number({ min: 0, max: 1 })),
    carriedFromId: s.optional(s.string({ min: 1 })),
  }),
  initiative: s.object({
    ...base,
    parentId: s.string({ min: 1 }),
    parentType: s.oneOf(['keyResult', 'objective'] as const),
    title,
    ownerIds: ids,
    status: s.oneOf(v.INITIATIVE_STATUSES),
    progress: s.optional(s.number({ min: 0, max: 1 })),
    links: s.array(linkSpec),
  }),
  /** A health metric kept in range beside the OKRs (DESIGN.md "Domain model"); not a key result. */
  kpi: s.object({
    ...base,
    name: s.string({ min: 1, max: 200 }),
    description: s.optional(s.string({ max: 5000 })),
    ownerIds: ids,
    teamIds: ids,
    unit: s.optional(s.string({ max: 40 })),
    // At least one bound, and min ≤ max: checked with the references (validate-references.ts),
    // because a shape check sees one field at a time.
    healthyMin: s.optional(s.number()),
    healthyMax: s.optional(s.number()),
    tags: s.optional(tags),
  }),
  checkIn: s.object({
    ...base,
    targetType: s.oneOf(v.TARGET_TYPES),
    targetId: s.string({ min: 1 }),
    time: s.string({ format: 'datetime' }),
    value: s.optional(s.number()),
    status: s.oneOf(v.CHECK_IN_STATUSES),
    confidence: s.optional(s.number({ min: 0, max: 10, integer: true })),
    note: s.optional(s.string({ max: 10000 })),
    authorId: s.string({ min: 1 }),
    onBehalfOfId: s.optional(s.string({ min: 1 })),
    source: s.oneOf(v.CHECK_IN_SOURCES),
    sourceUrl: s.optional(s.string({ format: 'http-url' })),
    evidence: s.optional(s.string({ max: 2000 })),
  }),
} as const;

export type Link = Infer<typeof linkSpec>;
export type DataLink = Infer<typeof dataLinkSpec>;
export type LiveCount = Infer<typeof liveCountSpec>;
export type Person = Infer<typeof recordSpecs.person>;
export type Team = Infer<typeof recordSpecs.team>;
export type Period = Infer<typeof recordSpecs.period>;
export type Objective = Infer<typeof recordSpecs.objective>;
export type KeyResult = Infer<typeof recordSpecs.keyResult>;
export type Initiative = Infer<typeof recordSpecs.initiative>;
export type CheckIn = Infer<typeof recordSpecs.checkIn>;
export type Kpi = Infer<typeof recordSpecs.kpi>;

/** A deletion; `last` is the deleted record's last merged state (see core/merge). */
export const tombstoneSpec = s.object({
  id: s.string({ min: 1, max: 200 }),
  type: s.oneOf(v.RECORD_TYPES),
  deletedAt: s.string({ format: 'datetime' }),
  // The record's other fields are kept as they are; these two are what merging relies on.
  last: s.optional(s.object({ id: s.string({ min: 1 }), updatedAt: s.string({ format: 'datetime' }) })),
});
