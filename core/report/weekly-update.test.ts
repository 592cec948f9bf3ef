import { describe, expect, it } from 'vitest';
import { checkIn, keyResult, objective, period, person, team, workspace } from '../../test/builders.ts';
import { DEFAULT_SETTINGS } from '../model/settings.ts';
import { dayRangeText, weeklyUpdate } from './weekly-update.ts';

// Friday 20 November 2026, 12:00 in New York: the week runs from Friday 13th noon.
const NOW = new Date('2026-11-20T17:00:00Z');

const ws = () => workspace({
  workspace: { id: 'ws', name: 'Acme', updatedAt: '2026-10-01T00:00:00.000Z', settings: { ...DEFAULT_SETTINGS, timeZone: 'America/New_York' } },
  people: [person({ id: 'ada', name: 'Ada *the* Lovelace' }), person({ id: 'bo', name: 'Bo Li' }), person({ id: 'cy', name: 'Cy' })],
  teams: [team({ id: 'growth', name: 'Growth', memberIds: ['ada', 'bo'] }), team({ id: 'other', name: 'Other', memberIds: ['cy'] })],
  periods: [period()],
  objectives: [
    objective({ id: 'o1', title: 'Win', teamIds: ['growth'] }),
    objective({ id: 'secret', teamIds: ['growth'], private: true }),
    objective({ id: 'theirs', teamIds: ['other'] }),
  ],
  keyResults: [
    keyResult({ id: 'k1', objectiveId: 'o1', title: 'Raise *activation* to [40](x) %', start: 20, target: 40, unit: '%', ownerIds: ['ada'] }),
    keyResult({ id: 'k2', objectiveId: 'o1', title: 'Cut churn', kind: 'decrease', start: 10, target: 5, unit: '%', ownerIds: ['bo'] }),
    keyResult({ id: 'k3', objectiveId: 'o1', title: 'Quiet one', ownerIds: ['bo'] }),
    keyResult({ id: 'k4', objectiveId: 'secret', title: 'Secret KR' }),
    keyResult({ id: 'k5', objectiveId: 'theirs', title: 'Their KR' }),
  ],
  checkIns: [
    checkIn({ id: 'a1', targetId: 'k1', time: '2026-11-06T15:00:00.000Z', value: 26, status: 'on-track' }),
    checkIn({ id: 'a2', targetId: 'k1', time: '2026-11-16T15:00:00.000Z', value: 30, status: 'behind', authorId: 'ada', note: 'Pricing _test_ ran\nlate', sourceUrl: 'https://acme.atlassian.net/browse/GROW-1' }),
    checkIn({ id: 'b1', targetId: 'k2', time: '2026-11-01T15:00:00.000Z', value: 9, status: 'behind' }),
    checkIn({ id: 'b2', targetId: 'k2', time: '2026-11-19T15:00:00.000Z', status: 'at-risk', authorId: 'bo', note: 'Two big accounts wobbling' }),
    checkIn({ id: 'q1', targetId: 'k3', time: '2026-11-02T15:00:00.000Z', value: 25, status: 'on-track' }),
    checkIn({ id: 's1', targetId: 'k4', time: '2026-11-17T15:00:00.000Z', value: 40, note: 'secret note' }),
    checkIn({ id: 't1', targetId: 'k5', time: '2026-11-17T15:00:00.000Z', value: 40, note: 'their note' }),
    checkIn({ id: 'f1', targetId: 'k3', time: '2026-11-21T15:00:00.000Z', value: 99, note: 'from the future' }),
  ],
});

describe('weeklyUpdate', () => {
  it('sums up my team’s week in Markdown that pastes well: bold headers, bullets, bare links', () => {
    expect(weeklyUpdate(ws(), 'ada', NOW)).toBe(`**Growth: week of 13–20 Nov 2026**
2026 Q4: 55 % of the period has passed.

**Progress**
- Raise \\*activation\\* to \\[40\\](x) %: 26 % → 30 % (progress 30 % → 50 %)

**Status changes**
- Raise \\*activation\\* to \\[40\\](x) %: On track → Behind
- Cut churn: Behind → At risk

**Needs attention**
- Cut churn: At risk, 20 % against 55 % expected

**Notes**
- Raise \\*activation\\* to \\[40\\](x) %, Ada \\*the\\* Lovelace: Pricing \\_test\\_ ran late https://acme.atlassian.net/browse/GROW-1
- Cut churn, Bo Li: Two big accounts wobbling

**No check-in this week**
- Quiet one
`);
  });

  it('leaves out private objectives, other teams and check-ins after now; has no table', () => {
    const text = weeklyUpdate(ws(), 'bo', NOW);
    expect(text).not.toMatch(/Secret|secret note|Their KR|their note|future|\|/);
    expect(weeklyUpdate(ws(), 'cy', NOW)).toContain('- Their KR: 40 (first value, progress 100 %)');
  });

  it('covers a person in no team with their own key results, and says when nothing runs', () => {
    const solo = { ...ws(), teams: [] };
    const text = weeklyUpdate(solo, 'bo', NOW);
    expect(text.split('\n')[0]).toBe('**Bo Li: week of 13–20 Nov 2026**');
    expect(text).toContain('- Cut churn');
    expect(text).not.toContain('Raise');
    expect(weeklyUpdate(ws(), 'ada', new Date('2027-02-01T12:00:00Z'))).toContain('No key results in a running period.');
  });
});

describe('dayRangeText', () => {
  it('names the month and year once when they are shared', () => {
    expect(dayRangeText('2026-11-13', '2026-11-20')).toBe('13–20 Nov 2026');
    expect(dayRangeText('2026-10-28', '2026-11-04')).toBe('28 Oct – 4 Nov 2026');
    expect(dayRangeText('2026-12-28', '2027-01-04')).toBe('28 Dec 2026 – 4 Jan 2027');
  });
});
