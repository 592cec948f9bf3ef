// A small declarative schema: the single description of every record, from which the TypeScript
// types are inferred, input is validated with messages naming the field, and property tests
// generate records (test/arbitraries). Kept in-house because it is ~100 lines and the error
// messages are part of the product.

export type StringFormat = 'date' | 'datetime' | 'email' | 'http-url' | 'time-zone' | 'clock-time';

export type Spec =
  | { readonly type: 'string'; readonly min?: number; readonly max?: number; readonly format?: StringFormat }
  | { readonly type: 'number'; readonly min?: number; readonly max?: number; readonly integer?: boolean }
  | { readonly type: 'boolean' }
  | { readonly type: 'oneOf'; readonly values: readonly string[] }
  | { readonly type: 'array'; readonly of: Spec }
  | { readonly type: 'optional'; readonly of: Spec }
  | { readonly type: 'map'; readonly of: Spec }
  | { readonly type: 'unknown' }
  | { readonly type: 'object'; readonly fields: Readonly<Record<string, Spec>> };

type OptionalKeys<F> = { [K in keyof F]: F[K] extends { type: 'optional' } ? K : never }[keyof F];
type RequiredKeys<F> = Exclude<keyof F, OptionalKeys<F>>;

export type Infer<S> = S extends { type: 'string' }
  ? string
  : S extends { type: 'number' }
    ? number
    : S extends { type: 'boolean' }
      ? boolean
      : S extends { type: 'oneOf'; values: readonly (infer V)[] }
        ? V
        : S extends { type: 'array'; of: infer I }
          ? Infer<I>[]
          : S extends { type: 'optional'; of: infer I }
            ? Infer<I> | undefined
            : S extends { type: 'map'; of: infer I }
              ? Record<string, Infer<I>>
              : S extends { type: 'unknown' }
                ? unknown
            : S extends { type: 'object'; fields: infer F }
              ? { [K in RequiredKeys<F>]: Infer<F[K]> } & { [K in OptionalKeys<F>]?: Infer<F[K]> }
              : never;

export const s = {
  string: (opts: { min?: number; max?: number; format?: StringFormat } = {}) => ({ type: 'string', ...opts }) as const,
  number: (opts: { min?: number; max?: number; integer?: boolean } = {}) => ({ type: 'number', ...opts }) as const,
  boolean: () => ({ type: 'boolean' }) as const,
  oneOf: <const V extends readonly string[]>(values: V) => ({ type: 'oneOf', values }) as const,
  array: <const I extends Spec>(of: I) => ({ type: 'array', of }) as const,
  optional: <const I extends Spec>(of: I) => ({ type: 'optional', of }) as const,
  /** An object used as a dictionary: any keys, values of one kind. */
  map: <const I extends Spec>(of: I) => ({ type: 'map', of }) as const,
  /** Anything at all: data kept as it came (a deleted record's last state). */
  unknown: () => ({ type: 'unknown' }) as const,
  object: <const F extends Record<string, Spec>>(fields: F) => ({ type: 'object', fields }) as const,
};
