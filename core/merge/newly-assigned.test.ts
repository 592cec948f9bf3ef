import { describe, expect, it } from 'vitest';
import { keyResult, workspace } from '../../test/builders.ts';
import { newlyAssigned } from './newly-assigned.ts';

describe('newlyAssigned', () => {
  const before = workspace({ keyResults: [
    keyResult({ id: 'mine', ownerIds: ['me'] }),
    keyResult({ id: 'handed', ownerIds: ['me'], checkInOwnerId: 'sam' }),
    keyResult({ id: 'other', ownerIds: ['sam'] }),
  ] });

  it('names key results whose check-in owner became me, by the named owner or the first owner', () => {
    const after = workspace({ keyResults: [
      keyResult({ id: 'mine', ownerIds: ['me'] }),
      keyResult({ id: 'handed', ownerIds: ['me'] }),
      keyResult({ id: 'other', ownerIds: ['sam'], checkInOwnerId: 'me' }),
      keyResult({ id: 'new', ownerIds: ['me', 'sam'] }),
      keyResult({ id: 'new-not-mine', ownerIds: ['sam', 'me'] }),
    ] });
    expect(newlyAssigned(before, after, 'me').map((k) => k.id)).toEqual(['handed', 'other', 'new']);
  });

  it('names nothing when I do not know who I am, and everything of mine when there was nothing before', () => {
    expect(newlyAssigned(before, before, undefined)).toEqual([]);
    expect(newlyAssigned(undefined, before, 'me').map((k) => k.id)).toEqual(['mine']);
    expect(newlyAssigned(before, before, 'me')).toEqual([]);
  });
});
