import type { RequestOf, RequestType, ResponseOf } from '../messages/api.ts';
import { FEATURE_OF, isRequestType, type Feature } from '../messages/features.ts';
import { failure, type MessageError, type Result } from '../messages/result.ts';
import { StoreValidationError } from '../../core/store/record-batch.ts';
import type { Broadcast } from './broadcast.ts';
import type { Context, Handler } from './context.ts';
import { HANDLERS, READS } from './handlers.ts';
import { RouterError, invalid } from './router-error.ts';
import { writeQueue } from './write-queue.ts';

function toError(feature: Feature, error: unknown): { ok: false; error: MessageError } {
  if (error instanceof StoreValidationError) return toError(feature, invalid(error.issues));
  if (error instanceof RouterError) return failure(feature, error.code, error.message, error.details);
  return failure(feature, 'failed', error instanceof Error ? error.message : String(error));
}

/** Answers requests from the store: reads at once, writes one at a time, a `changed` broadcast after each change. */
export function createRouter(ctx: Context, broadcast: Broadcast) {
  const enqueue = writeQueue();
  const dispatch = <K extends RequestType>(request: RequestOf<K>) => {
    const handler: Handler<K> = HANDLERS[request.type];
    return handler(request, ctx);
  };

  async function call<K extends RequestType>(request: RequestOf<K>): Promise<Result<ResponseOf<K>>> {
    const feature = FEATURE_OF[request.type];
    try {
      const { value, changed } = READS.has(request.type) ? await dispatch(request) : await enqueue(() => dispatch(request));
      if (changed) broadcast({ type: 'changed', cause: request.type, ...changed, at: ctx.now().toISOString() });
      return { ok: true, value };
    } catch (error) {
      return toError(feature, error);
    }
  }

  /** For messages off the wire: anything that is not a known request gets an error, never silence. */
  async function handle(message: unknown): Promise<Result<unknown>> {
    const fields = typeof message === 'object' && message !== null ? message : {};
    const type = 'type' in fields ? fields.type : undefined;
    if (!isRequestType(type)) return failure('messages', 'invalid', `unknown request ${JSON.stringify(type) ?? '(none)'}`);
    // The wire is untyped: handlers check each field they use (requireText, fieldsOf, validation).
    return call({ ...fields, type } as RequestOf<typeof type>);
  }

  return { call, handle };
}
