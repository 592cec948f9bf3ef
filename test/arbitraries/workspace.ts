import fc from 'fast-check';
import { recordSpecs } from '../../core/model/records.ts';
import { DEFAULT_SETTINGS } from '../../core/model/settings.ts';
import type { Workspace } from '../../core/model/workspace.ts';
import { arbitraryOf, TIME_ZONES } from './from-spec.ts';

// Coherent workspaces for property tests: records come from the schema (arbitraryOf), then
// their references are pointed at records that exist, as the importer and merge require.

const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length === 0 ? undefined : list[Math.abs(n) % list.length]);
const uniqueBy = <T>(items: T[], key: (t: T) => string) => {
  const seen = new Set<string>();
  return items.filter((t) => !seen.has(key(t)) && (seen.add(key(t)), true));
};
// Names are trimmed on import and "@" marks an email, so generated names avoid both.
const cleanName = (s: string, fallback: string) => {
  const t = s.replace(/@/g, '').trim();
  return t || fallback;
};

const PERIOD_NAMES = [['2026 Q3', '2026-07-01', '2026-09-30'], ['2026 Q4', '2026-10-01', '2026-12-31'], ['Sprint 14', '2026-11-02', '2026-11-15'], ['2027', '2027-01-01', '2027-12-31']] as const;

export const workspaceArbitrary: fc.Arbitrary<Workspace> = fc
  .record({
    people: fc.array(arbitraryOf(recordSpecs.person), { minLength: 1, maxLength: 5 }),
    teams: fc.array(arbitraryOf(recordSpecs.team), { maxLength: 3 }),
    periodCount: fc.integer({ min: 1, max: PERIOD_NAMES.length }),
    objectives: fc.array(arbitraryOf(recordSpecs.objective), { minLength: 1, maxLength: 4 }),
    keyResults: fc.array(arbitraryOf(recordSpecs.keyResult), { maxLength: 8 }),
    initiatives: fc.array(arbitraryOf(recordSpecs.initiative), { maxLength: 3 }),
    checkIns: fc.array(arbitraryOf(recordSpecs.checkIn), { maxLength: 10 }),
    kpis: fc.array(arbitraryOf(recordSpecs.kpi), { maxLength: 3 }),
    picks: fc.array(fc.nat(), { minLength: 64, maxLength: 64 }),
    timeZone: fc.option(fc.constantFrom(...TIME_ZONES), { nil: undefined }),
  })
  .map(({ timeZone, people: rawPeople, teams: rawTeams, periodCount, objectives: rawObjectives, keyResults: rawKrs, initiatives: rawInitiatives, checkIns: rawCheckIns, kpis: rawKpis, picks }) => {
    let p = 0;
    const n = () => picks[p++ % picks.length]!;
    const people = uniqueBy(
      rawPeople.map((x, i) => ({ ...x, id: `person-${i}`, name: cleanName(x.name, `Person ${i}`) })),
      (x) => (x.email ?? x.name).toLowerCase(),
    ).filter((x, _i, all) => all.filter((y) => y.name.toLowerCase() === x.name.toLowerCase()).length === 1 || x.email);
    const personIds = people.map((x) => x.id);
    const someone = () => pick(personIds, n())!;
    const teams = uniqueBy(rawTeams.map((t, i) => ({ ...t, id: `team-${i}`, name: cleanName(t.name, `Team ${i}`), memberIds: [], parentId: undefined })), (t) => t.name.toLowerCase())
      .map(({ parentId: _p, ...t }) => t);
    const periods = PERIOD_NAMES.slice(0, periodCount).map(([name, start, end], i) => ({ id: `period-${i}`, name, start, end, updatedAt: '2026-01-01T00:00:00.000Z' }));
    const objectives = rawObjectives.map((o, i) => {
      const { checkInOwnerId: _c, ...rest } = o;
      return {
        ...rest, id: `obj-${i}`, periodId: pick(periods, n())!.id, ownerIds: [...new Set(o.ownerIds.map(() => someone()))],
        teamIds: [...new Set(o.teamIds.map(() => pick(teams, n())?.id).filter((x): x is string => !!x))],
        parentIds: i > 0 && n() % 2 === 0 ? [`obj-${n() % i}`] : [], ...(n() % 3 === 0 ? { checkInOwnerId: someone() } : {}),
      };
    });
    const keyResults = rawKrs.map((k, i) => {
      // Items share one id space, but a key result may have a person's or a period's id.
      const fixed = { ...k, id: n() % 4 === 0 ? (n() % 2 === 0 ? `person-${i}` : `period-${i}`) : `kr-${i}`, objectiveId: pick(objectives, n())!.id, ownerIds: [...new Set(k.ownerIds.map(() => someone()))] };
      const { checkInOwnerId: _c, ...rest } = fixed;
      const withOwner = n() % 3 === 0 ? { ...rest, checkInOwnerId: someone() } : rest;
      // Metric KRs need a direction that matches their kind; a start equal to the target is a
      // threshold, made often on purpose. Metrics without a start come from the schema as they are.
      if ((k.kind === 'increase' || k.kind === 'decrease') && k.start !== undefined && k.target !== undefined) {
        if (n() % 5 === 0) return { ...withOwner, target: k.start };
        const [lo, hi] = [Math.min(k.start, k.target), Math.max(k.start, k.target)];
        return { ...withOwner, ...(k.kind === 'increase' ? { start: lo, target: hi } : { start: hi, target: lo }) };
      }
      return withOwner;
    });
    const initiatives = rawInitiatives.flatMap((x, i) => {
      const toKr = n() % 2 === 0 && keyResults.length > 0;
      const parent = toKr ? pick(keyResults, n())! : pick(objectives, n())!;
      // ...and so may an initiative, a team's.
      const id = n() % 3 === 0 ? `team-${i}` : `ini-${i}`;
      return [{ ...x, id, parentId: parent.id, parentType: toKr ? ('keyResult' as const) : ('objective' as const), ownerIds: [...new Set(x.ownerIds.map(() => someone()))] }];
    });
    const kpis = rawKpis.map((k, i) => {
      // A KPI needs a bound, and its range runs from low to high (healthyRangeIssues).
      const { healthyMin: a, healthyMax: b, ...rest } = k;
      const range = a === undefined && b === undefined ? { healthyMin: 0 } : a !== undefined && b !== undefined ? { healthyMin: Math.min(a, b), healthyMax: Math.max(a, b) } : a !== undefined ? { healthyMin: a } : { healthyMax: b! };
      return { ...rest, ...range, id: `kpi-${i}`, ownerIds: [...new Set(k.ownerIds.map(() => someone()))], teamIds: [...new Set(k.teamIds.map(() => pick(teams, n())?.id).filter((x): x is string => !!x))] };
    });
    const targets = [...keyResults.map((k) => ['keyResult', k.id, k.kind] as const), ...kpis.map((k) => ['kpi', k.id, undefined] as const), ...objectives.map((o) => ['objective', o.id, undefined] as const), ...initiatives.map((x) => ['initiative', x.id, undefined] as const)];
    const checkIns = rawCheckIns.map((c, i) => {
      const [targetType, targetId, kind] = pick(targets, n())!;
      const { onBehalfOfId: _o, value, ...rest } = c;
      const fitted = value === undefined ? undefined : kind === 'binary' ? Math.abs(Math.round(value)) % 2 : kind === 'milestone' ? Math.abs(value) % 100 : value;
      return { ...rest, id: `ci-${i}`, targetType, targetId, authorId: someone(), updatedAt: c.time, ...(fitted !== undefined ? { value: fitted } : {}), ...(n() % 4 === 0 ? { onBehalfOfId: someone() } : {}) };
    });
    // Stamps from the schema generator are noise: merge tests make their own.
    const strip = <T extends { fieldClocks?: unknown }>(list: T[]) => list.map(({ fieldClocks: _f, ...r }) => r);
    return {
      workspace: { id: 'ws', name: 'Generated', updatedAt: '2026-01-01T00:00:00.000Z', settings: timeZone ? { ...DEFAULT_SETTINGS, timeZone } : DEFAULT_SETTINGS },
      people: strip(people), teams: strip(teams), periods, objectives: strip(objectives), keyResults: strip(keyResults),
      initiatives: strip(initiatives), checkIns: strip(checkIns), kpis: strip(kpis), tombstones: [],
    } satisfies Workspace;
  });
