import fc from 'fast-check';
import type { Infer, Spec } from '../../core/model/schema.ts';

const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true });

// Text that exercises escaping and parsing: quotes, separators, newlines, emoji, right-to-left.
const awkwardText = fc.oneof(
  fc.string(),
  fc.constantFrom('Grow "ARR", fast', 'line one\nline two', '=SUM(A1)', '-5%', "'quoted", 'שלום עולם', 'مرحبا', '🚀 launch', 'a;b\tc', '  padded  '),
);

const pad = (n: number) => String(n).padStart(2, '0');

// Date-times as files carry them: UTC with milliseconds (as we write them), but also offsets
// from −12:00 to +14:00 and times without seconds, which do not sort as text.
export const dateTimeArb = fc.tuple(day, fc.integer({ min: 0, max: 86_399_999 }), fc.integer({ min: -48, max: 56 }), fc.constantFrom('ms', 's', 'min')).map(([d, msOfDay, quarterHours, precision]) => {
  const instant = d.getTime() + msOfDay;
  const offset = quarterHours * 15;
  const local = new Date(instant + offset * 60_000).toISOString();
  const clock = precision === 'ms' ? local.slice(0, 23) : precision === 's' ? local.slice(0, 19) : local.slice(0, 16);
  const zone = offset === 0 && quarterHours % 2 === 0 ? 'Z' : `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${clock}${zone}`;
});

export const TIME_ZONES = ['UTC', 'America/Los_Angeles', 'America/New_York', 'Europe/Paris', 'Asia/Kolkata', 'Asia/Tokyo', 'Australia/Adelaide', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'] as const;

function stringArb(spec: Extract<Spec, { type: 'string' }>): fc.Arbitrary<string> {
  switch (spec.format) {
    case 'date':
      return day.map((d) => d.toISOString().slice(0, 10));
    case 'datetime':
      return dateTimeArb;
    case 'time-zone':
      return fc.constantFrom(...TIME_ZONES);
    case 'clock-time':
      return fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${pad(h)}:${pad(m)}`);
    case 'email':
      return fc.emailAddress();
    case 'http-url':
      return fc.webUrl({ validSchemes: ['https', 'http'] });
    default: {
      const min = spec.min ?? 0;
      const max = Math.min(spec.max ?? 80, 80);
      return awkwardText.filter((t) => t.length >= min && t.length <= max);
    }
  }
}

/** Generates values that satisfy `spec`: property tests use the schema the validator checks. */
export function arbitraryOf<S extends Spec>(spec: S): fc.Arbitrary<Infer<S>> {
  return anyArb(spec) as fc.Arbitrary<Infer<S>>;
}

function anyArb(spec: Spec): fc.Arbitrary<unknown> {
  switch (spec.type) {
    case 'string':
      return stringArb(spec);
    case 'number': {
      const min = spec.min ?? -1e9;
      const max = spec.max ?? 1e9;
      return spec.integer ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
    }
    case 'boolean':
      return fc.boolean();
    case 'unknown':
      return fc.jsonValue();
    case 'oneOf':
      return fc.constantFrom(...spec.values);
    case 'array':
      return fc.array(anyArb(spec.of), { maxLength: 4 });
    case 'optional':
      return fc.option(anyArb(spec.of), { nil: undefined });
    case 'map':
      return fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), anyArb(spec.of), { maxKeys: 3 });
    case 'object': {
      const model = Object.fromEntries(Object.entries(spec.fields).map(([k, f]) => [k, anyArb(f.type === 'optional' ? f.of : f)]));
      const requiredKeys = Object.entries(spec.fields).filter(([, f]) => f.type !== 'optional').map(([k]) => k);
      // Optional keys are left out rather than set to undefined, as in stored records.
      return fc.record(model, { requiredKeys });
    }
  }
}
