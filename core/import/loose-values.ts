import type { CheckInStatus, Commitment, InitiativeStatus, KrKind } from '../model/vocabulary.ts';

export type LooseNumber = { value: number; unit?: string };

const MULTIPLIERS: Record<string, number> = { k: 1e3, m: 1e6, mm: 1e6, b: 1e9, bn: 1e9 };

/**
 * A number as people type it in spreadsheets: `1,234.5`, `1.234,5`, `45%`, `$10M`, `€ 2,5k`,
 * `-3`. `decimalComma` says how to read an ambiguous `1,234` / `1.234` (true in `;` files).
 */
const PLAIN = /^-?\d{1,15}(\.\d+)?$/;

export function parseLooseNumber(text: string, decimalComma: boolean): LooseNumber | undefined {
  // Most cells are plain numbers; in a ";" file a plain "1.234" is a thousands group instead.
  if (PLAIN.test(text) && !(decimalComma && text.includes('.'))) return { value: Number(text) };
  let t = text.trim().replace(/[\s\u00a0\u202f']/g, '');
  if (!t) return undefined;
  const trailing = /([$€£¥])$/.exec(t)?.[1];
  const currency = /^[-+]?([$€£¥])/.exec(t)?.[1] ?? trailing;
  // `1.200 €`: a sign written after the amount is the continental style, with its separators.
  if (trailing && trailing !== '$') decimalComma = true;
  t = t.replace(/[$€£¥]/g, '');
  const percent = t.endsWith('%');
  if (percent) t = t.slice(0, -1);
  const suffix = /(bn|mm|[kmb])$/i.exec(t)?.[1]?.toLowerCase();
  if (suffix) t = t.slice(0, -suffix.length);
  if (!/^[-+]?[\d.,]*\d[\d.,]*$/.test(t)) return undefined;
  const [lastDot, lastComma] = [t.lastIndexOf('.'), t.lastIndexOf(',')];
  let normal: string;
  if (lastDot >= 0 && lastComma >= 0) normal = lastComma > lastDot ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '');
  else if (lastComma >= 0) normal = !decimalComma && /^[-+]?\d{1,3}(,\d{3})+$/.test(t) ? t.replace(/,/g, '') : t.replace(/,/g, (m, i) => (i === lastComma ? '.' : ''));
  else if (lastDot >= 0 && decimalComma && /^[-+]?\d{1,3}(\.\d{3})+$/.test(t)) normal = t.replace(/\./g, '');
  else normal = t;
  if ((normal.match(/\./g) ?? []).length > 1) return undefined;
  const value = Number(normal) * (suffix ? (MULTIPLIERS[suffix] ?? 1) : 1);
  if (!Number.isFinite(value)) return undefined;
  const unit = percent ? '%' : currency;
  return unit ? { value, unit } : { value };
}

const pad = (n: number) => String(n).padStart(2, '0');
const validDate = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

/**
 * A date as an ISO date-time: `2026-09-30`, ISO date-times, `09/30/2026` (US), `30.09.2026`
 * (European), `30/09/2026` when the first number cannot be a month. A bare date becomes noon UTC
 * so that no time zone moves it to another day.
 */
export function parseLooseDate(text: string): string | undefined {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}T/.test(t)) {
    const ms = Date.parse(t);
    return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
  }
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dotted) [d, m, y] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
  else if (slashed) {
    const [a, b] = [Number(slashed[1]), Number(slashed[2])];
    [m, d] = a > 12 ? [b, a] : [a, b];
    y = Number(slashed[3]);
  } else return undefined;
  return validDate(y, m, d) ? `${y}-${pad(m)}-${pad(d)}T12:00:00.000Z` : undefined;
}

/**
 * People in one cell: emails, `First Last` or `Last, First`, separated by new lines, `;` or `,`.
 * A comma between two single words is one person written surname first (`Doe, Jane`), never two.
 */
export function splitPeople(cell: string): string[] {
  const t = cell.trim();
  if (/\r?\n/.test(t) || t.includes(';')) return splitLoose(t).flatMap(splitPeople);
  const parts = t.split(',').map((v) => v.trim()).filter(Boolean);
  const singleWords = parts.every((p) => !p.includes('@') && /^[\p{L}'.-]+$/u.test(p));
  if (parts.length === 2 && singleWords) return [`${parts[1]} ${parts[0]}`];
  return parts;
}

/** Several values in one foreign cell: one per line, or separated by `;` or `,`. */
export function splitLoose(cell: string): string[] {
  const t = cell.trim();
  if (!t) return [];
  if (!/[\n;,]/.test(t)) return [t];
  const separator = /\r?\n/.test(t) ? /\r?\n/ : t.includes(';') ? ';' : ',';
  return t.split(separator).map((v) => v.trim()).filter(Boolean);
}

const key = (t: string) => t.toLowerCase().replace(/[^a-z]/g, '');

const KINDS: Record<string, KrKind> = {
  increase: 'increase', increasing: 'increase', up: 'increase', metric: 'increase', number: 'increase', numeric: 'increase',
  currency: 'increase', money: 'increase', monetary: 'increase', amount: 'increase', quantitative: 'increase',
  decrease: 'decrease', decreasing: 'decrease', down: 'decrease', reduce: 'decrease',
  milestone: 'milestone', qualitative: 'milestone', percent: 'milestone', percentage: 'milestone', progress: 'milestone',
  binary: 'binary', yesno: 'binary', boolean: 'binary', done: 'binary', donenotdone: 'binary', checkbox: 'binary',
  stayabove: 'stay-above', atleast: 'stay-above', minimum: 'stay-above', min: 'stay-above', keepabove: 'stay-above',
  staybelow: 'stay-below', atmost: 'stay-below', maximum: 'stay-below', max: 'stay-below', keepbelow: 'stay-below',
};
export const parseKind = (t: string): KrKind | undefined => KINDS[key(t)];

// Emoji carry no letters: a cell whose words name no status is searched for one of these.
const STATUS_SIGNS: Record<string, CheckInStatus> = { '🟢': 'on-track', '✅': 'on-track', '✔': 'on-track', '🟡': 'behind', '🟠': 'at-risk', '🔴': 'off-track', '❌': 'off-track', '⛔': 'off-track' };

const STATUSES: Record<string, CheckInStatus> = {
  done: 'on-track', complete: 'on-track', completed: 'on-track', achieved: 'on-track',
  ontrack: 'on-track', green: 'on-track', good: 'on-track', ok: 'on-track',
  behind: 'behind', amber: 'behind', yellow: 'behind', slipping: 'behind', needsattention: 'behind',
  atrisk: 'at-risk', risk: 'at-risk', orange: 'at-risk',
  offtrack: 'off-track', red: 'off-track', blocked: 'off-track', stuck: 'off-track',
};
/** A status cell: a word (`On track`, `At risk`, `Blocked`, `Done`), an emoji (🟢 🟡 🔴 ✅), or an emoji and a word. */
export function parseStatus(t: string): CheckInStatus | undefined {
  const word = STATUSES[key(t)];
  if (word) return word;
  for (const [sign, status] of Object.entries(STATUS_SIGNS)) if (t.includes(sign)) return status;
  return undefined;
}

const INITIATIVE_STATUSES: Record<string, InitiativeStatus> = {
  done: 'done', complete: 'done', completed: 'done', closed: 'done', resolved: 'done', shipped: 'done', finished: 'done',
  todo: 'not-started', notstarted: 'not-started', backlog: 'not-started', open: 'not-started', planned: 'not-started', new: 'not-started',
  inprogress: 'in-progress', workingonit: 'in-progress', stuck: 'in-progress', inreview: 'in-progress', started: 'in-progress', active: 'in-progress', doing: 'in-progress', ontrack: 'in-progress', atrisk: 'in-progress', blocked: 'in-progress',
  cancelled: 'cancelled', canceled: 'cancelled', wontdo: 'cancelled', wontfix: 'cancelled', dropped: 'cancelled', abandoned: 'cancelled',
};
/** An initiative's status as trackers and project tools write it (`Done`, `To Do`, `In Progress`, `Won't Do`, ✅). */
export const parseInitiativeStatus = (t: string): InitiativeStatus | undefined => INITIATIVE_STATUSES[key(t)] ?? (t.includes('✅') ? 'done' : undefined);

export const parseCommitment = (t: string): Commitment | undefined =>
  ({ committed: 'committed', commit: 'committed', roof: 'aspirational', aspirational: 'aspirational', moonshot: 'aspirational', stretch: 'aspirational' } as const)[key(t)];

export type ItemType = 'objective' | 'keyResult' | 'initiative';
export function parseItemType(t: string): ItemType | undefined {
  const k = key(t);
  if (['objective', 'obj', 'o', 'goal'].includes(k)) return 'objective';
  if (['keyresult', 'kr', 'result', 'keyresults', 'k'].includes(k)) return 'keyResult';
  if (['initiative', 'project', 'task', 'epic', 'i'].includes(k)) return 'initiative';
  return undefined;
}
