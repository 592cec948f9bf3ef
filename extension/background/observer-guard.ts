import type { RequestType } from '../messages/api.ts';
import type { Context, Handlers } from './context.ts';
import { RouterError } from './router-error.ts';

/** Requests that change OKRs, check-ins or settings: observers see everything and do none of these. */
export const GUARDED = [
  'objective.create', 'objective.update', 'objective.delete', 'keyResult.create', 'keyResult.update', 'keyResult.delete',
  'initiative.create', 'initiative.update', 'initiative.delete', 'checkIn.add', 'period.close', 'settings.update', 'records.restore',
  'kpi.create', 'kpi.update', 'kpi.delete', 'records.import', 'bundle.merge', 'person.create',
  'link.add', 'link.remove',
] as const satisfies readonly RequestType[];

async function observerNamed(ctx: Context, personId: unknown): Promise<string | undefined> {
  if (typeof personId !== 'string' || personId === '') return undefined;
  const person = await (await ctx.store()).db.get('people', personId);
  return person?.role === 'observer' ? person.name : undefined;
}

/**
 * Refuses a guarded request when the person using this browser (`me`) is an observer, and a
 * check-in whose author is one. The page hides the controls; this is what holds when it does not.
 */
async function refuseObservers(ctx: Context, request: { type: RequestType; draft?: unknown }): Promise<void> {
  const me = await observerNamed(ctx, await (await ctx.store()).me());
  if (me) throw new RouterError('forbidden', `${me} is an observer: observers see everything and edit nothing; nothing was changed`);
  const draft = request.draft;
  const author = request.type === 'checkIn.add' && typeof draft === 'object' && draft !== null && 'authorId' in draft ? await observerNamed(ctx, draft.authorId) : undefined;
  if (author) throw new RouterError('forbidden', `${author} is an observer and cannot check in; nothing was changed`);
}

/** `handlers` with every guarded one checking who acts first. */
export function observersEditNothing(handlers: Handlers): Handlers {
  // Each wrapper keeps its handler's own request and answer types; TypeScript cannot follow a
  // mapped type through a loop, hence the one widening below.
  const guarded: Record<string, unknown> = { ...handlers };
  for (const type of GUARDED) {
    const inner = handlers[type] as (request: { type: RequestType }, ctx: Context) => Promise<unknown>;
    guarded[type] = async (request: { type: RequestType }, ctx: Context) => {
      await refuseObservers(ctx, request);
      return inner(request, ctx);
    };
  }
  return guarded as Handlers;
}
