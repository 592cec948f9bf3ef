import { describe, expect, it } from 'vitest';
import { initiative, keyResult, objective } from '../../test/builders.ts';
import { recordSettingIssues } from './record-settings.ts';
import { DEFAULT_SETTINGS } from './settings.ts';

const shared = { ...DEFAULT_SETTINGS, sharedOkrs: true };
const single = { ...DEFAULT_SETTINGS, sharedOkrs: false };

describe('recordSettingIssues', () => {
  it('allows several owners and teams while shared OKRs are on (or unset, as in older files)', () => {
    const o = objective({ id: 'o', ownerIds: ['a', 'b'], teamIds: ['t', 'u'] });
    expect(recordSettingIssues('objective', o, shared)).toEqual([]);
    expect(recordSettingIssues('objective', o, DEFAULT_SETTINGS)).toEqual([]);
  });

  it('names each field with more than one when shared OKRs are off', () => {
    const o = objective({ id: 'o', ownerIds: ['a', 'b'], teamIds: ['t', 'u'] });
    expect(recordSettingIssues('objective', o, single).map((i) => `${i.field}: ${i.message}`)).toEqual([
      'ownerIds: has 2 owners, but shared OKRs are off in this workspace: one owner',
      'teamIds: has 2 teams, but shared OKRs are off in this workspace: one team',
    ]);
    expect(recordSettingIssues('keyResult', keyResult({ ownerIds: ['a', 'b'] }), single).map((i) => i.field)).toEqual(['ownerIds']);
    expect(recordSettingIssues('initiative', initiative({ ownerIds: ['a', 'b'] }), single).map((i) => i.field)).toEqual(['ownerIds']);
    expect(recordSettingIssues('keyResult', keyResult({ ownerIds: ['a'] }), single)).toEqual([]);
  });

  it('allows several parents only when the workspace does', () => {
    const o = objective({ id: 'o', parentIds: ['p', 'q'] });
    expect(recordSettingIssues('objective', o, DEFAULT_SETTINGS)).toEqual([{ recordType: 'objective', id: 'o', field: 'parentIds', message: 'has 2 parents, but this workspace allows one' }]);
    expect(recordSettingIssues('objective', o, { ...DEFAULT_SETTINGS, multipleParents: true })).toEqual([]);
  });
});
