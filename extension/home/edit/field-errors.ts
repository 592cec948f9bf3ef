import type { MessageError } from '../../messages/result.ts';

/** What a refused request said, by the field it names; `general` holds what names no field. */
export type FieldErrors = { byField: Map<string, string>; general: string | undefined };

export const NO_ERRORS: FieldErrors = { byField: new Map(), general: undefined };

// The background's details read `objective "o1", field ownerIds[0]: no person has id "x"`.
const DETAIL = /^\S+ "[^"]*", field ([^:]+): (.*)$/s;

/** Splits an error's details by field, so a form can show each beside the field it names. */
export function fieldErrors(error: MessageError): FieldErrors {
  const byField = new Map<string, string>();
  const unplaced: string[] = [];
  for (const line of error.details ?? []) {
    const match = DETAIL.exec(line);
    if (!match?.[1] || match[2] === undefined) unplaced.push(line);
    else if (!byField.has(match[1])) byField.set(match[1], match[2]);
  }
  const general = byField.size === 0 || unplaced.length > 0 ? error.message : undefined;
  return { byField, general };
}

/** The message for a form field: its own, or one about a part of it (`ownerIds[0]`, `statusThresholds.behindBelowPace`). */
export function errorFor(errors: FieldErrors, field: string): string | undefined {
  for (const [path, message] of errors.byField) if (path === field || path.startsWith(`${field}[`) || path.startsWith(`${field}.`)) return message;
  return undefined;
}
