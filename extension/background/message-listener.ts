import { isRequestEnvelope } from '../messages/envelope.ts';
import type { Result } from '../messages/result.ts';

/**
 * The runtime.onMessage listener: answers our requests and leaves every other message (including
 * our own `changed` broadcasts, which pages also send nothing back to) to other listeners.
 */
export function messageListener(handle: (request: unknown) => Promise<Result<unknown>>) {
  return (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void): boolean => {
    if (!isRequestEnvelope(message)) return false;
    void handle(message.request).then(sendResponse);
    // true keeps the channel open until sendResponse: the way both Chrome and Firefox wait for an async answer.
    return true;
  };
}
