import { describe, expect, it } from 'vitest';
import type { Request } from '../messages/api.ts';
import { bundleOf, errorOf, sampleWorkspace, testBackground, valueOf } from './test-kit.ts';

/** The sample workspace in which Grace is an observer. */
async function withObserver() {
  const bg = testBackground();
  const ws = sampleWorkspace();
  ws.people = ws.people.map((p) => (p.id === 'grace' ? { ...p, role: 'observer' } : p));
  valueOf(await bg.call({ type: 'bundle.import', text: bundleOf(ws), fileName: 'sample.okr.json' }));
  valueOf(await bg.call({ type: 'objective.create', draft: { id: 'seed', title: 'Make it', periodId: '2026-q4', level: 'team', teamIds: [], ownerIds: ['ada'], parentIds: [], commitment: 'committed', tags: [], private: false, state: 'active' } }));
  return bg;
}

describe('observers edit nothing', () => {
  it('refuses every write while the person using this browser is an observer, and still answers reads', async () => {
    const bg = await withObserver();
    valueOf(await bg.call({ type: 'me.set', personId: 'grace' }));
    bg.events.length = 0;
    for (const request of [
      { type: 'objective.update', id: 'seed', changes: { title: 'Mine now' } },
      { type: 'objective.delete', id: 'o1' },
      { type: 'settings.update', changes: { multipleParents: true } },
      { type: 'period.close', periodId: '2026-q4', closings: [] },
      { type: 'checkIn.add', draft: { targetType: 'keyResult', targetId: 'k1', value: 30, status: 'on-track', authorId: 'ada' } },
    ] satisfies Request[]) {
      const error = errorOf(await bg.call(request));
      expect(error.code).toBe('forbidden');
      expect(error.message).toContain('Grace Hopper is an observer: observers see everything and edit nothing; nothing was changed');
    }
    expect(bg.events).toEqual([]);
    expect(valueOf(await bg.call({ type: 'okrs.byPeriod', periodId: '2026-q4' })).objectives.find((o) => o.id === 'seed')?.title).toBe('Make it');
  });

  it('refuses a check-in authored by an observer even from a member’s browser', async () => {
    const bg = await withObserver();
    valueOf(await bg.call({ type: 'me.set', personId: 'ada' }));
    const error = errorOf(await bg.call({ type: 'checkIn.add', draft: { targetType: 'keyResult', targetId: 'k1', value: 30, status: 'on-track', authorId: 'grace' } }));
    expect(error.message).toBe('check-in: Grace Hopper is an observer and cannot check in; nothing was changed');
    valueOf(await bg.call({ type: 'checkIn.add', draft: { targetType: 'keyResult', targetId: 'k1', value: 30, status: 'on-track', authorId: 'ada', onBehalfOfId: 'grace' } }));
  });
});
