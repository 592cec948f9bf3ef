import { fieldOf, indentDepth, normaliseHeader, type Field } from '../header-fields.ts';
import { SURE, type ColumnMapping, type ColumnRole, type Role } from './column-mapping.ts';
import { headerHash } from './header-hash.ts';
import { roleByValues, valuesFit, type Guess } from './role-by-values.ts';
import { distinctCells, rowTypesOf } from './row-types.ts';
import { profileColumn, type ValueProfile } from './value-profile.ts';

// Headers that say "some category" without saying which: the values settle them.
const AMBIGUOUS = new Set(['entity', 'type', 'level', 'scope', 'group', 'category', 'kind', 'class', 'itemtype', 'issuetype', 'worktype', 'tier']);

// A header that contains one of these words (`Objective Name`, `Due on`) likely means that field.
const HEADER_WORDS: [RegExp, Field][] = [
  [/keyresult|^kr/, 'keyResult'], [/objective|goal$/, 'objective'], [/parent/, 'parent'], [/owner|assignee|lead|responsible/, 'owner'],
  [/team|department|squad|unit$/, 'team'], [/period|quarter|cycle/, 'period'], [/due|deadline|enddate|finish/, 'due'],
  [/baseline|start/, 'start'], [/target|goal/, 'target'], [/current|actual|latest/, 'current'], [/progress|complete/, 'progress'],
  [/confidence/, 'confidence'], [/status|health/, 'status'], [/note|comment/, 'note'], [/description|detail/, 'description'],
  [/title|name|summary/, 'title'], [/^(row|item|issue|okr|goal|task|record|jira)?(id|key|number)$/, 'rowId'],
];

function guessColumn(header: string, p: ValueProfile): Guess & { depth?: number } {
  const depth = indentDepth(header);
  if (depth !== undefined) return { role: 'level', depth, confidence: 0.95, why: `indentation column (level ${depth})` };
  const n = normaliseHeader(header);
  const byValues = roleByValues(p);
  if (AMBIGUOUS.has(n)) {
    if (p.filled === 0) return { role: 'ignore', confidence: 1, why: 'empty' };
    // Mostly item types: the rest are words of the tool's own, for the row types to settle.
    if (p.itemTypes >= 0.5) return { role: 'type', confidence: p.itemTypes >= 0.8 ? 0.95 : 0.7, why: `"${header}" holds item types` };
    if (p.kinds >= 0.8) return { role: 'kind', confidence: 0.85, why: `"${header}" holds measure kinds` };
    if (p.periods >= 0.8) return { role: 'period', confidence: 0.85, why: `"${header}" holds period names` };
    if (p.emails >= 0.8 || p.people >= 0.8) return { role: 'owner', confidence: 0.7, why: `"${header}" holds people` };
    if (p.numbers < 0.5 && p.longText < 0.5) return { role: 'team', confidence: 0.8, why: `"${header}" holds names that are no item types: teams` };
    return { ...byValues, confidence: Math.min(byValues.confidence, 0.5) };
  }
  const named = fieldOf(header);
  // `Target` or `End` full of dates is when, not how much.
  if ((named === 'target' || named === 'due') && p.dates >= 0.8) return { role: 'due', confidence: 0.85, why: `"${header}" holds dates` };
  if (named) return valuesFit(named, p) ? { role: named, confidence: 0.95, why: 'header' } : { role: named, confidence: SURE, why: `header says ${named}; some values do not fit (each is reported)` };
  const worded = HEADER_WORDS.find(([re]) => re.test(n))?.[1];
  if (worded && valuesFit(worded, p)) return { role: worded, confidence: byValues.role === worded ? 0.9 : 0.7, why: `header contains "${worded}"` };
  return byValues;
}

/**
 * Each column's role from its header and a sample of its cells. Two columns that land on one role
 * are kept apart: the surer one keeps it, the other takes what its values say, or is left unplaced.
 */
export function inferRoles(header: readonly string[], body: readonly (readonly string[])[], file?: string): ColumnMapping {
  const profiles = header.map((_, i) => profileColumn(body, i));
  const columns: ColumnRole[] = header.map((h, index) => ({ index, header: h, ...guessColumn(h, profiles[index]!) }));
  const byRole = new Map<Role, ColumnRole>();
  for (const c of [...columns].sort((a, b) => b.confidence - a.confidence || a.index - b.index)) {
    if (c.role === 'ignore' || c.role === 'level') continue;
    const holder = byRole.get(c.role);
    if (!holder) { byRole.set(c.role, c); continue; }
    const alternative = roleByValues(profiles[c.index]!);
    if (alternative.confidence >= SURE && alternative.role !== 'ignore' && alternative.role !== c.role && !byRole.has(alternative.role)) {
      Object.assign(c, alternative, { why: `${alternative.why} ("${holder.header}" is the ${c.role})` });
      byRole.set(c.role, c);
    } else Object.assign(c, { role: 'ignore', confidence: 0.4, why: `column ${holder.index + 1} ("${holder.header}") is already the ${c.role}` });
  }
  for (const c of columns) if (c.confidence < SURE && c.role !== 'ignore') Object.assign(c, { guess: c.role, role: 'ignore' });
  const typeColumn = byRole.get('type');
  const { rowTypes } = rowTypesOf(typeColumn ? distinctCells(body, typeColumn.index) : []);
  return { ...(file ? { file } : {}), header: [...header], headerHash: headerHash(header), columns, rowTypes };
}
