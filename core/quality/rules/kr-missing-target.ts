import type { Rule } from '../rule.ts';

export const krMissingTarget: Rule = {
  id: 'kr-missing-target',
  summary: 'Measured key results have a baseline and a target.',
  check(ws) {
    return ws.keyResults.flatMap((kr) => {
      const missing: string[] = [];
      if (kr.kind === 'increase' || kr.kind === 'decrease') {
        if (kr.start === undefined) missing.push('baseline (start value)');
        if (kr.target === undefined) missing.push('target');
      } else if ((kr.kind === 'stay-above' || kr.kind === 'stay-below') && kr.target === undefined) missing.push('threshold (target)');
      return missing.length === 0
        ? []
        : [{ ruleId: this.id, severity: 'warning' as const, subject: { type: 'keyResult' as const, id: kr.id },
            reason: `“${kr.title}” has no ${missing.join(' and no ')}, so its progress cannot be computed.` }];
    });
  },
};
