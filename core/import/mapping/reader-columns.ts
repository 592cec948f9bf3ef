import { krGroupColumns, type Layout } from '../detect-layout.ts';
import type { ColumnMapping, ColumnRole } from './column-mapping.ts';

/**
 * Leaves to a layout's reader the columns it reads by itself, which values alone would place
 * otherwise: the numbered key result groups of kr-groups (`KR1` read as the key result, `KR1 Start`
 * as the objective's start), and the task ids of a project-tool export, which links tasks by name
 * (an id column read by no one is listed as ignored, not silently dropped).
 */
export function leaveToReader(layout: Layout | undefined, mapping: ColumnMapping): ColumnMapping {
  const left = layout === 'kr-groups' ? krGroupColumns(mapping.header) : layout === 'project-tool' ? idColumns(mapping) : undefined;
  if (!left || left.size === 0) return mapping;
  const why = layout === 'kr-groups' ? 'a numbered key result group, read by the kr-groups layout' : 'a task id: a project-tool export links tasks by name';
  const columns = mapping.columns.map((c): ColumnRole => (left.has(c.index) ? { index: c.index, header: c.header, role: 'ignore', confidence: 1, why } : c));
  return { ...mapping, columns };
}

const idColumns = (m: ColumnMapping) => new Set(m.columns.filter((c) => c.role === 'rowId').map((c) => c.index));
