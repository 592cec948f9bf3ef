import type { Finding, Rule } from '../rule.ts';

export const alignmentParent: Rule = {
  id: 'alignment-parent',
  summary: 'Objectives align to parents that exist and are still open.',
  check(ws, index) {
    const findings: Finding[] = [];
    for (const o of ws.objectives) {
      for (const parentId of o.parentIds) {
        const parent = index.objectives.get(parentId) ?? index.keyResults.get(parentId);
        const subject = { type: 'objective' as const, id: o.id };
        if (!parent)
          findings.push({ ruleId: this.id, severity: 'warning', subject,
            reason: `“${o.title}” aligns to ${JSON.stringify(parentId)}, which does not exist (deleted, or not imported).` });
        else if (parent.state === 'closed' && o.state !== 'closed')
          findings.push({ ruleId: this.id, severity: 'warning', subject,
            reason: `“${o.title}” aligns to “${parent.title}”, which is closed; align it to a current objective.` });
      }
    }
    return findings;
  },
};
