import { readMappings } from '../../core/import/mapping/mapping-json.ts';
import type { Handlers } from './context.ts';
import { RouterError } from './router-error.ts';

const keyOf = (hash: string) => `importMapping:${hash}` as const;

/**
 * Column mappings live in the `meta` store, which belongs to this browser: a bundle that replaces
 * the workspace keeps them. A mapping is checked as `okr import --map` checks a file, and filed
 * under the hash of its own header (never a hash the page sends).
 */
export const importMappingHandlers = {
  'importMapping.get': async ({ headerHashes }, ctx) => {
    if (!Array.isArray(headerHashes) || !headerHashes.every((h) => typeof h === 'string' && h.length > 0))
      throw new RouterError('invalid', `headerHashes: expected a list of header hashes, got ${JSON.stringify(headerHashes)}`);
    const { db } = await ctx.store();
    const rows = await Promise.all(headerHashes.map((h) => db.get('meta', keyOf(h))));
    return { value: { saved: rows.flatMap((row) => (row && row.key.startsWith('importMapping:') && typeof row.value === 'object' && 'mapping' in row.value ? [row.value] : [])) } };
  },
  'importMapping.save': async ({ mapping }, ctx) => {
    const read = readMappings(JSON.stringify(mapping ?? null));
    if (!read.ok || read.mappings.length !== 1) throw new RouterError('invalid', `mapping: ${read.ok ? 'expected one mapping' : read.errors[0]}; nothing was saved`, read.ok ? [] : read.errors);
    const checked = read.mappings[0]!;
    const saved = { headerHash: checked.headerHash, mapping: checked, savedAt: ctx.now().toISOString() };
    await (await ctx.store()).db.put('meta', { key: keyOf(checked.headerHash), value: saved });
    return { value: saved };
  },
} satisfies Pick<Handlers, 'importMapping.get' | 'importMapping.save'>;
