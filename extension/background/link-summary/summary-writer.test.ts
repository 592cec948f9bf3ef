import { describe, expect, it } from 'vitest';
import { sampleWorkspace } from '../test-kit.ts';
import { linkSummary } from '../../../core/report/link-summary.ts';
import { summaryEntries } from '../../overlay-store/summary-entries.ts';
import { SUMMARY_KEYS } from '../../overlay-store/summary-keys.ts';
import { summaryWriter, type SummaryStorage } from './summary-writer.ts';
import { linkSummaryRefresher } from './refresh-link-summary.ts';

function fakeStorage(initial: Record<string, unknown> = {}) {
  const data = new Map(Object.entries(initial));
  const calls: string[] = [];
  const storage: SummaryStorage = {
    get: async (key) => (data.has(key) ? { [key]: data.get(key) } : {}),
    set: async (items) => { calls.push(`set ${Object.keys(items).sort().join(',')}`); for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v)); },
    remove: async (keys) => { calls.push(`remove ${keys.join(',')}`); for (const k of keys) data.delete(k); },
  };
  return { data, calls, storage };
}

const NOW = new Date('2026-11-20T20:00:00Z');
const linkKey = SUMMARY_KEYS.link('jira:acme.atlassian.net/GROW-1');

describe('summaryWriter', () => {
  it('writes everything first, then only the keys whose items changed, and removes keys that are gone', async () => {
    const { data, calls, storage } = fakeStorage({ [SUMMARY_KEYS.index]: ['lens:link:stale'], 'lens:link:stale': [] });
    const write = summaryWriter(storage);
    const ws = sampleWorkspace();
    expect(await write(summaryEntries(linkSummary(ws, NOW)))).toEqual({ set: 2, removed: 1 });
    expect(data.has('lens:link:stale')).toBe(false);
    expect(data.get(linkKey)).toMatchObject([{ id: 'k1', valueText: '25', status: expect.any(String) }]);
    calls.length = 0;
    // Nothing changed: nothing written.
    expect(await write(summaryEntries(linkSummary(ws, NOW)))).toEqual({ set: 0, removed: 0 });
    // A new check-in changes the one key that shows it.
    const next = { ...ws, checkIns: [...ws.checkIns, { ...ws.checkIns[0]!, id: 'c2', time: '2026-11-02T10:00:00.000Z', value: 35 }] };
    await write(summaryEntries(linkSummary(next, NOW)));
    expect(calls).toEqual([`set ${linkKey}`]);
    expect(data.get(linkKey)).toMatchObject([{ id: 'k1', valueText: '35' }]);
  });
});

describe('linkSummaryRefresher', () => {
  it('folds changes that arrive while it runs into one more refresh', async () => {
    const { storage } = fakeStorage();
    let loads = 0;
    const refresh = linkSummaryRefresher(storage, { workspace: async () => { loads++; return sampleWorkspace(); }, me: async () => 'ada', now: () => NOW });
    await Promise.all([refresh(), refresh(), refresh(), refresh()]);
    expect(loads).toBe(2);
  });

  it('stores who I am and clears every link when the workspace is gone', async () => {
    const { data, storage } = fakeStorage();
    let ws: ReturnType<typeof sampleWorkspace> | undefined = sampleWorkspace();
    const refresh = linkSummaryRefresher(storage, { workspace: async () => ws, me: async () => 'ada', now: () => NOW });
    await refresh();
    expect(data.get(SUMMARY_KEYS.me)).toBe('ada');
    ws = undefined;
    await refresh();
    expect(data.has(linkKey)).toBe(false);
  });
});
