import type { Finding, Rule } from '../rule.ts';

const normalise = (tag: string) => tag.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]/gu, '');

/** `short` spelled with letters of `long` in order, same first letter: `mktg` ⊂ `marketing`. */
function isAbbreviation(short: string, long: string): boolean {
  if (short.length < 3 || short[0] !== long[0]) return false;
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let [i, j, edits] = [0, 0, 0];
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) [i, j] = [i + 1, j + 1];
    else {
      if (++edits > 1) return false;
      if (a.length > b.length) i++;
      else if (b.length > a.length) j++;
      else [i, j] = [i + 1, j + 1];
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Whether two tags probably mean the same thing (case, punctuation, prefix, abbreviation, typo). */
export function tagsLookAlike(a: string, b: string): boolean {
  const [x, y] = [normalise(a), normalise(b)];
  if (a === b || !x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return (short.length >= 4 && long.startsWith(short)) || isAbbreviation(short, long) || (short.length >= 5 && withinOneEdit(x, y));
}

export const nearDuplicateTags: Rule = {
  id: 'near-duplicate-tags',
  summary: 'One spelling per tag, so filters find everything.',
  check(ws) {
    const tags = [...new Set([...ws.objectives, ...ws.keyResults].flatMap((r) => r.tags))].sort();
    const findings: Finding[] = [];
    for (let i = 0; i < tags.length; i++) {
      for (let j = i + 1; j < tags.length; j++) {
        const [a = '', b = ''] = [tags[i], tags[j]];
        if (!tagsLookAlike(a, b)) continue;
        const user = [...ws.objectives, ...ws.keyResults].find((r) => r.tags.includes(b));
        findings.push({ ruleId: this.id, severity: 'info',
          subject: { type: user && 'objectiveId' in user ? 'keyResult' : 'objective', id: user?.id ?? '' },
          reason: `Tags “${a}” and “${b}” look like the same tag; pick one so filters find everything.` });
      }
    }
    return findings;
  },
};
