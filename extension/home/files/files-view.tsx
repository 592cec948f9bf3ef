import type { ViewProps } from '../views.tsx';
import { summary } from '../home-state.ts';
import { BackupsPanel } from './backups-panel.tsx';
import { ExportPanel } from './export-panel.tsx';
import { ImportPanel } from './import-panel.tsx';
import { MergePanel } from './merge-panel.tsx';

/** `#/files`: import, export, merge a teammate's bundle, and backups. */
export function FilesView({ ws }: ViewProps) {
  return (
    <div class="files-view">
      <ImportPanel ws={ws} />
      <ExportPanel lastExportAt={summary.value?.lastExportAt} />
      <MergePanel />
      <BackupsPanel />
    </div>
  );
}
