import type { RequestOf, RequestType, ResponseOf } from './api.ts';
import { CHANNEL } from './envelope.ts';
import type { Feature } from './features.ts';
import { failure, isResult, type Result } from './result.ts';

/** The part of `runtime` the client uses; tests pass their own. */
export type MessagingRuntime = { id?: string | undefined; sendMessage: (message: unknown) => Promise<unknown> };

export const UPDATED_TEXT = 'OKR Lens was updated: reload this tab';

/**
 * `send(request)` for extension pages and content scripts (each passes how to name a request's feature,
 * so a content script does not ship the whole table): the background's answer, or an error
 * tagged with the request's feature. Never throws, so a caller keeps what the person typed.
 */
export function createClient(runtime: () => MessagingRuntime | undefined, featureOf: (type: RequestType) => Feature) {
  return async function send<K extends RequestType>(request: RequestOf<K>): Promise<Result<ResponseOf<K>>> {
    const feature = featureOf(request.type);
    const current = runtime();
    // After an update the old content script stays in the tab with no extension behind it:
    // `runtime.id` goes away, and anything sent would throw "Extension context invalidated".
    if (!current?.id) return failure(feature, 'orphaned', UPDATED_TEXT);
    let reply: unknown;
    try {
      reply = await current.sendMessage({ channel: CHANNEL, request });
    } catch (e) {
      const text = e instanceof Error ? e.message : String(e);
      if (/context invalidated/i.test(text)) return failure(feature, 'orphaned', UPDATED_TEXT);
      return failure(feature, 'unavailable', `OKR Lens could not be reached (${text})`);
    }
    // The router answers every request with a Result; anything else means nobody answered.
    if (!isResult(reply)) return failure(feature, 'unavailable', 'OKR Lens did not answer');
    return reply as Result<ResponseOf<K>>;
  };
}
