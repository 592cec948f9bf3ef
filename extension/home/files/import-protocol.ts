import type { ImportPreview } from '../../../core/import/import-preview.ts';
import type { Workspace } from '../../../core/model/workspace.ts';
import type { ColumnMapping } from '../../../core/import/mapping/column-mapping.ts';

/** The page asks the import worker to read files and plan against the workspace it shows. */
/** `mappings`: column mappings the person set or saved before, each applied to the file with its header. */
export type PlanRequest = { files: { name: string; bytes: ArrayBuffer }[]; base: Workspace | undefined; now: string; chunkSize: number; mappings?: ColumnMapping[] };

/**
 * What the worker answers. A CSV plan travels as JSON text parts (cheap to pass along, parsed in
 * the background, never on the page's main thread); a bundle as its text, for `bundle.import`.
 */
export type PlanReady =
  | { kind: 'csv'; preview: ImportPreview; base: string; chunks: string[] }
  | { kind: 'bundle'; preview: ImportPreview; fileName: string; text: string };

export type WorkerMessage =
  | { type: 'progress'; message: string }
  // A CSV plan's parts come one message each before `ready` (whose `chunks` is then empty), so the
  // page never takes 6 MB off the wire in one task.
  | { type: 'chunk'; text: string }
  | { type: 'ready'; plan: PlanReady }
  | { type: 'failed'; message: string };
