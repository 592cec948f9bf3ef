import { RouterError } from './router-error.ts';

/** The own fields of a request's object, or an error naming it; messages are data, not trusted shapes. */
export function fieldsOf(value: unknown, name: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new RouterError('invalid', `${name}: expected an object of fields, got ${JSON.stringify(value) ?? 'nothing'}`);
  return Object.fromEntries(Object.entries(value));
}

/** Drops what the background stamps itself: a caller's `updatedAt` or merge clocks would lie. */
export function withoutStamps(fields: Record<string, unknown>): Record<string, unknown> {
  const { updatedAt: _u, fieldClocks: _f, ...rest } = fields;
  return rest;
}
