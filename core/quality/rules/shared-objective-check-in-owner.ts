import type { Rule } from '../rule.ts';

export const sharedObjectiveCheckInOwner: Rule = {
  id: 'shared-objective-check-in-owner',
  summary: 'An objective with several owners names who checks in.',
  check(ws) {
    return ws.objectives
      .filter((o) => o.ownerIds.length > 1 && !o.checkInOwnerId)
      .map((o) => ({ ruleId: this.id, severity: 'warning' as const, subject: { type: 'objective' as const, id: o.id },
        reason: `“${o.title}” has ${o.ownerIds.length} owners and no check-in owner; reminders go to the first owner only.` }));
  },
};
