import { useRef, useState } from 'preact/hooks';
import type { Result } from '../../messages/result.ts';
import { fieldErrors, NO_ERRORS, type FieldErrors } from './field-errors.ts';

/** A form's round trip to the background: busy while it waits, the refusal split by field. */
export function useSubmit() {
  const [errors, setErrors] = useState<FieldErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  // A second Enter before the answer (or a browser that submits on Enter where we do too) must not create twice.
  const inFlight = useRef(false);
  async function submit<T>(request: () => Promise<Result<T>>, onDone: (value: T) => void): Promise<void> {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    const result = await request();
    inFlight.current = false;
    setBusy(false);
    if (!result.ok) {
      setErrors(fieldErrors(result.error));
      return;
    }
    setErrors(NO_ERRORS);
    onDone(result.value);
  }
  const fail = (field: string, message: string) => setErrors({ byField: new Map([[field, message]]), general: undefined });
  return { errors, busy, submit, fail };
}

/** An update's changes: what was left empty is removed (`null`), since undefined does not survive messaging. */
export function asChanges<T extends object>(fields: T): { [K in keyof T]: Exclude<T[K], undefined> | null } {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v === undefined ? null : v])) as { [K in keyof T]: Exclude<T[K], undefined> | null };
}
