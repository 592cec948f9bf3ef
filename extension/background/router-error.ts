import { describeIssue, type ValidationIssue } from '../../core/model/validate.ts';
import type { ErrorCode } from '../messages/result.ts';

/** A failure the person can act on; the router adds the feature in front of `message`. */
export class RouterError extends Error {
  readonly code: ErrorCode;
  readonly details: string[];
  constructor(code: ErrorCode, message: string, details: string[] = []) {
    super(message);
    this.name = 'RouterError';
    this.code = code;
    this.details = details;
  }
}

/** Input that fails validation: the first problem in the message, every problem in the details. */
export function invalid(issues: readonly ValidationIssue[]): RouterError {
  const lines = issues.map(describeIssue);
  const more = lines.length > 1 ? ` (and ${lines.length - 1} more)` : '';
  return new RouterError('invalid', `${lines[0] ?? 'invalid input'}${more}; nothing was changed`, lines);
}

export const notFound = (what: string) => new RouterError('not-found', what);

/** Request fields are checked before use: an undefined key makes IndexedDB match everything. */
export function requireText(value: unknown, field: string): string {
  if (typeof value === 'string' && value.length > 0) return value;
  throw new RouterError('invalid', `${field}: expected a non-empty string, got ${JSON.stringify(value) ?? 'nothing'}`);
}
