import { indexWorkspace } from '../math/workspace-index.ts';
import type { Workspace } from '../model/workspace.ts';
import type { Finding, Rule } from './rule.ts';
import { alignmentParent } from './rules/alignment-parent.ts';
import { kpiOutOfRange } from './rules/kpi-out-of-range.ts';
import { kpiWithoutOwner } from './rules/kpi-without-owner.ts';
import { krMissingTarget } from './rules/kr-missing-target.ts';
import { krOutputWording } from './rules/kr-output-wording.ts';
import { krsPerObjective } from './rules/krs-per-objective.ts';
import { nearDuplicateTags } from './rules/near-duplicate-tags.ts';
import { objectivesPerOwner } from './rules/objectives-per-owner.ts';
import { sharedObjectiveCheckInOwner } from './rules/shared-objective-check-in-owner.ts';

export const RULES: readonly Rule[] = [
  objectivesPerOwner,
  krsPerObjective,
  krOutputWording,
  krMissingTarget,
  sharedObjectiveCheckInOwner,
  nearDuplicateTags,
  alignmentParent,
  kpiWithoutOwner,
  kpiOutOfRange,
];

const order = { error: 0, warning: 1, info: 2 } as const;

/** Runs every rule (or those not in `disabled`), most severe findings first. */
export function runQualityChecks(ws: Workspace, disabled: ReadonlySet<string> = new Set()): Finding[] {
  const index = indexWorkspace(ws);
  return RULES.filter((r) => !disabled.has(r.id))
    .flatMap((r) => r.check(ws, index))
    .sort((a, b) => order[a.severity] - order[b.severity] || a.ruleId.localeCompare(b.ruleId));
}
