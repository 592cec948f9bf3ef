import { describe, expect, it } from 'vitest';
import type { LinkedItem } from '../../core/report/link-summary.ts';
import { stillOffered } from './still-offered.ts';
import type { NumberOffer } from './number-offer.ts';
import type { PageSummary } from './page-summary.ts';

const item = (id: string, value: number | undefined): LinkedItem => ({
  type: 'keyResult', id, title: `KR ${id}`, objectiveTitle: 'O', periodName: '2026 Q4', progress: undefined, expected: undefined,
  status: 'pending', valueText: String(value ?? '–'), value, kind: 'increase', unit: undefined, checkInOwnerId: undefined,
});
const offer = (of: LinkedItem, value: number): NumberOffer => ({ item: of, value, valueText: String(value), source: 'github', sourceUrl: 'https://github.com/acme/api/milestone/3', evidence: 'read from the milestone page' });
const summary = (...items: LinkedItem[]): PageSummary => ({
  linked: [], viaContainer: [], dataLinks: [], collapsed: true, me: undefined,
  liveCounts: items.map((i) => ({ item: i, source: { source: 'github-milestone', host: 'github.com', query: 'acme/api/3', measure: 'count' } })),
});

describe('stillOffered: live-count offers fetched earlier, against a newer summary', () => {
  it('keeps an offer while the key result still has another value, with the item as it is now', () => {
    const kept = stillOffered([offer(item('a', 1), 5)], summary(item('a', 2)));
    expect(kept).toMatchObject([{ value: 5, item: { id: 'a', value: 2, valueText: '2' } }]);
  });
  it('drops an offer once the key result has that value (checked in meanwhile) or no longer has the live count', () => {
    expect(stillOffered([offer(item('a', 1), 5)], summary(item('a', 5)))).toEqual([]);
    expect(stillOffered([offer(item('a', 1), 5)], summary(item('b', 1)))).toEqual([]);
  });
  it('offers a number to a key result never checked in', () => {
    expect(stillOffered([offer(item('a', undefined), 5)], summary(item('a', undefined)))).toHaveLength(1);
  });
});
