import type { Role } from './column-mapping.ts';
import type { ValueProfile } from './value-profile.ts';

export type Guess = { role: Role; confidence: number; why: string };

const MOST = 0.8;

/** What a column holds says what it is, when the header does not; the confidence says how well. */
export function roleByValues(p: ValueProfile): Guess {
  if (p.filled === 0) return { role: 'ignore', confidence: 1, why: 'empty' };
  if (p.itemTypes >= MOST) return { role: 'type', confidence: 0.85, why: 'values are item types (Objective, Key Result, Task …)' };
  // `1.2` is also a decimal number: outline numbers from values alone are a guess to confirm.
  if (p.outline >= MOST && p.dates < 0.5) return { role: 'order', confidence: 0.55, why: 'values look like outline numbers (1, 1.1, 1.2)' };
  if (p.emails >= MOST) return { role: 'owner', confidence: 0.8, why: 'values are email addresses' };
  if (p.periods >= MOST) return { role: 'period', confidence: 0.8, why: 'values are period names' };
  if (p.statuses >= MOST) return { role: 'status', confidence: 0.75, why: 'values are statuses' };
  if (p.kinds >= MOST) return { role: 'kind', confidence: 0.7, why: 'values are measure kinds' };
  if (p.people >= MOST) return { role: 'owner', confidence: 0.65, why: 'values are people’s names' };
  // A date or a plain number could be several things (due or check-in date; start, target or current).
  if (p.dates >= MOST) return { role: 'due', confidence: 0.4, why: 'values are dates: a due date or a check-in date?' };
  if (p.percents >= MOST) return { role: 'progress', confidence: 0.45, why: 'values are percents: progress, or a start, target or current value?' };
  if (p.numbers >= MOST) return { role: 'ignore', confidence: 0.2, why: 'values are numbers: start, target or current?' };
  if (p.longText >= 0.5) return { role: 'title', confidence: 0.45, why: 'values are sentences: a title, description or notes?' };
  if (p.distinct <= Math.max(8, p.filled / 3)) return { role: 'team', confidence: 0.45, why: 'a few names repeated: teams or groups?' };
  return { role: 'ignore', confidence: 0.3, why: 'could not tell from the values' };
}

/** Whether the values fit a role the header named (a `Target` of sentences does not). */
export function valuesFit(role: Role, p: ValueProfile): boolean {
  if (p.filled === 0) return true;
  switch (role) {
    case 'start': case 'target': case 'current': case 'progress': case 'weight': case 'score': case 'confidence':
      return p.numbers >= 0.5;
    case 'date': case 'due':
      return p.dates >= 0.5;
    case 'type':
      return p.itemTypes >= 0.5;
    case 'owner': case 'objectiveOwner': case 'author':
      return p.people >= 0.5 || p.emails >= 0.5 || p.averageLength < 40;
    default:
      return true;
  }
}
