import type { Feature } from './features.ts';

export const ERROR_CODES = ['invalid', 'not-found', 'failed', 'orphaned', 'unavailable', 'forbidden'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Why a request failed. `message` starts with the feature ("check-in: …") so it can be shown as
 * it is; `details` lists every problem (each naming record and field) when there are several.
 */
export type MessageError = { feature: Feature; code: ErrorCode; message: string; details?: string[] };
export type Result<T> = { ok: true; value: T } | { ok: false; error: MessageError };

export const failure = (feature: Feature, code: ErrorCode, text: string, details?: string[]): { ok: false; error: MessageError } => ({
  ok: false,
  error: { feature, code, message: `${feature}: ${text}`, ...(details && details.length > 0 ? { details } : {}) },
});

export function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  // Chrome serialises messages as JSON, which drops a `value: undefined` (an empty workspace):
  // `{ ok: true }` alone is a success with no value.
  return value.ok === true || (value.ok === false && 'error' in value);
}
