import { FIELD_SYNONYMS, type Field } from '../header-fields.ts';
import type { Layout } from '../detect-layout.ts';
import type { RowTypes } from './row-types.ts';

/** A column's role: a field, an indentation level (`Main`, `L1` … with its depth), or nothing. */
export type Role = Field | 'level' | 'ignore';
export const ROLES: readonly Role[] = [...(Object.keys(FIELD_SYNONYMS) as Field[]), 'level', 'ignore'];
export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);

/**
 * One column: its index is its identity (two `Name` columns are two entries); `confidence` (0…1)
 * and `why` say how sure the guess was and from what; a mapping written by a person needs neither.
 * A guess too unsure to use is only a hint: the role stays `ignore` and `guess` says what it might be,
 * so a mapping printed and given back unchanged reads the file the same way.
 */
export type ColumnRole = { index: number; header: string; role: Role; depth?: number; confidence: number; why: string; guess?: Role };

/** How to read one file: a role per column, which type-cell values mean which item, and optionally the layout. */
export type ColumnMapping = {
  file?: string;
  header: string[];
  /** The hash of the normalised header: a mapping is remembered and offered again by it. */
  headerHash: string;
  layout?: Layout;
  columns: ColumnRole[];
  rowTypes: RowTypes;
};

/** Below this a column counts as not placed: the import asks instead of guessing. */
export const SURE = 0.6;

/** Columns that hold something and were not placed with confidence. */
export const unplaced = (m: ColumnMapping) => m.columns.filter((c) => c.confidence < SURE);
