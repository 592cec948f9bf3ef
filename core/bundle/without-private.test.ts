import { describe, expect, it } from 'vitest';
import { checkIn, initiative, keyResult, objective, person, workspace } from '../../test/builders.ts';
import { validateWorkspace } from '../model/validate.ts';
import { withoutPrivate } from './without-private.ts';

const AT = '2026-10-02T09:00:00.000Z';
const ws = () => workspace({
  people: [person({ id: 'ada' })],
  objectives: [objective({ id: 'pub' }), objective({ id: 'secret', private: true, title: 'Acquire Initech' }), objective({ id: 'child', parentIds: ['pub', 'secret'] })],
  keyResults: [keyResult({ id: 'k-pub', objectiveId: 'pub' }), keyResult({ id: 'k-secret', objectiveId: 'secret' })],
  initiatives: [initiative({ id: 'i-obj', parentId: 'secret', parentType: 'objective' }), initiative({ id: 'i-kr', parentId: 'k-secret', parentType: 'keyResult' }),
    initiative({ id: 'i-pub', parentId: 'k-pub', parentType: 'keyResult' })],
  checkIns: [checkIn({ id: 'c-pub', targetId: 'k-pub', authorId: 'ada' }), checkIn({ id: 'c-secret', targetId: 'k-secret', authorId: 'ada' }),
    checkIn({ id: 'c-obj', targetType: 'objective', targetId: 'secret', authorId: 'ada' })],
  tombstones: [
    { id: 'old-secret', type: 'objective', deletedAt: AT, last: { id: 'old-secret', updatedAt: AT, private: true, title: 'Layoffs' } as never },
    { id: 'old-kr', type: 'keyResult', deletedAt: AT, last: { id: 'old-kr', updatedAt: AT, objectiveId: 'secret' } as never },
    { id: 'old-pub', type: 'objective', deletedAt: AT, last: { id: 'old-pub', updatedAt: AT, private: false } as never },
  ],
});

describe('withoutPrivate', () => {
  it('leaves out private objectives and everything under them, and the file still validates', () => {
    const out = withoutPrivate(ws());
    expect(out.objectives.map((o) => o.id)).toEqual(['pub', 'child']);
    expect(out.objectives[1]!.parentIds).toEqual(['pub']);
    expect(out.keyResults.map((k) => k.id)).toEqual(['k-pub']);
    expect(out.initiatives.map((i) => i.id)).toEqual(['i-pub']);
    expect(out.checkIns.map((c) => c.id)).toEqual(['c-pub']);
    expect(out.tombstones.map((t) => t.id)).toEqual(['old-pub']);
    expect(JSON.stringify(out)).not.toMatch(/Initech|Layoffs/);
    expect(validateWorkspace(out)).toEqual([]);
  });

  it('returns a workspace with nothing private as it is', () => {
    const plain = workspace({ objectives: [objective({ id: 'a' })] });
    expect(withoutPrivate(plain)).toBe(plain);
  });

  it('does not change its input', () => {
    const input = ws();
    const before = JSON.stringify(input);
    withoutPrivate(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});
