import { readCanonicalCheckIns } from '../csv/read-canonical-check-ins.ts';
import { readCanonicalItems } from '../csv/read-canonical-items.ts';
import { readCanonicalKpis } from '../csv/read-canonical-kpis.ts';
import type { CheckIn } from '../model/records.ts';
import type { Workspace } from '../model/workspace.ts';
import { buildCheckIns, checkInsFromCurrents, matchCheckInLog, type CurrentValue } from './build-check-ins.ts';
import { buildRecords } from './build-records.ts';
import { LAYOUTS, type Layout } from './detect-layout.ts';
import type { CheckInDraft, Draft, TableInput } from './draft.ts';
import { joinProvenance, planImport, type ImportPlan, type Incoming, type Provenance } from './import-plan.ts';
import type { ColumnMapping } from './mapping/column-mapping.ts';
import { mapFile } from './mapping/map-file.ts';
import { pickMapping, unusedMappings } from './mapping/pick-mapping.ts';
import { unsureMessage } from './mapping/unsure-message.ts';
import { readCheckInLog } from './layouts/check-in-log.ts';
import { readIndentation } from './layouts/indentation.ts';
import { readKrRows } from './layouts/kr-rows.ts';
import { readOutline } from './layouts/outline.ts';
import { readRowIdParent } from './layouts/row-id-parent.ts';
import { readTypeParentName } from './layouts/type-parent-name.ts';
import { readGoalTree } from './layouts/goal-tree.ts';
import { readKrGroups } from './layouts/kr-groups.ts';
import { readProjectTool } from './layouts/project-tool.ts';
import { readTracker } from './layouts/tracker.ts';
import { parseStatus } from './loose-values.ts';
import { takeMissingStarts } from './missing-starts.ts';
import { tidyFile } from './tidy/tidy-file.ts';
import { readTable } from './read-table.ts';
import type { Problem } from './problems.ts';
import { Resolver } from './resolver.ts';
import type { Decoded } from './decode-text.ts';
import { append } from '../util/append.ts';

export type InputFile = { name: string; text: string; encoding?: Decoded['encoding'] };
/** `mappings`: column mappings to apply, each to the file with its header (see core/import/mapping/). */
export type ImportOptions = { now: string; defaultPeriod?: string; importedBy?: string; onProgress?: (message: string) => void; mappings?: readonly ColumnMapping[] };
/** `mapping`: how a foreign file's columns were read (to print, edit and give back); `sample`: its first rows, for a live preview. */
export type FileReport = {
  file: string; layout?: Layout; description?: string; rows: number; delimiter?: string; encoding?: Decoded['encoding']; ignoredColumns: string[];
  mapping?: ColumnMapping; needsMapping?: boolean; sample?: string[][];
};
const SAMPLE_ROWS = 8;
export type ImportResult = ImportPlan & { files: FileReport[] };

const ITEM_READERS = { 'row-id-parent': readRowIdParent, outline: readOutline, indentation: readIndentation, 'kr-rows': readKrRows, 'type-parent-name': readTypeParentName,
  tracker: readTracker, 'project-tool': readProjectTool, 'kr-groups': readKrGroups, 'wide-history': readKrRows, 'goal-tree': readGoalTree } as const;

/**
 * Plans the import of one or more CSV files into `base`: detects each file's layout, reads
 * items before check-in logs, resolves people, teams, periods and parents, and validates the
 * result. Nothing is written here; the caller writes `result` or `batch` only when `ok`.
 */
export function importFiles(files: readonly InputFile[], base: Workspace, options: ImportOptions): ImportResult {
  const problems: Problem[] = [];
  let provenance: Provenance = new Map();
  const resolver = new Resolver(base, options.now);
  const reports: FileReport[] = [];
  const decimalComma = new Map<string, boolean>();
  const drafts: Draft[] = [];
  const logDrafts: CheckInDraft[] = [];
  const incoming = { objectives: [], keyResults: [], initiatives: [], checkIns: [], kpis: [] } as Required<Pick<Incoming, 'objectives' | 'keyResults' | 'initiatives' | 'checkIns' | 'kpis'>>;
  const currents: CurrentValue[] = [];
  const canonicalCheckIns: TableInput[] = [];
  // The header of each file's start column, so a warning about a missing start can name it.
  const startColumns = new Map<string, string>();
  const headers: { name: string; header: string[] }[] = [];

  for (const { name, text, encoding } of files) {
    if (encoding === 'windows-1252') problems.push({ file: name, severity: 'warning', message: 'is not UTF-8; read it as Windows-1252 (older Excel on Windows): check accented letters' });
    if (/^\uFEFF?\s*$/.test(text)) {
      problems.push({ file: name, severity: 'error', message: 'is empty' });
      reports.push({ file: name, rows: 0, ignoredColumns: [] });
      continue;
    }
    options.onProgress?.(`reading ${name}`);
    const { header, body: rawBody, ...table } = readTable(text, name);
    options.onProgress?.(`read ${name}: ${rawBody.length} rows`);
    append(problems, table.problems);
    decimalComma.set(name, table.decimalComma);
    // After a broken quote the rest of the file is one long cell: reading on only adds noise.
    if (table.problems.length > 0) {
      reports.push({ file: name, rows: rawBody.length, delimiter: table.delimiter, ignoredColumns: [] });
      continue;
    }
    headers.push({ name, header });
    // Taken before the mapping writes type cells in place: the mapping step shows the file as it is.
    const sample = rawBody.slice(0, SAMPLE_ROWS).map((r) => [...r]);
    const read = mapFile(name, header, rawBody, pickMapping(options.mappings, name, header, problems));
    const { map, layout, body } = read;
    const startAt = map.fields.get('start');
    if (startAt !== undefined) startColumns.set(name, map.columns[startAt] ?? 'Start');
    const canonical = layout === 'canonical-items' || layout === 'canonical-check-ins' || layout === 'canonical-kpis';
    const needsMapping = !layout || read.unsure.length > 0 || read.unknownTypes.length > 0;
    reports.push({
      file: name, ...(layout ? { layout, description: LAYOUTS[layout] } : {}), rows: body.length, delimiter: table.delimiter, ...(encoding ? { encoding } : {}), ignoredColumns: canonical ? [] : map.unknown,
      ...(read.mapping ? { mapping: read.mapping, needsMapping, sample } : {}),
    });
    if (!layout || needsMapping) {
      problems.push({ file: name, row: 1, severity: 'error',
        message: read.mapping ? unsureMessage(read.mapping, read.unsure, read.unknownTypes, layout !== undefined) : `could not tell the layout from the header (${header.join(', ')})` });
      continue;
    }
    // Most workspaces have no KPIs, and their export still writes the KPIs file's header.
    if (body.length === 0 && layout !== 'canonical-kpis') {
      problems.push({ file: name, row: 1, severity: 'error', message: 'has a header but no rows' });
      continue;
    }
    const input: TableInput = { file: name, header, body };
    if (layout === 'canonical-items') {
      const read = readCanonicalItems([header, ...input.body], name, resolver, options.now);
      append(problems, read.problems);
      provenance = joinProvenance(provenance, read.provenance);
      append(incoming.objectives, (read.incoming.objectives ?? []));
      append(incoming.keyResults, (read.incoming.keyResults ?? []));
      append(incoming.initiatives, (read.incoming.initiatives ?? []));
      append(currents, read.currents.map((c) => ({ keyResultId: c.id, value: c.value, file: name, row: c.row, column: 'current' })));
    } else if (layout === 'canonical-kpis') {
      const read = readCanonicalKpis([header, ...input.body], name, resolver, options.now);
      append(problems, read.problems);
      provenance = joinProvenance(provenance, read.provenance);
      append(incoming.kpis, read.kpis);
    } else if (layout === 'canonical-check-ins') canonicalCheckIns.push(input);
    else if (layout === 'check-in-log') {
      const logs = readCheckInLog(input, map);
      tidyFile(input, map, [], logs, options, problems);
      append(logDrafts, logs);
    } else {
      const read = ITEM_READERS[layout](input, map, problems);
      append(logDrafts, tidyFile(input, map, read, [], options, problems));
      append(drafts, read);
    }
  }

  append(problems, unusedMappings(options.mappings, headers));
  const ctx = { base, resolver, now: options.now, ...(options.defaultPeriod ? { defaultPeriod: options.defaultPeriod } : {}), decimalComma: (f: string) => decimalComma.get(f) ?? false };
  options.onProgress?.(`building ${drafts.length} items`);
  const built = buildRecords(drafts, ctx, problems);
  provenance = joinProvenance(provenance, built.provenance);
  append(incoming.objectives, built.objectives);
  append(incoming.keyResults, built.keyResults);
  append(incoming.initiatives, built.initiatives);
  append(currents, built.currents.map((c) => currentOf(c.keyResultId, c.value, c.draft)));

  options.onProgress?.(`built ${built.objectives.length + built.keyResults.length + built.initiatives.length} items`);
  const baseKrIds = new Set(base.keyResults.map((k) => k.id));
  for (const ini of incoming.initiatives) if (baseKrIds.has(ini.parentId)) ini.parentType = 'keyResult';

  const checkInCtx = {
    keyResults: new Map([...base.keyResults, ...incoming.keyResults].map((k) => [k.id, k])),
    objectives: new Map([...base.objectives, ...incoming.objectives].map((o) => [o.id, o])),
    periods: () => [...base.periods, ...resolver.created.periods],
    resolver, decimalComma: ctx.decimalComma, paceCache: new Map<string, number | undefined>(), settings: base.workspace.settings,
    importedBy: () => resolver.person(options.importedBy ?? 'Importer'),
  };
  for (const t of canonicalCheckIns) {
    const read = readCanonicalCheckIns([t.header, ...t.body], t.file, resolver, options.now);
    append(problems, read.problems);
    provenance = joinProvenance(provenance, read.provenance);
    append(incoming.checkIns, read.checkIns);
  }
  const logged = matchCheckInLog(logDrafts, checkInCtx, problems);
  // Before any status is suggested: a start taken here changes what the values mean.
  takeMissingStarts(built.unstarted, logged, new Map(built.currents.map((c) => [c.keyResultId, c.value])), (file) => startColumns.get(file) ?? 'Start', problems);
  append(incoming.checkIns, buildCheckIns(logged, checkInCtx, provenance));
  append(incoming.checkIns, checkInsFromCurrents(currents, [...base.checkIns, ...incoming.checkIns], checkInCtx, options.now, provenance));
  const otherTargets = { initiative: new Set([...base.initiatives, ...incoming.initiatives].map((i) => i.id)), kpi: new Set([...base.kpis, ...incoming.kpis].map((k) => k.id)) };
  append(problems, orphanCheckIns(incoming.checkIns, checkInCtx.keyResults, checkInCtx.objectives, otherTargets, provenance));

  options.onProgress?.(`checking ${incoming.objectives.length + incoming.keyResults.length + incoming.initiatives.length} items and ${incoming.checkIns.length} check-ins`);
  const all: Incoming = { ...incoming, people: resolver.created.people, teams: resolver.created.teams, periods: resolver.created.periods };
  return { ...planImport(base, all, problems, provenance, options.now), files: reports };
}

// The row's status cell (🟢, "At risk") is the status of its current value's check-in, when it names one.
function currentOf(keyResultId: string, value: number, d: Draft): CurrentValue {
  const status = d.cells.status ? parseStatus(d.cells.status.text) : undefined;
  return { keyResultId, value, file: d.file, row: d.row, column: d.cells.current?.column ?? 'Current', ...(status ? { status } : {}) };
}

type OtherTargets = Record<'initiative' | 'kpi', ReadonlySet<string>>;

function orphanCheckIns(checkIns: readonly CheckIn[], krs: ReadonlyMap<string, unknown>, objectives: ReadonlyMap<string, unknown>, others: OtherTargets, provenance: Provenance): Problem[] {
  return checkIns
    .filter((c) => !(c.targetType === 'keyResult' ? krs.has(c.targetId) : c.targetType === 'objective' ? objectives.has(c.targetId) : others[c.targetType].has(c.targetId)))
    .map((c) => {
      const at = provenance.get(c.id);
      return { file: at?.file ?? '', row: at?.row, column: 'target id', severity: 'error' as const, message: `no ${c.targetType} has id ${JSON.stringify(c.targetId)}` };
    });
}
