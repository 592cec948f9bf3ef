import type { OkrStore } from '../../core/store/okr-store.ts';
import type { RequestOf, RequestType, ResponseOf } from '../messages/api.ts';
import type { ChangedEvent } from '../messages/envelope.ts';
import type { BackupStore } from './backup-store.ts';
import type { WorkspaceTextCache } from './workspace-text.ts';

/** What handlers work with; tests build one over fake-indexeddb with a pinned clock. */
export type Context = {
  store: () => Promise<OkrStore>;
  backups: BackupStore;
  now: () => Date;
  newId: () => string;
  persisted: () => Promise<boolean | undefined>;
  /** `workspace.json`'s answer between changes; cleared on every broadcast. */
  workspaceText: WorkspaceTextCache;
};

/** A handler's answer, and what it changed (the router broadcasts that). */
export type Handled<T> = { value: T; changed?: Pick<ChangedEvent, 'scope' | 'ids'> };
export type Handler<K extends RequestType> = (request: RequestOf<K>, ctx: Context) => Promise<Handled<ResponseOf<K>>>;
export type Handlers = { [K in RequestType]: Handler<K> };
