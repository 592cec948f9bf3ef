import { withoutPrivate } from '../../core/bundle/without-private.ts';
import { exportCsv } from '../../core/csv/export-csv.ts';
import type { Handlers } from './context.ts';
import { bundleFileName } from './counts.ts';
import { notFound } from './router-error.ts';

/** The canonical items and check-ins files (core/csv), private OKRs left out unless asked for; remembers the date. */
export const csvExport: Handlers['csv.export'] = async ({ includePrivate }, ctx) => {
  const store = await ctx.store();
  const ws = await store.load();
  if (!ws) throw notFound('there is nothing to export yet');
  const exportedAt = ctx.now().toISOString();
  const { items, checkIns } = exportCsv(includePrivate === true ? ws : withoutPrivate(ws));
  const name = (label: string) => bundleFileName(ws.workspace.name, exportedAt, label).replace(/\.okr\.json$/, '.csv');
  await store.setLastExportAt(exportedAt);
  return {
    value: { items: { fileName: name('items'), text: items, exportedAt }, checkIns: { fileName: name('check-ins'), text: checkIns, exportedAt }, exportedAt },
    changed: { scope: 'last-export', ids: [] },
  };
};
