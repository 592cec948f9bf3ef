// Calendar days are plain 'YYYY-MM-DD' strings; arithmetic on them happens in UTC so that the
// runner's time zone never shifts a period by a day. Where an instant meets a calendar day (pace,
// "today", the current period) the workspace's IANA time zone decides, never the runtime's.

const DAY_MS = 86_400_000;

export const dayStartMs = (date: string): number => Date.parse(`${date}T00:00:00Z`);

export function addDays(date: string, days: number): string {
  return new Date(dayStartMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((dayStartMs(to) - dayStartMs(from)) / DAY_MS);
}

// Building an Intl formatter costs far more than using one; a report asks for the same zone often.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * The wall-clock reading at `instant` in `timeZone`, as milliseconds of a UTC calendar: the same
 * scale as `dayStartMs`, so "how far into this local day" is a subtraction and every calendar day
 * is 24 hours long, whatever daylight-saving time does.
 */
export function wallClockMs(instant: Date, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(instant)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const ms = ((instant.getTime() % 1000) + 1000) % 1000;
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!, ms);
}

/** The calendar date a person sees at `instant` in `timeZone`. */
export function localDate(instant: Date, timeZone: string): string {
  return new Date(wallClockMs(instant, timeZone)).toISOString().slice(0, 10);
}
