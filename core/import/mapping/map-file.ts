import { detectLayout, type Layout } from '../detect-layout.ts';
import { mapHeader, type HeaderMap } from '../header-fields.ts';
import { issueType } from '../layouts/tracker.ts';
import { parseItemType } from '../loose-values.ts';
import { applyRowTypes } from './apply-row-types.ts';
import { unplaced, type ColumnMapping, type ColumnRole, type Role } from './column-mapping.ts';
import { headerMapOf } from './header-map-of.ts';
import { inferRoles } from './infer-roles.ts';
import { leaveToReader } from './reader-columns.ts';
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
    const layout = given.layout ?? detectLayout(header, headerMapOf(given), body.slice(0, SAMPLE));
    const mapping = leaveToReader(layout, { ...given, file });
    const map = headerMapOf(mapping);
    const typed = applyRowTypes(body, map.fields.get('type'), mapping.rowTypes, readerTypeOf(layout));
    return { mapping, map, layout, body: typed, unsure: [], unknownTypes: [] };
  }
  const byHeader = mapHeader(header);
  const headerLayout = detectLayout(header, byHeader, body.slice(0, SAMPLE));
  if (headerLayout && CANONICAL.has(headerLayout)) return { mapping: undefined, map: byHeader, layout: headerLayout, body, unsure: [], unknownTypes: [] };
  const guessed = inferRoles(header, body, file);
  // Type cells play no part in telling the layout (only outline numbers are read from rows).
  const layout = detectLayout(header, headerMapOf(guessed), body.slice(0, SAMPLE));
  const inferred = leaveToReader(layout, guessed);
  const map = headerMapOf(inferred);
  // Values must never lose a file its header could read: then the header's reading is the mapping.
  if (!layout && headerLayout) return { mapping: { ...mappingOf(byHeader, inferred), layout: headerLayout }, map: byHeader, layout: headerLayout, body, unsure: [], unknownTypes: [] };
  const typeAt = map.fields.get('type');
  const typed = applyRowTypes(body, typeAt, inferred.rowTypes, readerTypeOf(layout));
  const unknownTypes = typeAt === undefined ? [] : rowTypesOf(distinctCells(body, typeAt)).unknown;
  // A header that named the layout was enough before values were read: then only type words no
  // one knows make it ask (which item is a "Spike"?).
  return { mapping: { ...inferred, ...(layout ? { layout } : {}) }, map, layout, body: typed, unsure: headerLayout ? [] : unplaced(inferred).filter(blocking), unknownTypes };
}

/** What the layout's reader makes of a type cell by itself: the mapping rewrites only the cells it reads otherwise. */
const readerTypeOf = (layout: Layout | undefined) => (layout === 'tracker' ? issueType : parseItemType);

/** The mapping that says what a HeaderMap reads (the header alone), with the inferred row types. */
function mappingOf(map: HeaderMap, inferred: ColumnMapping): ColumnMapping {
  const roles = new Map<number, Pick<ColumnRole, 'role' | 'depth'>>();
  for (const [field, index] of map.fields) roles.set(index, { role: field });
  for (const { depth, index } of map.indent) roles.set(index, { role: 'level', depth });
  const columns = inferred.columns.map((c) => ({ index: c.index, header: c.header, ...(roles.get(c.index) ?? { role: 'ignore' as const }), confidence: 0.95, why: 'header' }));
  return { ...inferred, columns };
}
