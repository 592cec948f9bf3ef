import type { Objective } from '../../core/model/records.ts';
import type { OkrStore } from '../../core/store/okr-store.ts';
import type { Counts } from '../messages/api.ts';
import type { Handlers } from './context.ts';
import { requireText } from './router-error.ts';

type QueryKey = 'workspace.summary' | 'workspace.get' | 'okrs.byPeriod' | 'okrs.byOwner' | 'okrs.byTeam' | 'okrs.byLink' | 'checkIns.forTarget';

// One transaction for all the lookups: the key results of a period's objectives are one read.
async function keyResultsOf(store: OkrStore, objectives: readonly Objective[]) {
  const index = store.db.transaction('keyResults').store.index('by-objective');
  return (await Promise.all(objectives.map((o) => index.getAll(o.id)))).flat();
}

async function counts(store: OkrStore): Promise<Counts> {
  const tx = store.db.transaction(['people', 'teams', 'periods', 'objectives', 'keyResults', 'initiatives', 'checkIns', 'kpis']);
  const count = (name: keyof Counts) => tx.objectStore(name).count();
  const [people, teams, periods, objectives, keyResults, initiatives, checkIns, kpis] = await Promise.all([
    count('people'), count('teams'), count('periods'), count('objectives'), count('keyResults'), count('initiatives'), count('checkIns'), count('kpis'),
  ]);
  return { people, teams, periods, objectives, keyResults, initiatives, checkIns, kpis };
}

export const queryHandlers = {
  'workspace.summary': async (_request, ctx) => {
    const store = await ctx.store();
    const [meta, lastExportAt, all, persisted] = await Promise.all([store.db.get('meta', 'workspace'), store.lastExportAt(), counts(store), ctx.persisted()]);
    return { value: { workspace: meta?.key === 'workspace' ? meta.value : undefined, counts: all, lastExportAt, persisted } };
  },
  'workspace.get': async (_request, ctx) => ({ value: await (await ctx.store()).load() }),
  'okrs.byPeriod': async ({ periodId }, ctx) => {
    const store = await ctx.store();
    const objectives = await store.objectivesByPeriod(requireText(periodId, 'periodId'));
    return { value: { objectives, keyResults: await keyResultsOf(store, objectives) } };
  },
  'okrs.byTeam': async ({ teamId }, ctx) => {
    const store = await ctx.store();
    const objectives = await store.objectivesByTeam(requireText(teamId, 'teamId'));
    return { value: { objectives, keyResults: await keyResultsOf(store, objectives) } };
  },
  // A person's key results can sit under someone else's objective: both lists come from the owner indexes.
  'okrs.byOwner': async ({ personId }, ctx) => {
    const store = await ctx.store();
    const id = requireText(personId, 'personId');
    const [objectives, keyResults] = await Promise.all([store.objectivesByOwner(id), store.keyResultsByOwner(id)]);
    return { value: { objectives, keyResults } };
  },
  'okrs.byLink': async ({ key }, ctx) => ({ value: await (await ctx.store()).okrsForLink(requireText(key, 'key')) }),
  'checkIns.forTarget': async ({ targetId, from, to }, ctx) => {
    const store = await ctx.store();
    return { value: await store.checkInsFor(requireText(targetId, 'targetId'), from ?? '', to ?? '\uffff') };
  },
} satisfies Pick<Handlers, QueryKey>;
