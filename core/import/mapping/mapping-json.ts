import { LAYOUTS, type Layout } from '../detect-layout.ts';
import { isRole, ROLES, type ColumnMapping, type ColumnRole } from './column-mapping.ts';
import { headerHash } from './header-hash.ts';
import type { RowTypes } from './row-types.ts';

type Read = { ok: true; mappings: ColumnMapping[] } | { ok: false; errors: string[] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown) => (Array.isArray(v) && v.every((s) => typeof s === 'string') ? (v as string[]) : undefined);

/** The mapping as people edit it: what was guessed stays readable, `confidence` and `why` are optional. */
export const mappingText = (mappings: readonly ColumnMapping[]) => JSON.stringify({ mappings }, null, 2);

/**
 * Reads a mapping file: `{ "mappings": [...] }` (what `okr import --dry-run --json` prints, whole or
 * cut down) or one mapping. Each error names the mapping and the column.
 */
export function readMappings(text: string): Read {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`is not JSON (${e instanceof Error ? e.message : String(e)})`] };
  }
  const list = isObject(data) && Array.isArray(data.mappings) ? data.mappings : [data];
  const errors: string[] = [];
  const mappings = list.flatMap((m, i) => {
    const at = `mapping ${i + 1}`;
    const read = readOne(m, at, errors);
    return read ? [read] : [];
  });
  return errors.length ? { ok: false, errors } : { ok: true, mappings };
}

function readOne(m: unknown, at: string, errors: string[]): ColumnMapping | undefined {
  const header = isObject(m) ? strings(m.header) : undefined;
  if (!isObject(m) || !header || !Array.isArray(m.columns)) return void errors.push(`${at}: expected { "header": [...], "columns": [...] }`);
  if (m.layout !== undefined && !(typeof m.layout === 'string' && Object.hasOwn(LAYOUTS, m.layout)))
    errors.push(`${at}: "layout" ${JSON.stringify(m.layout)} is none of ${Object.keys(LAYOUTS).join(', ')}`);
  const columns: ColumnRole[] = [];
  m.columns.forEach((c: unknown, j: number) => {
    const where = `${at}, column entry ${j + 1}`;
    if (!isObject(c) || !Number.isInteger(c.index) || (c.index as number) < 0 || (c.index as number) >= header.length)
      return void errors.push(`${where}: "index" must be a column number from 0 to ${header.length - 1}`);
    if (!isRole(c.role)) return void errors.push(`${where} ("${header[c.index as number]}"): "role" ${JSON.stringify(c.role)} is none of ${ROLES.join(', ')}`);
    const depth = typeof c.depth === 'number' ? { depth: c.depth } : {};
    columns.push({ index: c.index as number, header: header[c.index as number]!, role: c.role, ...depth, confidence: 1, why: 'mapping' });
  });
  const rowTypes = readRowTypes(m.rowTypes, at, errors);
  return { ...(typeof m.file === 'string' ? { file: m.file } : {}), header, headerHash: headerHash(header), ...(typeof m.layout === 'string' ? { layout: m.layout as Layout } : {}), columns, rowTypes };
}

function readRowTypes(v: unknown, at: string, errors: string[]): RowTypes {
  const rowTypes: RowTypes = { objective: [], keyResult: [], initiative: [] };
  if (v === undefined) return rowTypes;
  if (!isObject(v)) return errors.push(`${at}: "rowTypes" must be { "objective": [...], "keyResult": [...], "initiative": [...] }`), rowTypes;
  for (const type of ['objective', 'keyResult', 'initiative'] as const) {
    const values = v[type] === undefined ? [] : strings(v[type]);
    if (values) rowTypes[type] = values;
    else errors.push(`${at}: "rowTypes.${type}" must be a list of cell values`);
  }
  return rowTypes;
}
