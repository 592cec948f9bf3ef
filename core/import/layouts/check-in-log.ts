import type { CheckInDraft, TableInput } from '../draft.ts';
import type { HeaderMap } from '../header-fields.ts';
import { cellsOf, isBlank } from './cells.ts';

/** A check-in log tab saved as its own CSV: key result, date, value, status, note. */
export function readCheckInLog({ file, body }: TableInput, map: HeaderMap): CheckInDraft[] {
  return body.flatMap((cells, i) => (isBlank(cells) ? [] : [{ file, row: i + 2, cells: cellsOf(map, cells) }]));
}
