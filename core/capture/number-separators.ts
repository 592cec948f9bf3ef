// How the separators inside one run of digits are read (parse-page-number.ts finds the run).
//
// Rules, in order:
// 1. Spaces (plain, no-break U+00A0, narrow no-break U+202F, thin U+2009) and apostrophes (' ’)
//    only ever group thousands, and only before exactly three digits; anything else ends the
//    number (`12 of 40` → 12, `Q4 2026` → 4).
// 2. When both `,` and `.` appear, the first kind seen groups and the other is the decimal mark
//    (`1,234.5`, `3.400,50`, en-IN `12,34,567.89`).
// 3. One kind appearing several times groups (`1.234.567`, `12,34,567`) when the groups look like
//    thousands (all three digits, or Indian two-digit groups ending in three); otherwise the
//    first mark is a decimal mark and the number ends at the next one (`1.2.3` → 1.2).
// 4. A single `,` or `.` is a decimal mark, except that a group of exactly three digits after it,
//    behind one to three leading digits that are not just `0`, is thousands (`1,234` → 1234,
//    `1.234` → 1234, `1,5` → 1.5, `0.125` → 0.125, `1234.567` → 1234.567). When another grouping
//    separator already appeared (a space or an apostrophe), the single mark is the decimal mark
//    (`1 234,567` → 1234.567). The one ambiguity left: an English `1.234` meaning one point
//    two three four reads as 1234.
// The result is a plain decimal string ("-" not included), or undefined when nothing is left.

const SPACE_LIKE = /^['’\u00A0\u202F\u2009 ]$/;

export function readDigitRun(run: string): { digits: string; length: number } {
  const parts = run.split(/([.,'’\u00A0\u202F\u2009 ])/);
  const groups = [parts[0]!];
  const seps: string[] = [];
  for (let i = 1; i < parts.length; i += 2) {
    const sep = parts[i]!;
    const next = parts[i + 1]!;
    if (SPACE_LIKE.test(sep) && next.length !== 3) break;
    seps.push(sep);
    groups.push(next);
  }
  const marks = seps.filter((s) => s === ',' || s === '.');
  const spaced = seps.some((s) => SPACE_LIKE.test(s));
  const grouping = marks[0];
  const decimalAt = decimalIndex(seps, groups, marks, spaced, grouping);
  const upTo = decimalAt === undefined ? seps.length : Math.min(seps.length, decimalAt + 1);
  const used = groups.slice(0, upTo + 1);
  const usedSeps = seps.slice(0, upTo);
  const intPart = (decimalAt === undefined ? used : used.slice(0, decimalAt + 1)).join('');
  const frac = decimalAt === undefined ? '' : used[decimalAt + 1]!;
  const length = used.join('').length + usedSeps.length;
  return { digits: frac ? `${intPart}.${frac}` : intPart, length };
}

function decimalIndex(seps: string[], groups: string[], marks: string[], spaced: boolean, grouping: string | undefined): number | undefined {
  if (!grouping) return undefined;
  const other = marks.find((m) => m !== grouping);
  if (other) return seps.indexOf(other);
  if (marks.length > 1) return groupsAreThousands(groups.slice(1, seps.length + 1)) ? undefined : seps.indexOf(grouping);
  const at = seps.indexOf(grouping);
  if (spaced) return at;
  const before = groups.slice(0, at + 1).join('');
  const after = groups[at + 1]!;
  const thousands = after.length === 3 && before.length <= 3 && before !== '0';
  return thousands ? undefined : at;
}

/** Western groups of three, or Indian (lakh) groups of two ending in a group of three. */
function groupsAreThousands(groups: string[]): boolean {
  if (groups.at(-1)?.length !== 3) return false;
  return groups.every((g) => g.length === 3) || groups.slice(0, -1).every((g) => g.length === 2);
}
