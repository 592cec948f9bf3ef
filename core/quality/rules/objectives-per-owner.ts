import type { Finding, Rule } from '../rule.ts';

const [MIN, MAX] = [3, 5];

export const objectivesPerOwner: Rule = {
  id: 'objectives-per-owner',
  summary: `Each person owns ${MIN}–${MAX} objectives per period.`,
  check(ws) {
    const counts = new Map<string, number>();
    for (const o of ws.objectives) {
      if (o.state === 'draft') continue;
      for (const owner of o.ownerIds) counts.set(`${owner}\u0000${o.periodId}`, (counts.get(`${owner}\u0000${o.periodId}`) ?? 0) + 1);
    }
    const findings: Finding[] = [];
    for (const [key, count] of counts) {
      const [personId = '', periodId = ''] = key.split('\u0000');
      const name = ws.people.find((p) => p.id === personId)?.name ?? personId;
      const period = ws.periods.find((p) => p.id === periodId)?.name ?? periodId;
      if (count > MAX)
        findings.push({ ruleId: this.id, severity: 'warning', subject: { type: 'person', id: personId },
          reason: `${name} owns ${count} objectives in ${period}; more than ${MAX} splits attention — merge or drop some.` });
      else if (count < MIN)
        findings.push({ ruleId: this.id, severity: 'info', subject: { type: 'person', id: personId },
          reason: `${name} owns ${count} objective${count === 1 ? '' : 's'} in ${period}; ${MIN}–${MAX} is the usual range.` });
    }
    return findings;
  },
};
