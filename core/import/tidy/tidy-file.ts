import { periodFromName } from '../period-names.ts';
import type { Cell, CheckInDraft, Draft, TableInput } from '../draft.ts';
import type { HeaderMap } from '../header-fields.ts';
import type { Problem } from '../problems.ts';
import { historyColumns, type Span } from './history-columns.ts';
import { inferPeriods } from './infer-period.ts';
import { ISO_DAY, tidyDates } from './tidy-dates.ts';
import { tidyFractions } from './tidy-numbers.ts';
import { tidyPeople, warnScientificIds } from './tidy-people-ids.ts';
import { checkInsFromHistory } from './wide-history.ts';

export type TidyOptions = { now: string; defaultPeriod?: string };

/**
 * Cells as people write them, made plain before records are built, for one file's rows: dates in
 * the file's one day order, fractions in percent columns, people one a line, ids Excel mangled,
 * the period when the file has none, and a wide week-by-week history turned into check-in rows
 * (returned, for the check-in log matcher).
 */
export function tidyFile(input: TableInput, map: HeaderMap, drafts: readonly Draft[], logs: readonly CheckInDraft[], options: TidyOptions, problems: Problem[]): CheckInDraft[] {
  // Cells already in ISO form are read as they are: a big export of ISO dates gathers nothing here.
  const dateCells: Cell[] = [];
  const add = (c: Cell | undefined) => void (c && !ISO_DAY.test(c.text) && dateCells.push(c));
  for (const d of drafts) add(d.cells.due), add(d.cells.date);
  for (const l of logs) add(l.cells.date);
  const order = tidyDates(dateCells, input.header);
  tidyFractions(drafts);
  tidyPeople(drafts, logs);
  warnScientificIds(input.file, drafts, problems);
  inferPeriods(input.file, map, drafts, options, problems);
  const columns = drafts.length > 0 ? historyColumns(input.header, order) : [];
  if (columns.length < 2) return [];
  // Read, not ignored: the report of ignored columns shares this list.
  const taken = new Set(columns.map((c) => c.header));
  map.unknown.splice(0, map.unknown.length, ...map.unknown.filter((h) => !taken.has(h)));
  const byKey = new Map(drafts.map((d) => [d.key, d]));
  const spanOf = (d: Draft): Span | undefined => {
    const name = d.cells.period?.text ?? (d.parentKey !== undefined ? byKey.get(d.parentKey)?.cells.period?.text : undefined) ?? options.defaultPeriod;
    return name ? periodFromName(name, options.now) : undefined;
  };
  return checkInsFromHistory(input, drafts, columns, spanOf, problems);
}
