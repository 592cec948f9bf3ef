import type { Spec, StringFormat } from './schema.ts';

/** One problem with one value: `path` is the field inside the record, e.g. `links[0].url`. */
export type FieldIssue = { path: string; message: string };

const formatChecks: Record<StringFormat, (v: string) => string | null> = {
  date: (v) => (isCalendarDate(v) ? null : `expected a date as YYYY-MM-DD, got ${show(v)}`),
  datetime: (v) =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v) && !Number.isNaN(Date.parse(v))
      ? null
      : `expected an ISO date-time with a zone, got ${show(v)}`,
  email: (v) => (/^[^\s@]+@[^\s@]+$/.test(v) ? null : `expected an email address, got ${show(v)}`),
  'http-url': (v) => (isHttpUrl(v) ? null : `expected an http or https URL, got ${show(v)}`),
};

// Imports stamp thousands of records with one date-time: remember the last good value per format.
const lastGood: Partial<Record<StringFormat, string>> = {};
function formatOk(format: StringFormat, value: string): boolean {
  if (lastGood[format] === value) return true;
  const ok = formatChecks[format](value) === null;
  if (ok) lastGood[format] = value;
  return ok;
}

export function isCalendarDate(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === v;
}

// Link URLs come from other people's files: anything but http(s) could run script when clicked.
export function isHttpUrl(v: string): boolean {
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

export function show(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : String(v);
}

// Validation runs once per imported record: list each schema's fields once, not per record.
const entryCache = new WeakMap<object, [string, Spec][]>();
function entriesOf(fields: Readonly<Record<string, Spec>>): [string, Spec][] {
  let entries = entryCache.get(fields);
  if (!entries) entryCache.set(fields, (entries = Object.entries(fields)));
  return entries;
}

const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/** Checks `value` against `spec`; unknown object fields are kept and not reported. */
export function checkSpec(spec: Spec, value: unknown, path = ''): FieldIssue[] {
  const fail = (message: string): FieldIssue[] => [{ path, message }];
  switch (spec.type) {
    case 'optional':
      return value === undefined ? [] : checkSpec(spec.of, value, path);
    case 'string': {
      if (typeof value !== 'string') return fail(`expected text, got ${show(value)}`);
      if (spec.min !== undefined && value.length < spec.min)
        return fail(spec.min === 1 ? 'must not be empty' : `must be at least ${spec.min} characters`);
      if (spec.max !== undefined && value.length > spec.max) return fail(`must be at most ${spec.max} characters`);
      return spec.format && !formatOk(spec.format, value) ? fail(formatChecks[spec.format](value)!) : [];
    }
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return fail(`expected a number, got ${show(value)}`);
      if (spec.integer && !Number.isInteger(value)) return fail(`expected a whole number, got ${value}`);
      if (spec.min !== undefined && value < spec.min) return fail(`must be at least ${spec.min}, got ${value}`);
      if (spec.max !== undefined && value > spec.max) return fail(`must be at most ${spec.max}, got ${value}`);
      return [];
    case 'boolean':
      return typeof value === 'boolean' ? [] : fail(`expected true or false, got ${show(value)}`);
    case 'oneOf':
      return typeof value === 'string' && spec.values.includes(value)
        ? []
        : fail(`expected one of ${spec.values.join(' | ')}, got ${show(value)}`);
    case 'array':
      if (!Array.isArray(value)) return fail(`expected a list, got ${show(value)}`);
      return value.flatMap((item, i) => checkSpec(spec.of, item, join(path, i)));
    case 'map': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(`expected an object, got ${show(value)}`);
      return Object.entries(value).flatMap(([key, item]) => checkSpec(spec.of, item, join(path, key)));
    }
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return fail(`expected an object, got ${show(value)}`);
      const record = value as Record<string, unknown>;
      const issues: FieldIssue[] = [];
      for (const [key, field] of entriesOf(spec.fields)) {
        if (field.type !== 'optional' && record[key] === undefined) issues.push({ path: join(path, key), message: 'is missing' });
        else for (const issue of checkSpec(field, record[key], join(path, key))) issues.push(issue);
      }
      return issues;
    }
  }
}
