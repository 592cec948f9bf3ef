import { linkSummary } from '../../../core/report/link-summary.ts';
import type { Workspace } from '../../../core/model/workspace.ts';
import { summaryEntries } from '../../overlay-store/summary-entries.ts';
import { SUMMARY_KEYS } from '../../overlay-store/summary-keys.ts';
import { summaryWriter, type SummaryStorage } from './summary-writer.ts';

type Sources = { workspace: () => Promise<Workspace | undefined>; me: () => Promise<string | undefined>; now: () => Date };

/**
 * Keeps the overlays' storage.local summary in step with the database. Changes arriving while a
 * refresh runs are folded into one more refresh, so a burst of check-ins costs two, not fifty.
 */
export function linkSummaryRefresher(storage: SummaryStorage, sources: Sources) {
  const write = summaryWriter(storage);
  let running: Promise<void> | undefined;
  let again = false;
  async function refreshOnce(): Promise<void> {
    const [ws, me] = await Promise.all([sources.workspace(), sources.me()]);
    const entries = ws ? summaryEntries(linkSummary(ws, sources.now())) : new Map<string, unknown>([[SUMMARY_KEYS.index, []]]);
    entries.set(SUMMARY_KEYS.me, me ?? null);
    await write(entries);
  }
  return function refresh(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await refreshOnce();
        } while (again);
      } finally {
        running = undefined;
      }
    })();
    return running;
  };
}
