import type { Workspace } from '../../core/model/workspace.ts';
import type { OkrStore } from '../../core/store/okr-store.ts';

/**
 * The whole workspace, read once between changes, as objects (for the first screen, computed
 * here) and as JSON text. One string crosses the extension's message channel far faster than the
 * same records as objects (5,000 key results: about 0.5 s less here), and the home page asks for
 * it after every change, in every open tab.
 */
export function workspaceTextCache() {
  let generation = 0;
  let read: { generation: number; ws: Promise<Workspace | undefined> } | undefined;
  let kept: { generation: number; text: string | undefined } | undefined;
  const workspace = (store: OkrStore): Promise<Workspace | undefined> => {
    if (read?.generation !== generation) {
      const started = { generation, ws: store.load() };
      read = started;
      // A failed read is not kept: the next request tries again.
      started.ws.catch(() => { if (read === started) read = undefined; });
    }
    return read.ws;
  };
  return {
    workspace,
    async get(store: OkrStore): Promise<string | undefined> {
      if (kept?.generation === generation) return kept.text;
      const started = generation;
      const ws = await workspace(store);
      const text = ws === undefined ? undefined : JSON.stringify(ws);
      // A change committed while this read ran may or may not be in it: keep it only if none did.
      if (started === generation) kept = { generation, text };
      return text;
    },
    /** Called after every change the background broadcasts, once it is committed. */
    clear(): void {
      generation++;
      kept = undefined;
      read = undefined;
    },
  };
}

export type WorkspaceTextCache = ReturnType<typeof workspaceTextCache>;
