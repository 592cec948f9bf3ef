import { signal } from '@preact/signals';
import type { FirstScreen } from '../../core/report/first-screen.ts';
import type { Workspace } from '../../core/model/workspace.ts';
import type { WorkspaceSummary } from '../messages/api.ts';
import { send } from '../messages/client.ts';
import { onChanged } from '../messages/subscribe.ts';
import { afterPaint } from './after-paint.ts';
import { route } from './route.ts';

export type LoadState = { phase: 'loading' } | { phase: 'ready' } | { phase: 'failed'; message: string };

// One copy of what the home page shows, refreshed from the background after every broadcast, so
// every open tab shows the same numbers without a reload.
export const loadState = signal<LoadState>({ phase: 'loading' });
export const workspace = signal<Workspace | undefined>(undefined);
export const summary = signal<WorkspaceSummary | undefined>(undefined);
export const me = signal<string | undefined>(undefined);
/** What the OKRs view paints while the whole workspace is on its way (only before the first load), and the URL query it was asked for. */
export const firstScreen = signal<{ query: string; screen: FirstScreen; lastExportAt: string | undefined } | undefined>(undefined);

export async function refresh(): Promise<void> {
  // The workspace comes as JSON text: one string crosses the message channel much faster than objects.
  performance.mark('okr-lens:workspace-asked');
  const [ws, sum, who] = await Promise.all([send({ type: 'workspace.json' }), send({ type: 'workspace.summary' }), send({ type: 'me.get' })]);
  performance.mark('okr-lens:workspace-answered');
  const failed = [ws, sum, who].find((r) => !r.ok);
  if (failed && !failed.ok) {
    loadState.value = { phase: 'failed', message: failed.error.message };
    return;
  }
  if (ws.ok) {
    const parsed: Workspace | undefined = ws.value === undefined ? undefined : JSON.parse(ws.value);
    workspace.value = parsed;
  }
  if (sum.ok) summary.value = sum.value;
  if (who.ok) me.value = who.value.personId;
  firstScreen.value = undefined;
  loadState.value = { phase: 'ready' };
}

/**
 * The OKRs view first paints the rows the background computed for it (a few kB), and only then
 * receives the whole workspace (megabytes for a big company) and computes everything itself.
 * Any failure here just leaves it to `refresh`, which reports errors.
 */
async function firstLoad(): Promise<void> {
  if (route.value.view === 'okrs') {
    // Marks on the page's timeline for test/bench/home-paint-bench.ts (about a microsecond each).
    performance.mark('okr-lens:first-screen-asked');
    const query = route.value.query.toString();
    const first = await send({ type: 'home.firstScreen', query, now: new Date().toISOString() });
    performance.mark('okr-lens:first-screen-answered');
    if (first.ok && first.value && loadState.value.phase === 'loading') {
      me.value = first.value.me;
      firstScreen.value = { query, screen: first.value.screen, lastExportAt: first.value.lastExportAt };
      await afterPaint();
    }
  }
  await refresh();
}

let started: Promise<void> | undefined;
/** Starts the first load, once: main.tsx calls it before the first render, so the request leaves at once. */
export function startLoading(): Promise<void> {
  return (started ??= firstLoad());
}

/** Loads once and then follows every change made anywhere in the extension; returns the unsubscribe. */
export function followChanges(): () => void {
  void startLoading();
  return onChanged(() => void refresh());
}
