import { describe, expect, it } from 'vitest';
import { keyResult, objective, workspace } from '../../test/builders.ts';
import { RULES, runQualityChecks } from './run-checks.ts';

describe('runQualityChecks', () => {
  it('has unique, stable rule ids', () => {
    expect(RULES.map((r) => r.id)).toEqual([
      'objectives-per-owner', 'krs-per-objective', 'kr-output-wording', 'kr-missing-target',
      'shared-objective-check-in-owner', 'near-duplicate-tags', 'alignment-parent', 'kpi-without-owner', 'kpi-out-of-range',
    ]);
  });

  it('orders findings by severity and honours disabled rules', () => {
    const ws = workspace({ objectives: [objective({ id: 'o', ownerIds: ['a', 'b'] })], keyResults: [keyResult({ objectiveId: 'o', title: 'Ship it' })] });
    const all = runQualityChecks(ws);
    expect(all.map((f) => f.severity)).toEqual([...all.map((f) => f.severity)].sort((x, y) => ['error', 'warning', 'info'].indexOf(x) - ['error', 'warning', 'info'].indexOf(y)));
    expect(all.map((f) => f.ruleId)).toContain('kr-output-wording');
    expect(runQualityChecks(ws, new Set(['kr-output-wording'])).map((f) => f.ruleId)).not.toContain('kr-output-wording');
  });
});
