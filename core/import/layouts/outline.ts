import type { Draft, TableInput } from '../draft.ts';
import type { HeaderMap } from '../header-fields.ts';
import type { ItemType } from '../loose-values.ts';
import type { Problem } from '../problems.ts';
import { cellsOf, isBlank, itemTypeOf } from './cells.ts';

const BY_DEPTH: ItemType[] = ['objective', 'keyResult', 'initiative'];

/** Outline numbers: `Order` = 1, 1.1, 1.2.1; the parent of 1.2 is 1. `Type` may say what each row is. */
export function readOutline({ file, body }: TableInput, map: HeaderMap, problems: Problem[]): Draft[] {
  const drafts: Draft[] = [];
  body.forEach((cells, i) => {
    if (isBlank(cells)) return;
    const row = i + 2;
    const c = cellsOf(map, cells);
    const order = c.order?.text.replace(/\.$/, '') ?? '';
    if (!/^\d+(\.\d+)*$/.test(order))
      return void problems.push({ file, row, column: c.order?.column ?? 'Order', severity: 'error', message: `expected an outline number such as 1 or 1.2, got ${JSON.stringify(c.order?.text ?? '')}` });
    const parts = order.split('.');
    const type = itemTypeOf(c, BY_DEPTH[Math.min(parts.length - 1, 2)], map, { file, row }, problems);
    if (!type) return;
    drafts.push({ file, row, type, key: order, ...(parts.length > 1 ? { parentKey: parts.slice(0, -1).join('.') } : {}), cells: c });
  });
  return drafts;
}
