import type { Field } from './header-fields.ts';
import type { ItemType } from './loose-values.ts';

/** A cell as read, with the header it came from, so problems can name the column. */
export type Cell = { text: string; column: string };

/** One item row of a foreign file, before ids, people and periods are resolved. */
export type Draft = {
  file: string;
  row: number;
  type: ItemType;
  /** Identifies the row within its file (a row id, an outline number, or the row number). */
  key: string;
  /** The parent row's key (row id / outline layouts) … */
  parentKey?: string;
  /** … or the parent's title (type + parent name, one row per KR layouts). */
  parentTitle?: Cell;
  cells: Partial<Record<Field, Cell>>;
};

/** One row of a check-in log. */
export type CheckInDraft = { file: string; row: number; cells: Partial<Record<Field, Cell>> };

export type TableInput = { file: string; header: string[]; body: string[][] };
