import { describe, expect, it } from 'vitest';
import { headerHash } from '../../core/import/mapping/header-hash.ts';
import { inferRoles } from '../../core/import/mapping/infer-roles.ts';
import { bundleOf, errorOf, loadedBackground, sampleWorkspace, testBackground, valueOf } from './test-kit.ts';

const mapping = () => {
  const m = inferRoles(['Title', 'Category', 'Belongs to'], [['Grow', 'Objective', ''], ['Reach 10', 'Key Result', 'Grow']], 'plan.csv');
  m.columns[2] = { ...m.columns[2]!, role: 'parent' };
  return m;
};

describe('import mappings remembered by header', () => {
  it('saves a mapping under its header hash and gives it back for that header only, across a bundle import', async () => {
    const bg = await loadedBackground();
    const hash = headerHash(['Title', 'Category', 'Belongs to']);
    expect(valueOf(await bg.call({ type: 'importMapping.get', headerHashes: [hash] }))).toEqual({ saved: [] });
    const saved = valueOf(await bg.call({ type: 'importMapping.save', mapping: mapping() }));
    expect(saved).toMatchObject({ headerHash: hash, mapping: { header: ['Title', 'Category', 'Belongs to'], columns: [{ role: 'title' }, { role: 'type' }, { role: 'parent' }] } });
    expect(saved.savedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    valueOf(await bg.call({ type: 'bundle.import', text: bundleOf(sampleWorkspace()), fileName: 'again.okr.json' }));
    expect(valueOf(await bg.call({ type: 'importMapping.get', headerHashes: ['00000000', hash] }))).toEqual({ saved: [saved] });
    expect(bg.events.some((e) => e.scope === 'me')).toBe(false);
  });

  it('files a mapping under its own header, whatever hash the page claims, and replaces the one saved before', async () => {
    const bg = testBackground();
    const forged = { ...mapping(), headerHash: 'deadbeef' };
    valueOf(await bg.call({ type: 'importMapping.save', mapping: forged }));
    const changed = mapping();
    changed.columns[2] = { ...changed.columns[2]!, role: 'note' };
    valueOf(await bg.call({ type: 'importMapping.save', mapping: changed }));
    expect(valueOf(await bg.call({ type: 'importMapping.get', headerHashes: ['deadbeef'] }))).toEqual({ saved: [] });
    const [only] = valueOf(await bg.call({ type: 'importMapping.get', headerHashes: [headerHash(['Title', 'Category', 'Belongs to'])] })).saved;
    expect(only?.mapping.columns[2]?.role).toBe('note');
  });

  it('refuses a broken mapping or bad hashes and saves nothing', async () => {
    const bg = testBackground();
    const bad = { ...mapping(), columns: [{ index: 9, header: 'x', role: 'title' as const, confidence: 1, why: '' }] };
    expect(errorOf(await bg.call({ type: 'importMapping.save', mapping: bad }))).toMatchObject({ code: 'invalid', feature: 'import', message: expect.stringContaining('"index" must be a column number from 0 to 2') });
    expect(errorOf(await bg.call({ type: 'importMapping.get', headerHashes: 'abc' as unknown as string[] }))).toMatchObject({ code: 'invalid' });
    expect(valueOf(await bg.call({ type: 'importMapping.get', headerHashes: [headerHash(['Title', 'Category', 'Belongs to'])] }))).toEqual({ saved: [] });
  });
});
