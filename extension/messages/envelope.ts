import type { Request, RequestType } from './api.ts';

// Runtime messages are shared with anything else the extension may send one day: ours carry a
// channel name, and listeners leave every other message alone.
export const CHANNEL = 'okr-lens';

/**
 * Sent after every change. `records` lists the ids written or deleted; `workspace` means anything
 * may have changed (import, merge, restore), so reload everything.
 */
export type ChangedEvent = {
  type: 'changed';
  cause: RequestType;
  scope: 'records' | 'workspace' | 'last-export' | 'backups' | 'me';
  ids: string[];
  at: string;
};

export type RequestEnvelope = { channel: typeof CHANNEL; request: Request };
export type EventEnvelope = { channel: typeof CHANNEL; event: ChangedEvent };

const onChannel = (message: unknown): message is { channel: typeof CHANNEL } =>
  typeof message === 'object' && message !== null && 'channel' in message && message.channel === CHANNEL;

/** Ours and a request; the request itself is checked by the router. */
export const isRequestEnvelope = (message: unknown): message is { channel: typeof CHANNEL; request: unknown } => onChannel(message) && 'request' in message;

export const isChangedEnvelope = (message: unknown): message is EventEnvelope =>
  onChannel(message) && 'event' in message && typeof message.event === 'object' && message.event !== null && 'type' in message.event && message.event.type === 'changed';
