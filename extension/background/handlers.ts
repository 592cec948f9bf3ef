import { linkHandlers } from './link-handlers.ts';
import { csvExport } from './csv-export.ts';
import { recordsImport } from './records-import.ts';
import { backupHandlers } from './backup-handlers.ts';
import { bundleHandlers } from './bundle-handlers.ts';
import { addCheckIn } from './check-in.ts';
import type { Handlers } from './context.ts';
import { editHandlers } from './edit-handlers.ts';
import { meHandlers } from './me-handlers.ts';
import { queryHandlers } from './query-handlers.ts';
import { startHandlers } from './start-handlers.ts';
import { workspaceJsonHandler } from './workspace-json-handler.ts';
import { observersEditNothing } from './observer-guard.ts';
import { closePeriodHandler } from './period-close.ts';
import { restoreRecords } from './records-restore.ts';
import { updateSettings } from './settings-update.ts';
import { firstScreenHandler } from './first-screen-handler.ts';
import { importMappingHandlers } from './import-mapping-handlers.ts';

/** Every request type has exactly one handler: the type makes a missing one a compile error. */
export const HANDLERS: Handlers = observersEditNothing({
  ...queryHandlers, ...editHandlers, 'checkIn.add': addCheckIn, ...bundleHandlers, ...backupHandlers, ...meHandlers,
  'period.close': closePeriodHandler,
  'settings.update': updateSettings,
  'records.restore': restoreRecords,
  'records.import': recordsImport,
  'csv.export': csvExport,
  ...startHandlers,
  ...workspaceJsonHandler,
  ...linkHandlers,
  ...firstScreenHandler,
  ...importMappingHandlers,
});

/** Answered outside the write queue: they change nothing. */
export const READS = new Set<keyof Handlers>(['workspace.summary', 'workspace.get', 'me.get', 'okrs.byPeriod', 'okrs.byOwner', 'okrs.byTeam', 'okrs.byLink', 'checkIns.forTarget', 'backup.list', 'backup.export', 'workspace.json', 'okrs.linkable', 'home.firstScreen', 'importMapping.get']);
