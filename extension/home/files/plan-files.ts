import { readBundle } from '../../../core/bundle/read-bundle.ts';
import { decodeText } from '../../../core/import/decode-text.ts';
import { importFiles } from '../../../core/import/import-files.ts';
import { bundlePreview, csvPreview, refusedPreview } from '../../../core/import/import-preview.ts';
import { workspaceFingerprint } from '../../../core/import/workspace-fingerprint.ts';
import { newWorkspaceSettings } from '../../../core/model/settings.ts';
import { systemTimeZone } from '../../../core/model/time-zone.ts';
import type { Workspace } from '../../../core/model/workspace.ts';
import { chunkBatch } from '../../../core/store/chunk-batch.ts';
import type { PlanReady, PlanRequest } from './import-protocol.ts';

const isBundleName = (name: string) => /\.json$/i.test(name);

/** A new workspace for an import into an empty browser, named after the first file. */
const freshWorkspace = (fileName: string, now: string): Workspace => ({
  workspace: { id: 'workspace', name: fileName.replace(/\.[^.]+$/, '') || 'OKRs', updatedAt: now, settings: newWorkspaceSettings(systemTimeZone()) },
  people: [], teams: [], periods: [], objectives: [], keyResults: [], initiatives: [], checkIns: [], kpis: [], tombstones: [],
});

/**
 * Reads and plans the picked files (pure, so it runs in the import worker and in unit tests):
 * CSV files of any layout the importer knows, or one bundle. Nothing is written here.
 */
export function planFiles({ files, base, now, chunkSize, mappings }: PlanRequest, progress: (message: string) => void = () => undefined): PlanReady {
  const bundles = files.filter((f) => isBundleName(f.name));
  if (bundles.length > 0 && (bundles.length > 1 || files.length > 1)) throw new Error('pick either CSV files or one bundle (.okr.json), not both or several bundles');
  const decoded = files.map((f) => ({ name: f.name, ...decodeText(new Uint8Array(f.bytes)) }));
  const bundle = bundles.length === 1 ? decoded[0] : undefined;
  if (bundle) {
    progress(`reading ${bundle.name}`);
    const read = readBundle(bundle.text, bundle.name);
    const preview = read.ok ? bundlePreview(base, read.bundle, bundle.name) : refusedPreview(bundle.name, read.errors);
    return { kind: 'bundle', preview, fileName: bundle.name, text: bundle.text };
  }
  const start = base ?? freshWorkspace(decoded[0]?.name ?? 'OKRs', now);
  const plan = importFiles(decoded, start, { now, onProgress: progress, ...(mappings?.length ? { mappings } : {}) });
  progress('preparing the preview');
  // Into an empty browser, the workspace itself is part of what is written.
  const batch = base ? plan.batch : { ...plan.batch, workspace: start.workspace };
  const chunks = plan.ok ? chunkBatch(batch, chunkSize).map((part) => JSON.stringify(part)) : [];
  return { kind: 'csv', preview: csvPreview(plan), base: workspaceFingerprint(base), chunks };
}
