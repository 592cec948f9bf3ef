import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePageNumber } from './parse-page-number.ts';

describe('parsePageNumber', () => {
  it('reads what people click on pages', () => {
    const cases: [string, ReturnType<typeof parsePageNumber>][] = [
      ['1,234', { value: 1234 }],
      ['45%', { value: 45, unit: '%' }],
      ['$1.2M', { value: 1_200_000, unit: '$', scale: 'M' }],
      ['€ 3.400,50', { value: 3400.5, unit: '€' }],
      ['41 Closed', { value: 41 }],
      ['1.234.567', { value: 1_234_567 }],
      ['1,5', { value: 1.5 }],
      ['(1,234)', { value: -1234 }],
      ['\u221212', { value: -12 }],
      ['12 of 40', { value: 12 }],
      ['1–3 of 57', { value: 57 }],
      ['1 - 50 of 1,204 issues', { value: 1204 }],
      ['Showing 1-25 of 300', { value: 300 }],
      ['3\u202F400', { value: 3400 }],
      ['3\u00A0400', { value: 3400 }],
      ['USD 2,500.00', { value: 2500, unit: 'USD' }],
      ['1.2K', { value: 1200, scale: 'k' }],
      ['¥1,000', { value: 1000, unit: '¥' }],
      ['£3.5bn', { value: 3_500_000_000, unit: '£', scale: 'B' }],
      ['Sum of Amount $1,234,567.00', { value: 1_234_567, unit: '$' }],
      ['3.400,50\u00A0€', { value: 3400.5, unit: '€' }],
      ['₹12,34,567.89', { value: 1_234_567.89, unit: '₹' }],
      ['1’234.50 CHF', { value: 1234.5, unit: 'CHF' }],
      ['-$1,234', { value: -1234, unit: '$' }],
      ['($1,234.00)', { value: -1234, unit: '$' }],
      ['€ -1.234,56', { value: -1234.56, unit: '€' }],
      ['5 Mio.', { value: 5_000_000, scale: 'M' }],
      ['45\u202F%', { value: 45, unit: '%' }],
      ['(1\u00A0234\u00A0$US)', { value: -1234, unit: '$US' }],
      ['JP¥1,000', { value: 1000, unit: 'JP¥' }],
    ];
    for (const [text, expected] of cases) expect(parsePageNumber(text), JSON.stringify(text)).toEqual(expected);
  });

  it('settles the ambiguous separators by the documented rule', () => {
    expect(parsePageNumber('1.234')?.value).toBe(1234); // one mark + three digits: thousands
    expect(parsePageNumber('1,23')?.value).toBe(1.23);
    expect(parsePageNumber('1,2345')?.value).toBe(1.2345);
    expect(parsePageNumber('1234.567')?.value).toBe(1234.567); // four leading digits cannot be grouped
    expect(parsePageNumber('0.125')?.value).toBe(0.125);
    expect(parsePageNumber('1 234,567')?.value).toBe(1234.567); // a space already groups
    expect(parsePageNumber('1,234.567')?.value).toBe(1234.567); // both marks: the other is decimal
    expect(parsePageNumber('1.2.3')?.value).toBe(1.2); // not thousands groups
  });

  it('takes counts and words around numbers for what they are', () => {
    expect(parsePageNumber('Opportunities (3)')).toEqual({ value: 3 });
    expect(parsePageNumber('PROJ-123')).toEqual({ value: 123 });
    expect(parsePageNumber('Q4 2026')).toEqual({ value: 4 });
    expect(parsePageNumber('12 Bugs')).toEqual({ value: 12 });
    expect(parsePageNumber('Score: -5')).toEqual({ value: -5 });
    expect(parsePageNumber('\u200F1,234\u200E')).toEqual({ value: 1234 });
  });

  it('reads compact notation: attached lower-case m is a million, a spaced one is not', () => {
    expect(parsePageNumber('1.2m')).toEqual({ value: 1_200_000, scale: 'M' });
    expect(parsePageNumber('5 m')).toEqual({ value: 5 });
    expect(parsePageNumber('3,5 Mrd.')).toEqual({ value: 3_500_000_000, scale: 'B' });
    expect(parsePageNumber('2 million users')).toEqual({ value: 2_000_000, scale: 'M' });
    expect(parsePageNumber('12 mil')).toEqual({ value: 12_000, scale: 'k' });
    expect(parsePageNumber('12 milestones')).toEqual({ value: 12 });
    const locales = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'nl-NL', 'pt-BR', 'sv-SE'];
    fc.assert(fc.property(fc.constantFrom(...locales), fc.integer({ min: 1000, max: 999_000_000_000 }), (locale, n) => {
      const text = new Intl.NumberFormat(locale, { notation: 'compact' }).format(n);
      const parsed = parsePageNumber(text)!.value;
      expect(Math.abs(parsed - n) / n, `${locale} ${JSON.stringify(text)} → ${parsed}`).toBeLessThanOrEqual(0.05);
    }), { numRuns: 3000 });
  });

  it('finds nothing where there is no number', () => {
    for (const text of ['', 'none', 'N/A', '—', '$', '%', 'Closed']) expect(parsePageNumber(text), text).toBeUndefined();
  });

  it('reads back any number Intl formats, in many locales and styles', () => {
    const locales = ['en-US', 'en-GB', 'de-DE', 'de-CH', 'fr-FR', 'es-ES', 'it-IT', 'nl-NL', 'pt-BR', 'sv-SE', 'en-IN', 'ja-JP', 'he-IL'];
    const style = fc.constantFrom('decimal', 'percent', 'currency', 'accounting');
    const currency = fc.constantFrom('USD', 'EUR', 'JPY', 'INR', 'GBP', 'CHF', 'SEK', 'BRL');
    fc.assert(fc.property(fc.constantFrom(...locales), style, currency, fc.integer({ min: -999_999_999_99, max: 999_999_999_99 }), fc.integer({ min: 0, max: 2 }), (locale, kind, code, n, digits) => {
      const value = n / 10 ** digits;
      const options: Intl.NumberFormatOptions = { minimumFractionDigits: digits, maximumFractionDigits: digits };
      const text = kind === 'decimal' ? new Intl.NumberFormat(locale, options).format(value)
        : kind === 'percent' ? new Intl.NumberFormat(locale, { ...options, style: 'percent' }).format(value / 100)
          : new Intl.NumberFormat(locale, { ...options, style: 'currency', currency: code, ...(kind === 'accounting' ? { currencySign: 'accounting' } : {}) }).format(value);
      const parsed = parsePageNumber(text);
      expect(parsed?.value, `${locale} ${kind} ${JSON.stringify(text)}`).toBe(value === 0 ? 0 : value);
      if (kind === 'percent') expect(parsed?.unit).toBe('%');
      if (kind === 'currency' || kind === 'accounting') expect(parsed?.unit, text).toBeDefined();
    }), { numRuns: 3000 });
  });
});
