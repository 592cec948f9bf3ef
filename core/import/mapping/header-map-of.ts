import type { Field, HeaderMap } from '../header-fields.ts';
import { SURE, type ColumnMapping } from './column-mapping.ts';

/**
 * The HeaderMap the layout readers take, from a mapping: each field from its first column, levels
 * in depth order. A guess below `SURE` feeds no reader: its column is listed as ignored.
 */
export function headerMapOf(mapping: ColumnMapping): HeaderMap {
  const fields = new Map<Field, number>();
  const unknown: string[] = [];
  const indent: HeaderMap['indent'] = [];
  for (const c of [...mapping.columns].sort((a, b) => a.index - b.index)) {
    if (c.confidence < SURE || c.role === 'ignore') {
      if (c.header.trim()) unknown.push(c.header);
    } else if (c.role === 'level') indent.push({ depth: c.depth ?? indent.length, index: c.index });
    else if (!fields.has(c.role)) fields.set(c.role, c.index);
  }
  return { fields, columns: [...mapping.header], unknown, indent: indent.sort((a, b) => a.depth - b.depth) };
}
