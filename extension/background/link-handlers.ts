import type { Link } from '../../core/model/records.ts';
import { linkedItems } from '../../core/report/link-summary.ts';
import { workspaceToday } from '../../core/report/today.ts';
import type { Handlers } from './context.ts';
import { updateRecord } from './edit-records.ts';
import { STORE_OF } from './record-checks.ts';
import { invalid, notFound, requireText } from './router-error.ts';

type LinkKey = 'link.add' | 'link.remove' | 'okrs.linkable';
const LINKABLE = ['keyResult', 'initiative'] as const;
type Linkable = (typeof LINKABLE)[number];

function linkableType(value: unknown): Linkable {
  const found = LINKABLE.find((t) => t === value);
  if (!found) throw invalid([{ recordType: 'keyResult', id: '', field: 'targetType', message: `must be keyResult or initiative, not ${JSON.stringify(value)}` }]);
  return found;
}

async function linksOf(type: Linkable, id: string, ctx: Parameters<Handlers['link.add']>[1]): Promise<Link[]> {
  const record = await (await ctx.store()).db.get(STORE_OF[type], id);
  if (!record) throw notFound(`no ${type === 'keyResult' ? 'key result' : 'initiative'} has id ${JSON.stringify(id)}; nothing was linked`);
  return record.links;
}

// Read, change and write inside the write queue: two tabs linking the same key result both land.
export const linkHandlers = {
  'link.add': async ({ targetType, id, link }, ctx) => {
    const type = linkableType(targetType);
    const key = requireText(id, 'id');
    const links = await linksOf(type, key, ctx);
    const next = links.some((l) => l.key === link.key) ? links : [...links, link];
    return updateRecord(type, key, { links: next }, ctx);
  },
  'link.remove': async ({ targetType, id, key: linkKey }, ctx) => {
    const type = linkableType(targetType);
    const key = requireText(id, 'id');
    const links = await linksOf(type, key, ctx);
    return updateRecord(type, key, { links: links.filter((l) => l.key !== linkKey) }, ctx);
  },
  // What the overlay's "Link to key result" searches: open key results and initiatives of periods
  // not yet over, mine first. Small enough to filter as the person types.
  'okrs.linkable': async (_request, ctx) => {
    const store = await ctx.store();
    const [ws, me] = await Promise.all([store.load(), store.me()]);
    if (!ws) return { value: { items: [] } };
    const today = workspaceToday(ws, ctx.now());
    const open = new Set(ws.periods.filter((p) => p.end >= today).map((p) => p.id));
    const objectives = new Map(ws.objectives.filter((o) => open.has(o.periodId) && o.state !== 'closed').map((o) => [o.id, o]));
    const keyResults = ws.keyResults.filter((k) => objectives.has(k.objectiveId) && k.state !== 'closed');
    const krIds = new Set(keyResults.map((k) => k.id));
    const initiatives = ws.initiatives.filter((i) => krIds.has(i.parentId) || objectives.has(i.parentId));
    const facts = linkedItems(ws, ctx.now());
    const mine = (ownerIds: readonly string[]) => me !== undefined && ownerIds.includes(me);
    const items = [
      ...keyResults.map((k) => ({ ...facts.keyResult(k), mine: mine(k.ownerIds) })),
      ...initiatives.map((i) => ({ ...facts.initiative(i), mine: mine(i.ownerIds) })),
    ];
    items.sort((a, b) => Number(b.mine) - Number(a.mine));
    return { value: { items } };
  },
} satisfies Pick<Handlers, LinkKey>;
