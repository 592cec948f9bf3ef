import type { ColumnMapping } from './column-mapping.ts';

/** A mapping a person settled, kept by its header's hash with the time it was saved. */
export type SavedMapping = { headerHash: string; mapping: ColumnMapping; savedAt: string };
