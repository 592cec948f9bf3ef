import { describe, expect, it } from 'vitest';
import { checkIn, keyResult, objective, person, workspace } from '../../test/builders.ts';
import { periodReport } from '../../core/report/period-report.ts';
import { deckModel, NOTES_PER_OBJECTIVE, slideCount } from './deck-model.ts';

const now = new Date('2026-11-16T00:00:00Z'); // half-way through Q4 in UTC: 50 % expected

function sample() {
  return workspace({
    people: [person({ id: 'ada', name: 'Ada Lovelace' }), person({ id: 'bo', name: 'Bo Diddley' })],
    objectives: [objective({ id: 'o', title: 'Ship it', ownerIds: ['ada'] }), objective({ id: 'hidden', private: true })],
    keyResults: [
      keyResult({ id: 'late', objectiveId: 'o', title: 'Late one', ownerIds: ['bo'], kind: 'milestone' }),
      keyResult({ id: 'fine', objectiveId: 'o', title: 'Fine one', ownerIds: ['ada'], kind: 'milestone' }),
      keyResult({ id: 'draft', objectiveId: 'o', title: 'Draft one', kind: 'milestone', state: 'draft' }),
    ],
    checkIns: [
      checkIn({ targetId: 'late', value: 5, time: '2026-11-01T10:00:00Z', note: 'Stuck on legal', authorId: 'bo', confidence: 3, status: 'at-risk' }),
      checkIn({ targetId: 'fine', value: 60, time: '2026-11-02T10:00:00Z', note: 'Worried about December', authorId: 'ada', status: 'at-risk' }),
      checkIn({ targetId: 'fine', value: 55, time: '2026-11-12T10:00:00Z', note: '', authorId: 'ada', status: 'at-risk' }),
      checkIn({ targetId: 'draft', value: 1, time: '2026-10-20T10:00:00Z', note: 'Oldest note', authorId: 'ada' }),
    ],
  });
}

describe('deck model', () => {
  it('shows the period report’s numbers, one slide per public objective between summary and risks', () => {
    const ws = sample();
    const deck = deckModel(ws, '2026-q4', now)!;
    const report = periodReport(ws, '2026-q4', now)!;
    expect(deck.objectives.map((o) => o.row.progress)).toEqual(report.objectives.map((o) => o.progress));
    expect(deck.objectives[0]!.krs.map((k) => [k.keyResult.id, k.status])).toEqual(report.objectives[0]!.keyResults.map((k) => [k.keyResult.id, k.status]));
    expect(slideCount(deck)).toBe(1 + 1 + 1 + 1);
    expect(deck.krCount).toBe(3);
    expect(deck.averageProgress).toBe(report.objectives[0]!.progress);
    expect(deckModel(ws, 'nope', now)).toBeUndefined();
  });

  it('keeps the latest notes with their author and day, newest first', () => {
    const slide = deckModel(sample(), '2026-q4', now)!.objectives[0]!;
    expect(slide.owners).toBe('Ada Lovelace');
    expect(slide.notes.map((n) => n.text)).toEqual(['Worried about December', 'Stuck on legal', 'Oldest note'].slice(0, NOTES_PER_OBJECTIVE));
    expect(slide.notes[1]).toEqual({ day: '2026-11-01', author: 'Bo Diddley', about: 'Late one', text: 'Stuck on legal' });
    expect(slide.krs.find((k) => k.keyResult.id === 'late')!.confidence.values).toEqual([3]);
  });

  it('lists red key results as risks and owners’ own red flags as asks, drafts left out', () => {
    const deck = deckModel(sample(), '2026-q4', now)!;
    expect(deck.risks.map((r) => [r.keyResult.id, r.status, r.latest?.text])).toEqual([['late', 'at-risk', 'Stuck on legal']]);
    expect(deck.ownerFlags.map((r) => r.keyResult.id)).toEqual(['fine']);
  });
});
