import type { ImportPreview } from '../../../core/import/import-preview.ts';
import type { ColumnMapping } from '../../../core/import/mapping/column-mapping.ts';
import type { SavedMapping } from '../../../core/import/mapping/saved-mapping.ts';
import { send } from '../../messages/client.ts';

/** The mappings saved before for the headers of a preview's foreign files (none when the request fails: it is only an offer). */
export async function savedMappingsFor(preview: ImportPreview): Promise<SavedMapping[]> {
  const headerHashes = preview.files.flatMap((f) => (f.mapping ? [f.mapping.headerHash] : []));
  if (headerHashes.length === 0) return [];
  const r = await send({ type: 'importMapping.get', headerHashes });
  return r.ok ? r.value.saved : [];
}

/** Remembers the mappings a person settled, once their import was written. */
export async function rememberMappings(mappings: readonly ColumnMapping[]): Promise<void> {
  for (const mapping of mappings) await send({ type: 'importMapping.save', mapping });
}
