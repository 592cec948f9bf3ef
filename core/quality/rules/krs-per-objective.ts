import type { Rule } from '../rule.ts';

const [MIN, MAX] = [3, 5];

export const krsPerObjective: Rule = {
  id: 'krs-per-objective',
  summary: `Each objective has ${MIN}–${MAX} key results.`,
  check(ws, index) {
    return ws.objectives.flatMap((o) => {
      const count = index.keyResultsByObjective.get(o.id)?.length ?? 0;
      if (count >= MIN && count <= MAX) return [];
      const reason =
        count === 0
          ? `“${o.title}” has no key results, so nothing says when it is achieved.`
          : count < MIN
            ? `“${o.title}” has ${count} key result${count === 1 ? '' : 's'}; ${MIN}–${MAX} describe an outcome from several sides.`
            : `“${o.title}” has ${count} key results; more than ${MAX} usually mixes tasks into results.`;
      return [{ ruleId: this.id, severity: count === 0 || count > MAX ? 'warning' : 'info', subject: { type: 'objective', id: o.id }, reason }];
    });
  },
};
