import type { Spec, StringFormat } from './schema.ts';
import { isTimeZone } from './time-zone.ts';

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
  'time-zone': (v) => (isTimeZone(v) ? null : `expected an IANA time zone such as "Europe/Paris" or "UTC", got ${show(v)}`),
  'clock-time': (v) => (/^([01]\d|2[0-3]):[0-5]\d$/.test(v) ? null : `expected a time of day as HH:MM (24-hour), got ${show(v)}`),
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

const join = (path: string, key: string | number | undefined) =>
  key === undefined ? path : typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

// A spec compiled once into a function: validation runs for every record of big imports, so a
// valid value allocates nothing (the path is only built when something is wrong).
type Checker = (value: unknown, path: string, key: string | number | undefined, issues: FieldIssue[]) => void;
const compiled = new WeakMap<Spec, Checker>();

function compile(spec: Spec): Checker {
  const cached = compiled.get(spec);
  if (cached) return cached;
  const checker = build(spec);
  compiled.set(spec, checker);
  return checker;
}

function build(spec: Spec): Checker {
  const fail = (issues: FieldIssue[], path: string, key: string | number | undefined, message: string) => void issues.push({ path: join(path, key), message });
  switch (spec.type) {
    case 'optional': {
      const inner = compile(spec.of);
      return (v, p, k, issues) => void (v === undefined || inner(v, p, k, issues));
    }
    case 'string':
      return (v, p, k, issues) => {
        if (typeof v !== 'string') return fail(issues, p, k, `expected text, got ${show(v)}`);
        if (spec.min !== undefined && v.length < spec.min) return fail(issues, p, k, spec.min === 1 ? 'must not be empty' : `must be at least ${spec.min} characters`);
        if (spec.max !== undefined && v.length > spec.max) return fail(issues, p, k, `must be at most ${spec.max} characters`);
        if (spec.format && !formatOk(spec.format, v)) fail(issues, p, k, formatChecks[spec.format](v)!);
      };
    case 'number':
      return (v, p, k, issues) => {
        if (typeof v !== 'number' || !Number.isFinite(v)) return fail(issues, p, k, `expected a number, got ${show(v)}`);
        if (spec.integer && !Number.isInteger(v)) return fail(issues, p, k, `expected a whole number, got ${v}`);
        if (spec.min !== undefined && v < spec.min) return fail(issues, p, k, `must be at least ${spec.min}, got ${v}`);
        if (spec.max !== undefined && v > spec.max) fail(issues, p, k, `must be at most ${spec.max}, got ${v}`);
      };
    case 'unknown':
      return () => undefined;
    case 'boolean':
      return (v, p, k, issues) => void (typeof v === 'boolean' || fail(issues, p, k, `expected true or false, got ${show(v)}`));
    case 'oneOf': {
      const allowed = new Set<unknown>(spec.values);
      return (v, p, k, issues) => void (allowed.has(v) || fail(issues, p, k, `expected one of ${spec.values.join(' | ')}, got ${show(v)}`));
    }
    case 'array': {
      const item = compile(spec.of);
      return (v, p, k, issues) => {
        if (!Array.isArray(v)) return fail(issues, p, k, `expected a list, got ${show(v)}`);
        if (v.length === 0) return;
        const here = join(p, k);
        for (let i = 0; i < v.length; i++) item(v[i], here, i, issues);
      };
    }
    case 'map': {
      const item = compile(spec.of);
      return (v, p, k, issues) => {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(issues, p, k, `expected an object, got ${show(v)}`);
        const here = join(p, k);
        for (const [key, value] of Object.entries(v)) item(value, here, key, issues);
      };
    }
    case 'object': {
      const fields = Object.entries(spec.fields).map(([key, field]) => [key, field.type === 'optional', compile(field)] as const);
      return (v, p, k, issues) => {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(issues, p, k, `expected an object, got ${show(v)}`);
        const record = v as Record<string, unknown>;
        const here = join(p, k);
        for (const [key, optional, check] of fields) {
          const value = record[key];
          if (!optional && value === undefined) fail(issues, here, key, 'is missing');
          else check(value, here, key, issues);
        }
      };
    }
  }
}

/** Checks `value` against `spec`; unknown object fields are kept and not reported. */
export function checkSpec(spec: Spec, value: unknown, path = ''): FieldIssue[] {
  const issues: FieldIssue[] = [];
  compile(spec)(value, path, undefined, issues);
  return issues;
}
