import type { Person } from '../../core/model/records.ts';
import { startWorkspace } from '../../core/model/start-workspace.ts';
import { isTimeZone } from '../../core/model/time-zone.ts';
import { ROLES, type Role } from '../../core/model/vocabulary.ts';
import type { Handlers } from './context.ts';
import { notFound, requireText, RouterError } from './router-error.ts';

const trimmed = (value: unknown, field: string) => requireText(typeof value === 'string' ? value.trim() : value, field);

/** First run: start an empty workspace, or add yourself to one that came from a file. */
export const startHandlers = {
  'workspace.create': async ({ name, personName, timeZone }, ctx) => {
    const zone = requireText(timeZone, 'timeZone');
    if (!isTimeZone(zone)) throw new RouterError('invalid', `timeZone: ${JSON.stringify(zone)} is not a time zone this browser knows; nothing was changed`);
    const start = startWorkspace({ workspaceId: ctx.newId(), name: trimmed(name, 'name'), personId: ctx.newId(), personName: trimmed(personName, 'personName'), timeZone: zone, now: ctx.now() });
    const store = await ctx.store();
    // Starting empty over a workspace would silently drop it; an import replaces one, after a backup.
    if (await store.db.get('meta', 'workspace')) throw new RouterError('invalid', 'there is already a workspace in this browser; nothing was changed');
    await store.write(start, { durability: 'strict' });
    const me = start.people[0]!;
    await store.setMe(me.id);
    return { value: { workspace: start.workspace, person: me }, changed: { scope: 'workspace', ids: [] } };
  },
  'person.create': async ({ name, email, role, me }, ctx) => {
    const store = await ctx.store();
    if (!(await store.db.get('meta', 'workspace'))) throw notFound('there is no workspace in this browser yet: start one, import a file or load the demo first');
    const chosen: Role = role ?? 'member';
    if (!ROLES.includes(chosen)) throw new RouterError('invalid', `role: expected one of ${ROLES.join(', ')}, got ${JSON.stringify(chosen)}; nothing was changed`);
    const person: Person = { id: ctx.newId(), name: trimmed(name, 'name'), role: chosen, updatedAt: ctx.now().toISOString(), ...(email ? { email: email.trim() } : {}) };
    await store.write({ people: [person] });
    if (me === true) await store.setMe(person.id);
    return { value: person, changed: { scope: 'records', ids: [person.id] } };
  },
} satisfies Pick<Handlers, 'workspace.create' | 'person.create'>;
