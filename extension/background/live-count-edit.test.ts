import { describe, expect, it } from 'vitest';
import { bundleOf, errorOf, sampleWorkspace, testBackground, valueOf } from './test-kit.ts';

const liveCount = { source: 'jira-jql', host: 'acme.atlassian.net', query: 'project = GROW', measure: 'count' } as const;

async function loaded(observer: boolean) {
  const bg = testBackground();
  const ws = sampleWorkspace();
  if (observer) ws.people = ws.people.map((p) => (p.id === 'grace' ? { ...p, role: 'observer' } : p));
  valueOf(await bg.call({ type: 'bundle.import', text: bundleOf(ws), fileName: 'sample.okr.json' }));
  return bg;
}
const k1 = async (bg: ReturnType<typeof testBackground>) => valueOf(await bg.call({ type: 'workspace.get' }))?.keyResults.find((k) => k.id === 'k1');

describe('a key result’s live count through keyResult.update', () => {
  it('is stored, checked by its schema, and removed with null', async () => {
    const bg = await loaded(false);
    valueOf(await bg.call({ type: 'keyResult.update', id: 'k1', changes: { liveCount } }));
    expect((await k1(bg))?.liveCount).toEqual(liveCount);
    const bad = errorOf(await bg.call({ type: 'keyResult.update', id: 'k1', changes: { liveCount: { ...liveCount, measure: 'sum' as 'count' } } }));
    expect(bad.details?.join('\n')).toContain('field liveCount.measure');
    valueOf(await bg.call({ type: 'keyResult.update', id: 'k1', changes: { liveCount: null } }));
    expect(await k1(bg)).not.toHaveProperty('liveCount');
  });

  it('is refused to an observer, like every edit', async () => {
    const bg = await loaded(true);
    valueOf(await bg.call({ type: 'me.set', personId: 'grace' }));
    expect(errorOf(await bg.call({ type: 'keyResult.update', id: 'k1', changes: { liveCount } })).code).toBe('forbidden');
    expect(errorOf(await bg.call({ type: 'keyResult.update', id: 'k1', changes: { dataLink: null } })).code).toBe('forbidden');
    expect(await k1(bg)).not.toHaveProperty('liveCount');
  });
});
