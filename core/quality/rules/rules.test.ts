import { describe, expect, it } from 'vitest';
import { keyResult, objective, person, workspace } from '../../../test/builders.ts';
import { indexWorkspace } from '../../math/workspace-index.ts';
import type { Workspace } from '../../model/workspace.ts';
import type { Rule } from '../rule.ts';
import { alignmentParent } from './alignment-parent.ts';
import { krMissingTarget } from './kr-missing-target.ts';
import { krOutputWording, outputVerb } from './kr-output-wording.ts';
import { krsPerObjective } from './krs-per-objective.ts';
import { nearDuplicateTags, tagsLookAlike } from './near-duplicate-tags.ts';
import { objectivesPerOwner } from './objectives-per-owner.ts';
import { sharedObjectiveCheckInOwner } from './shared-objective-check-in-owner.ts';

const run = (rule: Rule, ws: Workspace) => rule.check(ws, indexWorkspace(ws));
const krsFor = (objectiveId: string, n: number) => Array.from({ length: n }, (_, i) => keyResult({ id: `${objectiveId}-k${i}`, objectiveId }));

describe('objectives-per-owner', () => {
  const ada = person({ id: 'ada', name: 'Ada' });
  const owned = (n: number) => Array.from({ length: n }, (_, i) => objective({ id: `o${i}`, ownerIds: ['ada'] }));
  it('is quiet at 3–5 objectives', () => {
    expect(run(objectivesPerOwner, workspace({ people: [ada], objectives: owned(3) }))).toEqual([]);
    expect(run(objectivesPerOwner, workspace({ people: [ada], objectives: owned(5) }))).toEqual([]);
  });
  it('warns above 5 and notes below 3, per period, ignoring drafts', () => {
    const [six] = run(objectivesPerOwner, workspace({ people: [ada], objectives: owned(6) }));
    expect(six).toMatchObject({ ruleId: 'objectives-per-owner', severity: 'warning', subject: { type: 'person', id: 'ada' } });
    expect(six?.reason).toBe('Ada owns 6 objectives in 2026 Q4; more than 5 splits attention — merge or drop some.');
    const drafts = [...owned(3), objective({ id: 'd', ownerIds: ['ada'], state: 'draft' })];
    expect(run(objectivesPerOwner, workspace({ people: [ada], objectives: drafts }))).toEqual([]);
    expect(run(objectivesPerOwner, workspace({ people: [ada], objectives: owned(1) }))[0]?.severity).toBe('info');
  });
});

describe('krs-per-objective', () => {
  it('is quiet at 3–5, warns at 0 and above 5, notes 1–2', () => {
    const ws = workspace({
      objectives: ['ok', 'none', 'few', 'many'].map((id) => objective({ id, title: id })),
      keyResults: [...krsFor('ok', 4), ...krsFor('few', 2), ...krsFor('many', 7)],
    });
    expect(run(krsPerObjective, ws).map((f) => [f.subject.id, f.severity])).toEqual([
      ['none', 'warning'], ['few', 'info'], ['many', 'warning'],
    ]);
  });
});

describe('kr-output-wording', () => {
  it.each(['Ship the new onboarding flow', 'Deliver SSO to enterprise', 'Implement usage-based billing', 'Launched v2', 'Building the partner portal', 'Roll out dark mode', 'Set up on-call'])(
    'flags the output verb in “%s”', (title) => {
      expect(outputVerb(title)).toBeDefined();
      expect(run(krOutputWording, workspace({ keyResults: [keyResult({ title })] }))[0]).toMatchObject({ ruleId: 'kr-output-wording', severity: 'warning' });
    });

  it.each(['Raise activation from 20 % to 40 %', 'Reduce p95 latency to 200 ms', 'NPS of enterprise admins above 45', 'Shipping costs per order below $4', 'Builders retained after 30 days: 60 %'])(
    'accepts the outcome “%s”', (title) => {
      expect(run(krOutputWording, workspace({ keyResults: [keyResult({ title })] }))).toEqual([]);
    });

  it('suggests turning the work into an initiative', () => {
    const [f] = run(krOutputWording, workspace({ keyResults: [keyResult({ title: 'Ship SSO' })] }));
    expect(f?.reason).toBe('“Ship SSO” describes work (“ship”); make it an initiative and measure what it changes.');
  });
});

describe('kr-missing-target', () => {
  it('flags metric KRs without baseline or target and guards without a threshold', () => {
    const ws = workspace({ keyResults: [
      keyResult({ id: 'ok' }),
      keyResult({ id: 'nobase', start: undefined }),
      keyResult({ id: 'neither', start: undefined, target: undefined, title: 'Grow revenue' }),
      keyResult({ id: 'guard', kind: 'stay-above', target: undefined }),
      keyResult({ id: 'milestone', kind: 'milestone', start: undefined, target: undefined }),
    ] });
    const findings = run(krMissingTarget, ws);
    expect(findings.map((f) => f.subject.id)).toEqual(['nobase', 'neither', 'guard']);
    expect(findings[1]?.reason).toBe('“Grow revenue” has no baseline (start value) and no target, so its progress cannot be computed.');
  });
});

describe('shared-objective-check-in-owner', () => {
  it('flags a shared objective without a check-in owner, not a named or single-owner one', () => {
    const ws = workspace({ objectives: [
      objective({ id: 'shared', title: 'Win the enterprise segment', ownerIds: ['ada', 'grace'] }),
      objective({ id: 'named', ownerIds: ['ada', 'grace'], checkInOwnerId: 'grace' }),
      objective({ id: 'single', ownerIds: ['ada'] }),
    ] });
    expect(run(sharedObjectiveCheckInOwner, ws)).toEqual([{
      ruleId: 'shared-objective-check-in-owner', severity: 'warning', subject: { type: 'objective', id: 'shared' },
      reason: '“Win the enterprise segment” has 2 owners and no check-in owner; reminders go to the first owner only.',
    }]);
  });
});

describe('near-duplicate-tags', () => {
  it('recognises case, punctuation, prefixes, abbreviations and typos', () => {
    expect(tagsLookAlike('marketing', 'mktg')).toBe(true);
    expect(tagsLookAlike('marketing', 'marketingteam')).toBe(true);
    expect(tagsLookAlike('Customer-Success', 'customer success')).toBe(true);
    expect(tagsLookAlike('security', 'secruity')).toBe(false);
    expect(tagsLookAlike('platform', 'platfrm')).toBe(true);
  });

  it('leaves different tags alone', () => {
    for (const [a, b] of [['sales', 'security'], ['q4', 'q3'], ['ux', 'ui'], ['growth', 'group'], ['ops', 'design']]) expect(tagsLookAlike(a!, b!)).toBe(false);
  });

  it('reports each pair once', () => {
    const ws = workspace({ objectives: [objective({ tags: ['marketing', 'mktg'] }), objective({ tags: ['marketingteam', 'sales'] })] });
    expect(run(nearDuplicateTags, ws).map((f) => f.reason)).toEqual([
      'Tags “marketing” and “marketingteam” look like the same tag; pick one so filters find everything.',
      'Tags “marketing” and “mktg” look like the same tag; pick one so filters find everything.',
      'Tags “marketingteam” and “mktg” look like the same tag; pick one so filters find everything.',
    ]);
  });
});

describe('alignment-parent', () => {
  it('flags parents that are missing or closed, accepts open objectives and KRs', () => {
    const ws = workspace({
      objectives: [
        objective({ id: 'company', title: 'Company goal' }),
        objective({ id: 'old', title: 'Last year', state: 'closed' }),
        objective({ id: 'a', title: 'A', parentIds: ['company'] }),
        objective({ id: 'b', title: 'B', parentIds: ['gone'] }),
        objective({ id: 'c', title: 'C', parentIds: ['old'] }),
        objective({ id: 'd', title: 'D', parentIds: ['kr-parent'] }),
      ],
      keyResults: [keyResult({ id: 'kr-parent', objectiveId: 'company' })],
    });
    expect(run(alignmentParent, ws).map((f) => f.reason)).toEqual([
      '“B” aligns to "gone", which does not exist (deleted, or not imported).',
      '“C” aligns to “Last year”, which is closed; align it to a current objective.',
    ]);
  });
});
