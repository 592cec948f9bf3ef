import type { MyKeyResult } from '../../core/report/my-check-ins.ts';
import type { CheckInStatus } from '../../core/model/vocabulary.ts';
import type { CheckInDraft } from '../messages/drafts.ts';

/** What the check-in form holds: text as typed, so a failed save gives every character back. */
export type CheckInFields = { value: string; status: CheckInStatus; confidence: string; note: string };

/** A typed number, or undefined while the text is not one (a comma as the decimal mark is read too). */
export function typedNumber(text: string): number | undefined {
  const t = text.trim().replace(/^(-?\d+),(\d+)$/, '$1.$2');
  if (t === '') return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * The request a form sends, or the message saying what to fix. When I am not the key result's
 * check-in owner, the check-in is made on their behalf and says so.
 */
export function checkInDraftOf(fields: CheckInFields, row: MyKeyResult, me: string): { draft: CheckInDraft } | { problem: string } {
  const value = typedNumber(fields.value);
  if (value === undefined) return { problem: fields.value.trim() === '' ? 'Value: enter a number' : `Value: "${fields.value}" is not a number` };
  const confidence = typedNumber(fields.confidence);
  if (fields.confidence.trim() !== '' && (confidence === undefined || !Number.isInteger(confidence) || confidence < 0 || confidence > 10))
    return { problem: 'Confidence: a whole number from 0 to 10, or leave it empty' };
  const note = fields.note.trim();
  const owner = row.checkInOwnerId;
  return {
    draft: {
      targetType: 'keyResult', targetId: row.keyResult.id, value, status: fields.status, authorId: me,
      ...(confidence === undefined ? {} : { confidence }),
      ...(note ? { note } : {}),
      ...(owner && owner !== me ? { onBehalfOfId: owner } : {}),
    },
  };
}
