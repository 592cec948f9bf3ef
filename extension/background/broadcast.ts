import type { MessagingRuntime } from '../messages/client.ts';
import { CHANNEL, type ChangedEvent, type EventEnvelope } from '../messages/envelope.ts';

export type Broadcast = (event: ChangedEvent) => void;

/**
 * To every open extension page (home, popup). Content scripts do not hear runtime messages;
 * when overlays subscribe, add a Broadcast that sends to their tabs (or refreshes storage.local).
 */
export const runtimeBroadcast = (runtime: Pick<MessagingRuntime, 'sendMessage'>): Broadcast => (event) => {
  // With no page open nobody receives it and the promise rejects: that is not an error.
  runtime.sendMessage({ channel: CHANNEL, event } satisfies EventEnvelope).catch(() => undefined);
};
