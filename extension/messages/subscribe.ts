import { browser } from 'wxt/browser';
import { isChangedEnvelope, type ChangedEvent } from './envelope.ts';

type Listener = (message: unknown) => undefined;
export type MessageEvents = { onMessage: { addListener: (fn: Listener) => void; removeListener: (fn: Listener) => void } };

/**
 * Calls `listener` on every `changed` broadcast; returns the unsubscribe. The listener never
 * answers, so requests other pages send pass through to the background untouched.
 */
export function onChanged(listener: (event: ChangedEvent) => void, runtime: MessageEvents = browser.runtime): () => void {
  const onMessage: Listener = (message) => {
    if (isChangedEnvelope(message)) listener(message.event);
    return undefined;
  };
  runtime.onMessage.addListener(onMessage);
  return () => runtime.onMessage.removeListener(onMessage);
}
