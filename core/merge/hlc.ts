// Hybrid logical clock stamps: `<ISO time>|<counter, 4 hex digits>|<device id>`. They sort as
// text in causal order; a bare ISO time (a record's updatedAt) is the same stamp with counter 0
// and no device, and sorts before any explicit stamp of the same millisecond.

export type Stamp = string;

const parse = (stamp: Stamp) => {
  const [time = '', counter = '0', device = ''] = stamp.split('|');
  return { time, counter: Number.parseInt(counter, 16) || 0, device };
};

export const stampTime = (stamp: Stamp) => parse(stamp).time;

/**
 * The next stamp on `device`: wall-clock time when it has moved on, else the last time with the
 * counter raised, so stamps from one device never go backwards even if its clock does.
 */
export function nextStamp(last: Stamp | undefined, now: Date, device: string): Stamp {
  const wall = now.toISOString();
  const prev = last ? parse(last) : undefined;
  const [time, counter] = prev && prev.time >= wall ? [prev.time, prev.counter + 1] : [wall, 0];
  return `${time}|${counter.toString(16).padStart(4, '0')}|${device}`;
}

/** The stamp of one field of a record: its own clock, else the record's updatedAt. */
export function fieldStamp(record: { updatedAt: string; fieldClocks?: Record<string, string> }, field: string): Stamp {
  return record.fieldClocks?.[field] ?? record.updatedAt;
}
