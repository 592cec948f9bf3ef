import { readDigitRun } from './number-separators.ts';

// Reads the number a person clicked on a page: counts, totals, percentages, money, in the
// formats browsers and hosts print them (see number-separators.ts for `,` `.` and spaces).
// The first number in the text wins (`12 of 40` → 12). A minus, U+2212 minus or en dash before
// it negates, as do accounting parentheses around an amount with a separator or currency
// (`(1,234)` → -1234); a bare count in parentheses stays positive (`Opportunities (3)` → 3).
// A scale (k, M, B and their spelled forms) multiplies the value and is reported; `%`, a
// currency sign or a common ISO code before or after it is reported as `unit`, as written.

export type PageNumber = { value: number; unit?: string; scale?: Scale };
type Scale = 'k' | 'M' | 'B';

const SYMBOLS = '(?:[A-Z]{1,2})?[$¥]|[€£￥₹₩₽₺₪₫฿]';
const CODES = 'USD|EUR|GBP|JPY|CNY|INR|CHF|CAD|AUD|NZD|SEK|NOK|DKK|PLN|CZK|HUF|BRL|MXN|ZAR|KRW|SGD|HKD|RUB|TRY';
const BEFORE = new RegExp(`(?:^|[^\\p{L}\\d])(\\()?\\s*([-−–])?\\s*(${SYMBOLS}|(?<![\\p{L}])(?:${CODES}))?\\s?([-−–])?$`, 'u');
// Scales as people and Intl's compact notation write them (en, de, fr, es, it, nl, pt, sv);
// a bare lower-case `m` counts only when attached (`1.2m`), so `5 m` (metres) is not a million;
// Spanish `mil M` is a thousand millions. Indian lakh and crore (`12L`, `346Cr`) are not read as scales.
const SCALE_WORDS = 'mil\\sM|k|K|thousand|tn|mil|Tsd|M|Mio|mn|Mn|million|millions|mln|Mln|mi|B|bn|Bn|billion|billions|Mrd|Md|md|Mld|mld|bi';
const AFTER = new RegExp(`^(?:(m)|\\s?(${SCALE_WORDS})\\.?)?(?![\\p{L}])\\s?(%|[$¥£][A-Z]{1,2}(?![\\p{L}])|${SYMBOLS}|kr|zł|Kč|(?:${CODES})(?![\\p{L}]))?\\s?(\\))?`, 'u');
const SCALES: Record<string, Scale> = {
  k: 'k', K: 'k', thousand: 'k', tn: 'k', mil: 'k', Tsd: 'k',
  m: 'M', M: 'M', Mio: 'M', mn: 'M', Mn: 'M', million: 'M', millions: 'M', mln: 'M', Mln: 'M', mi: 'M',
  'mil M': 'B', B: 'B', bn: 'B', Bn: 'B', billion: 'B', billions: 'B', Mrd: 'B', Md: 'B', md: 'B', Mld: 'B', mld: 'B', bi: 'B',
};
const POWERS: Record<Scale, number> = { k: 3, M: 6, B: 9 };
// Bidi and other invisible marks that Intl and RTL pages put around numbers.
const INVISIBLE = /[\u200B-\u200F\u061C\u2066-\u2069\uFEFF]/g;

// Pagination ("1–50 of 57", "1 - 3 of 1,204 issues"): the total is the number people count.
const PAGE_RANGE = /^[^\d]*\d[\d.,\u00A0\u202F ]*\s*[-–—]\s*\d[\d.,\u00A0\u202F ]*\s+of\s+(?=\d)/i;

export function parsePageNumber(text: string): PageNumber | undefined {
  const range = PAGE_RANGE.exec(text.replace(INVISIBLE, ''));
  if (range) return parsePageNumber(text.replace(INVISIBLE, '').slice(range[0].length));
  const clean = text.replace(INVISIBLE, '');
  const start = clean.search(/\d/);
  if (start < 0) return undefined;
  const run = /^\d+(?:[.,'’\u00A0\u202F\u2009 ]\d+)*/.exec(clean.slice(start))![0];
  const { digits, length } = readDigitRun(run);
  const before = BEFORE.exec(clean.slice(0, start));
  const after = AFTER.exec(clean.slice(start + length))!;
  const scaleWord = (after[1] ?? after[2])?.replace(/\s/, ' ');
  const scale = scaleWord ? SCALES[scaleWord] : undefined;
  const unit = after[3] ?? before?.[3];
  const accounting = Boolean(before?.[1] && after[4]) && (/\D/.test(run.slice(0, length)) || Boolean(unit));
  const negative = Boolean(before?.[2] ?? before?.[4]) || accounting;
  const magnitude = Number(`${digits}e${scale ? POWERS[scale] : 0}`);
  const value = negative && magnitude !== 0 ? -magnitude : magnitude;
  return { value, ...(unit ? { unit } : {}), ...(scale ? { scale } : {}) };
}
