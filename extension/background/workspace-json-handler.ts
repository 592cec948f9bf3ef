import type { Handlers } from './context.ts';

export const workspaceJsonHandler = {
  'workspace.json': async (_request, ctx) => ({ value: await ctx.workspaceText.get(await ctx.store()) }),
} satisfies Pick<Handlers, 'workspace.json'>;
