import type { Handlers } from './context.ts';
import { notFound, requireText } from './router-error.ts';

/** "Who are you": chosen at first run from the workspace's people, kept by this browser across imports. */
export const meHandlers = {
  'me.get': async (_request, ctx) => ({ value: { personId: await (await ctx.store()).me() } }),
  'me.set': async ({ personId }, ctx) => {
    const store = await ctx.store();
    const id = requireText(personId, 'personId');
    if (!(await store.db.get('people', id))) throw notFound(`personId: no person "${id}" in this workspace`);
    await store.setMe(id);
    return { value: { personId: id }, changed: { scope: 'me', ids: [id] } };
  },
} satisfies Pick<Handlers, 'me.get' | 'me.set'>;
