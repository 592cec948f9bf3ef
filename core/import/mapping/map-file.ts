import { detectLayout, type Layout } from '../detect-layout.ts';
import { mapHeader, type HeaderMap } from '../header-fields.ts';
import { applyRowTypes } from './apply-row-types.ts';
import { unplaced, type ColumnMapping, type ColumnRole, type Role } from './column-mapping.ts';
import { headerMapOf } from './header-map-of.ts';
import { inferRoles } from './infer-roles.ts';
import { distinctCells, rowTypesOf } from './row-types.ts';

/** How one file is read: the mapping, the readers' HeaderMap and layout, and what was not sure. */
export type FileMapping = {
  /** Undefined for our own files, whose columns are fixed. */
  mapping: ColumnMapping | undefined; map: HeaderMap; layout: Layout | undefined; body: string[][];
  /** Columns with data not placed with confidence, and type values that name no item. */
  unsure: ColumnRole[]; unknownTypes: string[];
};

const SAMPLE = 20;
// An unsure column that might only be one of these extras is left out (listed as ignored) rather
// than stopping the import: a tracker export has dozens of such columns (Sprint, Labels …).
const EXTRAS = new Set<Role>(['team', 'due', 'date', 'progress', 'note', 'description', 'tags', 'status', 'kind', 'commitment', 'weight', 'score', 'unit']);
const blocking = (c: ColumnRole) => !(c.guess && EXTRAS.has(c.guess));
const CANONICAL = new Set<Layout>(['canonical-items', 'canonical-check-ins', 'canonical-kpis']);

/**
 * Reads a foreign file's columns: from a given mapping, else from headers and values together.
 * A header that names a layout by itself keeps working as before; values then settle ambiguous
 * and duplicate columns. Without one, the values must place every column, or the file is unsure.
 */
export function mapFile(file: string, header: string[], body: string[][], given?: ColumnMapping): FileMapping {
  if (given) {
    const mapping = { ...given, file };
    const map = headerMapOf(mapping);
    const typed = applyRowTypes(body, map.fields.get('type'), mapping.rowTypes);
    return { mapping, map, layout: given.layout ?? detectLayout(header, map, typed.slice(0, SAMPLE)), body: typed, unsure: [], unknownTypes: [] };
  }
  const byHeader = mapHeader(header);
  const headerLayout = detectLayout(header, byHeader, body.slice(0, SAMPLE));
  if (headerLayout && CANONICAL.has(headerLayout)) return { mapping: undefined, map: byHeader, layout: headerLayout, body, unsure: [], unknownTypes: [] };
  const inferred = inferRoles(header, body, file);
  const map = headerMapOf(inferred);
  const typed = applyRowTypes(body, map.fields.get('type'), inferred.rowTypes);
  const layout = detectLayout(header, map, typed.slice(0, SAMPLE));
  // Values must never lose a file its header could read: then the header's reading is the mapping.
  if (!layout && headerLayout) return { mapping: { ...mappingOf(byHeader, inferred), layout: headerLayout }, map: byHeader, layout: headerLayout, body, unsure: [], unknownTypes: [] };
  const typeAt = map.fields.get('type');
  const unknownTypes = typeAt === undefined ? [] : rowTypesOf(distinctCells(body, typeAt)).unknown;
  // A header that named the layout was enough before values were read: then only type words no
  // one knows make it ask (which item is a "Spike"?).
  return { mapping: { ...inferred, ...(layout ? { layout } : {}) }, map, layout, body: typed, unsure: headerLayout ? [] : unplaced(inferred).filter(blocking), unknownTypes };
}

/** The mapping that says what a HeaderMap reads (the header alone), with the inferred row types. */
function mappingOf(map: HeaderMap, inferred: ColumnMapping): ColumnMapping {
  const roles = new Map<number, Pick<ColumnRole, 'role' | 'depth'>>();
  for (const [field, index] of map.fields) roles.set(index, { role: field });
  for (const { depth, index } of map.indent) roles.set(index, { role: 'level', depth });
  const columns = inferred.columns.map((c) => ({ index: c.index, header: c.header, ...(roles.get(c.index) ?? { role: 'ignore' as const }), confidence: 0.95, why: 'header' }));
  return { ...inferred, columns };
}
