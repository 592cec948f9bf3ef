import type { Rule } from '../rule.ts';

// Verbs that name work to be done rather than a change to be measured.
const OUTPUT_VERBS = ['ship', 'deliver', 'implement', 'launch', 'build', 'release', 'deploy', 'create', 'develop', 'complete', 'finish', 'write', 'publish', 'roll out', 'migrate', 'set up'];
const pattern = new RegExp(`^\\s*(${OUTPUT_VERBS.map((v) => v.replace(' ', '\\s+')).join('|')})(s|es|ed|d|ped|ing|ping)?\\b`, 'i');

// "Shipping costs below $4" opens with a verb used as a noun; a comparison marks it as a measure.
const measure = /\b(below|above|under|over|less than|more than|at least|at most)\b|[<>≤≥%]/i;

/** The output verb a title opens with, if it reads as work rather than a measure. */
export function outputVerb(title: string): string | undefined {
  if (measure.test(title)) return undefined;
  return pattern.exec(title)?.[1]?.toLowerCase().replace(/\s+/g, ' ');
}

export const krOutputWording: Rule = {
  id: 'kr-output-wording',
  summary: 'Key results describe an outcome to measure, not work to deliver.',
  check(ws) {
    return ws.keyResults.flatMap((kr) => {
      const verb = outputVerb(kr.title);
      return verb
        ? [{ ruleId: this.id, severity: 'warning' as const, subject: { type: 'keyResult' as const, id: kr.id },
            reason: `“${kr.title}” describes work (“${verb}”); make it an initiative and measure what it changes.` }]
        : [];
    });
  },
};
