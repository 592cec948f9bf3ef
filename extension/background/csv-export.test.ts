import { describe, expect, it } from 'vitest';
import { importFiles } from '../../core/import/import-files.ts';
import { readBundle } from '../../core/bundle/read-bundle.ts';
import { objective } from '../../test/builders.ts';
import { PINNED_NOW } from '../../test/setup/unit.ts';
import { bundleOf, errorOf, sampleWorkspace, testBackground, valueOf } from './test-kit.ts';

async function withPrivate() {
  const bg = testBackground();
  const ws = sampleWorkspace();
  ws.objectives.push(objective({ id: 'secret', title: 'Acquire Initech', private: true, ownerIds: ['ada'] }));
  valueOf(await bg.call({ type: 'bundle.import', text: bundleOf(ws), fileName: 'a.okr.json' }));
  bg.events.length = 0;
  return bg;
}

describe('csv.export', () => {
  it('writes the items and check-ins files without private OKRs, and remembers the date', async () => {
    const bg = await withPrivate();
    const files = valueOf(await bg.call({ type: 'csv.export' }));
    expect([files.items.fileName, files.checkIns.fileName]).toEqual(['acme-items-2026-11-20.csv', 'acme-check-ins-2026-11-20.csv']);
    expect(files.items.text).not.toContain('Initech');
    const back = importFiles([{ name: 'items.csv', text: files.items.text }, { name: 'check-ins.csv', text: files.checkIns.text }], sampleWorkspace(), { now: PINNED_NOW.toISOString() });
    expect(back.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(valueOf(await bg.call({ type: 'workspace.summary' })).lastExportAt).toBe(PINNED_NOW.toISOString());
    expect(bg.events).toMatchObject([{ cause: 'csv.export', scope: 'last-export' }]);
  });

  it('keeps private OKRs when asked to', async () => {
    const bg = await withPrivate();
    expect(valueOf(await bg.call({ type: 'csv.export', includePrivate: true })).items.text).toContain('Acquire Initech');
  });

  it('says when there is nothing to export', async () => {
    expect(errorOf(await testBackground().call({ type: 'csv.export' })).message).toBe('export: there is nothing to export yet');
  });
});

describe('bundle.export and private OKRs', () => {
  it('leaves them out by default and keeps them when asked', async () => {
    const bg = await withPrivate();
    const plain = valueOf(await bg.call({ type: 'bundle.export' }));
    const read = readBundle(plain.text, plain.fileName);
    expect(read.ok && read.bundle.objectives.map((o) => o.id)).toEqual(['o1', 'o2']);
    expect(valueOf(await bg.call({ type: 'bundle.export', includePrivate: true })).text).toContain('Acquire Initech');
  });
});
