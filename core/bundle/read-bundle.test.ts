import { describe, expect, it } from 'vitest';
import { buildDemo } from '../../fixtures/demo/build-demo.ts';
import { bundleText } from './bundle-format.ts';
import { readBundle } from './read-bundle.ts';

const demoText = () => bundleText(buildDemo());

describe('readBundle', () => {
  it('reads what bundleText writes', () => {
    const read = readBundle(demoText(), 'demo.okr.json');
    expect(read.ok && read.bundle).toEqual(buildDemo());
  });

  it('keeps fields it does not know, at the top and in records', () => {
    const doc = JSON.parse(demoText());
    doc.comment = 'from a newer minor version';
    doc.objectives[0].confidenceHistory = [7, 8];
    const read = readBundle(JSON.stringify(doc), 'newer.okr.json');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect((read.bundle as unknown as Record<string, unknown>).comment).toBe('from a newer minor version');
    expect((read.bundle.objectives[0] as unknown as Record<string, unknown>).confidenceHistory).toEqual([7, 8]);
  });

  it('accepts a byte-order mark', () => {
    expect(readBundle(`\uFEFF${demoText()}`, 'bom.okr.json').ok).toBe(true);
  });

  it.each([
    ['{"format":"okr-lens-bundle","version":2}', 'x.okr.json: is bundle version 2, written by a newer OKR Lens; this one reads up to version 1. Update OKR Lens to open it.'],
    ['{"format":"trello-board"}', 'x.okr.json: is a "trello-board" file, not an OKR Lens bundle'],
    ['[1,2,3]', 'x.okr.json: is not an OKR Lens bundle (expected a JSON object)'],
    ['{"objectives":[]}', 'x.okr.json: is not an OKR Lens bundle (no "format": "okr-lens-bundle")'],
    ['{"format":"okr-lens-bundle","version":"1"}', 'x.okr.json: has an invalid bundle version "1"'],
  ])('refuses %s, saying what the file is', (text, message) => {
    expect(readBundle(text, 'x.okr.json')).toEqual({ ok: false, errors: [message] });
  });

  it('refuses text that is not JSON', () => {
    const read = readBundle('format: okr', 'x.okr.json');
    expect(read.ok === false && read.errors[0]).toMatch(/^x.okr.json: is not valid JSON \(/);
  });

  it('checks deletions too, instead of failing later in a merge', () => {
    const doc = JSON.parse(demoText());
    doc.tombstones = [{ id: 'gone', type: 'objective', deletedAt: 'yesterday' }];
    expect(readBundle(JSON.stringify(doc), 't.okr.json')).toEqual({ ok: false, errors: ['t.okr.json: tombstone "gone", field deletedAt: expected an ISO date-time with a zone, got "yesterday"'] });
    doc.tombstones = 'none';
    expect(readBundle(JSON.stringify(doc), 't.okr.json')).toEqual({ ok: false, errors: ['t.okr.json: tombstone "", field tombstones: expected a list of deletions'] });
  });

  it('names the record and field of invalid content', () => {
    const doc = JSON.parse(demoText());
    doc.keyResults[3].weight = 'heavy';
    const read = readBundle(JSON.stringify(doc), 'team.okr.json');
    expect(read).toEqual({ ok: false, errors: ['team.okr.json: keyResult "q3-reliability-kr1", field weight: expected a number, got "heavy"'] });
  });
});
