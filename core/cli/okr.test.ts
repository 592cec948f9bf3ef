import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { bundleText } from '../bundle/bundle-format.ts';
import { buildDemo } from '../../fixtures/demo/build-demo.ts';
import { main } from './okr.ts';

const FIXTURES = new URL('../../fixtures/csv/', import.meta.url).pathname;
const DEMO = new URL('../../fixtures/demo/acme-analytics.okr.json', import.meta.url).pathname;
let dir: string;
let out: string[];
let err: string[];
const okr = (...argv: string[]) => main(argv, { out: (l) => out.push(l), err: (l) => err.push(l), now: () => new Date('2026-11-20T20:00:00Z') });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'okr-cli-'));
  out = [];
  err = [];
});

describe('okr import', () => {
  it('writes a bundle and says what it did', () => {
    const target = join(dir, 'sheets.okr.json');
    expect(okr('import', join(FIXTURES, 'sheets-kr-rows.csv'), join(FIXTURES, 'sheets-check-in-log.csv'), '--out', target)).toBe(0);
    expect(out).toEqual([
      'sheets-kr-rows.csv: one row per key result with an Objective column, 5 rows',
      'sheets-check-in-log.csv: check-in log (key result, date, value), 4 rows',
      '  people: 4 new, 0 updated, 0 unchanged',
      '  periods: 2 new, 0 updated, 0 unchanged',
      '  objectives: 2 new, 0 updated, 0 unchanged',
      '  keyResults: 5 new, 0 updated, 0 unchanged',
      '  checkIns: 8 new, 0 updated, 0 unchanged',
      `wrote ${target}`,
    ]);
    const bundle = JSON.parse(readFileSync(target, 'utf8'));
    expect([bundle.format, bundle.version, bundle.keyResults.length]).toEqual(['okr-lens-bundle', 1, 5]);
  });

  it('gives a new bundle the creator\'s time zone, or the one --time-zone names, and refuses an unknown one', () => {
    const mine = join(dir, 'mine.okr.json');
    expect(okr('import', join(FIXTURES, 'sheets-kr-rows.csv'), '--out', mine)).toBe(0);
    // The unit tests run in New York (vitest.config.ts): that is this creator's zone.
    expect(JSON.parse(readFileSync(mine, 'utf8')).workspace.settings.timeZone).toBe('America/New_York');
    const paris = join(dir, 'paris.okr.json');
    expect(okr('import', join(FIXTURES, 'sheets-kr-rows.csv'), '--out', paris, '--time-zone', 'Europe/Paris')).toBe(0);
    expect(JSON.parse(readFileSync(paris, 'utf8')).workspace.settings.timeZone).toBe('Europe/Paris');
    err = [];
    expect(okr('import', join(FIXTURES, 'sheets-kr-rows.csv'), '--out', join(dir, 'no.okr.json'), '--time-zone', 'Mars/Olympus')).toBe(2);
    expect(err).toEqual(['okr import: --time-zone "Mars/Olympus" is not an IANA time zone; write it like --time-zone Europe/Paris or --time-zone UTC']);
    expect(existsSync(join(dir, 'no.okr.json'))).toBe(false);
  });

  it('--dry-run writes nothing; --json reports for scripts', () => {
    const target = join(dir, 'x.okr.json');
    expect(okr('import', join(FIXTURES, 'ally-export.csv'), '--out', target, '--dry-run', '--json')).toBe(0);
    expect(existsSync(target)).toBe(false);
    const report = JSON.parse(out.join('\n'));
    expect(report).toMatchObject({ ok: true, dryRun: true, written: null, counts: { objectives: { created: 2 }, keyResults: { created: 3 } } });
    expect(report.changes.objectives.created.map((c: { label: string }) => c.label)).toEqual(['Customers succeed with self-serve onboarding', 'Enterprise customers trust our uptime']);
  });

  it('--dry-run lists what would be created and updated, by name', () => {
    expect(okr('import', join(FIXTURES, 'outline-numbers.csv'), '--dry-run')).toBe(0);
    expect(out).toContain('  objectives: 2 new, 0 updated, 0 unchanged');
    expect(out).toContain('    new: Mid-market teams renew without a fight');
    expect(out).toContain('    new: QBR deck template');
    expect(out.at(-1)).toBe('dry run: nothing written');
  });

  it('names file, row and column of bad input, exits 1 and leaves the existing bundle untouched', () => {
    const target = join(dir, 'keep.okr.json');
    writeFileSync(target, 'precious');
    expect(okr('import', join(FIXTURES, 'ally-export.csv'), join(FIXTURES, 'missing-parent.csv'), '--out', target)).toBe(1);
    expect(err).toEqual(['missing-parent.csv, row 4, column "Parent": parent "9" is not in the file']);
    expect(out.at(-1)).toBe('nothing written: 1 error(s)');
    expect(readFileSync(target, 'utf8')).toBe('precious');
  });

  it('updates a bundle in place with --into, and a second run changes nothing', () => {
    const target = join(dir, 'team.okr.json');
    writeFileSync(target, bundleText(buildDemo()));
    expect(okr('import', join(FIXTURES, 'outline-numbers.csv'), '--into', target)).toBe(0);
    out = [];
    expect(okr('import', join(FIXTURES, 'outline-numbers.csv'), '--into', target)).toBe(0);
    expect(out.filter((l) => /\d+ new/.test(l)).every((l) => / 0 new, 0 updated/.test(l))).toBe(true);
  });

  it('prints progress on stderr once a file takes more than a second', () => {
    let clock = Date.parse('2026-11-20T20:00:00Z');
    const lines: string[] = [];
    // Each reading of the clock moves it on 0.6 s: a slow import, as a 50 MB sheet would be.
    const code = main(['import', join(FIXTURES, 'ally-export.csv'), '--dry-run'], { out: () => {}, err: (l) => lines.push(l), now: () => new Date((clock += 600)) });
    expect(code).toBe(0);
    expect(lines[0]).toMatch(/^okr: read ally-export.csv: 6 rows \(1\.2 s\)$/);
    expect(lines.every((l) => l.startsWith('okr: '))).toBe(true);
  });

  it('refuses to run without a destination, and explains', () => {
    expect(okr('import', join(FIXTURES, 'ally-export.csv'))).toBe(2);
    expect(err[0]).toMatch(/^okr import: say where to write with --out/);
    expect(err[0]).toMatch(/; e\.g\. okr import \S*ally-export\.csv --out ally-export\.okr\.json$/);
  });

  it('a file without a period column takes the current quarter and says so; --period overrides it, silently', () => {
    const file = join(dir, 'no-period.csv');
    writeFileSync(file, 'Objective,Key Result,Target\nGrow,Reach 10,10\n');
    const target = join(dir, 'np.okr.json');
    expect(okr('import', file, '--out', target)).toBe(0);
    expect(err).toEqual([]);
    expect(out).toContain('no-period.csv: warning: has no period column: took 2026 Q4, the current quarter, as no row has a due date; import with --period to choose another');
    const periodOf = () => {
      const bundle = JSON.parse(readFileSync(target, 'utf8'));
      return bundle.periods.find((p: { id: string }) => p.id === bundle.objectives[0].periodId)?.name;
    };
    expect(periodOf()).toBe('2026 Q4');
    out = [];
    expect(okr('import', file, '--out', target, '--period', '2027 Q1')).toBe(0);
    expect(out.some((l) => l.includes('has no period column'))).toBe(false);
    expect(periodOf()).toBe('2027 Q1');
  });

  it('a refusal a flag can fix ends with the command: a blank cell in the Period column gets --period with this quarter', () => {
    const file = join(dir, 'blank-period.csv');
    writeFileSync(file, 'Objective,Key Result,Period,Target\nGrow,Reach 10,,10\n');
    const target = join(dir, 'bp.okr.json');
    expect(okr('import', file, '--out', target)).toBe(1);
    expect(err).toEqual(['blank-period.csv, row 2, column "Period": no period: add a Period column or choose a default period']);
    expect(out.at(-1)).toBe(`nothing written: 1 error(s); to fix, run: okr import ${file} --out ${target} --period "2026 Q4"`);
    expect(existsSync(target)).toBe(false);
    out = [];
    expect(okr('import', file, '--out', target, '--period', '2026 Q4')).toBe(0);
  });
});

describe('okr import: column mappings', () => {
  it('refuses a file it cannot read with confidence: names the column, prints the mapping, ends with the command that fixes it', () => {
    const target = join(dir, 'x.okr.json');
    expect(okr('import', join(FIXTURES, 'mapping-unsure.csv'), '--out', target)).toBe(1);
    expect(err).toEqual([expect.stringMatching(/^mapping-unsure\.csv, row 1: could not place "Belongs to" .*guessed "Title" → title, "Category" → type/)]);
    const printed = out.join('\n');
    const json = printed.slice(printed.indexOf('{'), printed.lastIndexOf('}') + 1);
    expect(JSON.parse(json).mappings[0].columns[2]).toMatchObject({ index: 2, header: 'Belongs to', role: 'ignore' });
    expect(out.at(-1)).toBe(`nothing written: 1 error(s); to fix, run: okr import ${join(FIXTURES, 'mapping-unsure.csv')} --out ${target} --map mapping.json`);
    expect(existsSync(target)).toBe(false);
  });

  it('--dry-run --json prints the mapping used; edited and given back with --map, it imports', () => {
    const file = join(FIXTURES, 'mapping-unsure.csv');
    expect(okr('import', file, '--dry-run', '--json')).toBe(1);
    const report = JSON.parse(out.join('\n'));
    expect(report.fix).toBe(`okr import ${file} --map mapping.json`);
    report.mappings[0].columns[2].role = 'parent';
    const map = join(dir, 'mapping.json');
    writeFileSync(map, JSON.stringify(report));
    out = [];
    const target = join(dir, 'fixed.okr.json');
    expect(okr('import', file, '--map', map, '--period', '2026 Q4', '--out', target)).toBe(0);
    expect(err).toEqual([]);
    const bundle = JSON.parse(readFileSync(target, 'utf8'));
    expect([bundle.objectives.length, bundle.keyResults.length]).toEqual([1, 2]);
    expect(new Set(bundle.keyResults.map((k: { objectiveId: string }) => k.objectiveId))).toEqual(new Set([bundle.objectives[0].id]));
  });

  it('a mapping printed by --dry-run --json and given back gives the same import', () => {
    for (const name of ['mapping-entity-teams.csv', 'mapping-duplicate-names.csv', 'ally-export.csv', 'layout-jira-export.csv', 'layout-asana-export.csv', 'layout-kr-groups.csv', 'layout-key-result-groups.csv']) {
      const file = join(FIXTURES, name);
      out = [];
      okr('import', file, '--dry-run', '--json');
      const map = join(dir, `${name}.json`);
      writeFileSync(map, out.join('\n'));
      const [first, second] = [join(dir, `${name}-1.okr.json`), join(dir, `${name}-2.okr.json`)];
      expect(okr('import', file, '--out', first)).toBe(0);
      expect(okr('import', file, '--map', map, '--out', second)).toBe(0);
      expect(readFileSync(second, 'utf8'), name).toBe(readFileSync(first, 'utf8'));
    }
  });

  it('refuses a broken mapping, naming each mistake and how to get a good one', () => {
    const map = join(dir, 'bad.json');
    writeFileSync(map, JSON.stringify({ mappings: [{ header: ['Title'], columns: [{ index: 0, role: 'headline' }] }] }));
    expect(okr('import', join(FIXTURES, 'mapping-unsure.csv'), '--map', map, '--dry-run')).toBe(1);
    expect(err[0]!.split('\n')).toEqual([
      `okr import: the mapping ${map} has a mistake:`,
      expect.stringMatching(/^ {2}mapping 1, column entry 1 \("Title"\): "role" "headline" is none of /),
      `print a fresh one with: okr import ${join(FIXTURES, 'mapping-unsure.csv')} --dry-run --json > ${map}`,
    ]);
  });

  it('a mapping made for other columns is reported with the file, not applied', () => {
    const map = join(dir, 'other.json');
    writeFileSync(map, JSON.stringify({ mappings: [{ file: 'mapping-unsure.csv', header: ['A', 'B'], columns: [{ index: 0, role: 'title' }] }] }));
    expect(okr('import', join(FIXTURES, 'mapping-unsure.csv'), '--map', map, '--dry-run')).toBe(1);
    expect(err).toContain('mapping-unsure.csv, row 1: the mapping given for it was made for the columns A, B, but its header is Title, Category, Belongs to, Owner, Start, Target, Period; print a new mapping with --dry-run --json');
  });
});

describe('okr export', () => {
  it('exports the canonical files, which import and export again byte for byte', () => {
    expect(okr('export', DEMO, '--csv', dir)).toBe(0);
    const items = readFileSync(join(dir, 'okr-items.csv'), 'utf8');
    const checkIns = readFileSync(join(dir, 'okr-check-ins.csv'), 'utf8');
    const kpis = readFileSync(join(dir, 'okr-kpis.csv'), 'utf8');
    expect(items.split('\r\n')).toHaveLength(1 + 10 + 30 + 6 + 1);
    expect(kpis.split('\r\n')).toHaveLength(1 + 5 + 1);
    expect(okr('import', join(dir, 'okr-items.csv'), join(dir, 'okr-check-ins.csv'), join(dir, 'okr-kpis.csv'), '--out', join(dir, 'again.okr.json'))).toBe(0);
    expect(okr('export', join(dir, 'again.okr.json'), '--csv', join(dir, 'again'))).toBe(0);
    expect(readFileSync(join(dir, 'again', 'okr-items.csv'), 'utf8')).toBe(items);
    expect(readFileSync(join(dir, 'again', 'okr-check-ins.csv'), 'utf8')).toBe(checkIns);
    expect(readFileSync(join(dir, 'again', 'okr-kpis.csv'), 'utf8')).toBe(kpis);
  });

  it('says what a non-bundle file is', () => {
    writeFileSync(join(dir, 'other.json'), '{"format":"trello-board","version":3}');
    expect(okr('export', join(dir, 'other.json'), '--csv', dir)).toBe(1);
    expect(err.join('\n')).toContain('other.json: is a "trello-board" file, not an OKR Lens bundle');
  });
});

describe('okr merge', () => {
  it('merges teammates’ bundles, reports conflicts and a clock that runs ahead', () => {
    const demo = buildDemo();
    const mine = structuredClone(demo);
    mine.objectives[0]!.title = 'Mine';
    mine.objectives[0]!.updatedAt = '2026-11-18T10:00:00.000Z';
    const theirs = structuredClone(demo);
    theirs.objectives[0]!.title = 'Theirs';
    theirs.objectives[0]!.updatedAt = '2027-06-01T10:00:00.000Z';
    theirs.checkIns.push({ ...theirs.checkIns[0]!, id: 'ci-theirs', time: '2026-11-19T10:00:00.000Z', updatedAt: '2026-11-19T10:00:00.000Z' });
    writeFileSync(join(dir, 'mine.okr.json'), bundleText(mine));
    writeFileSync(join(dir, 'theirs.okr.json'), bundleText(theirs));
    expect(okr('merge', join(dir, 'mine.okr.json'), join(dir, 'theirs.okr.json'), '--out', join(dir, 'team.okr.json'))).toBe(0);
    expect(err[0]).toMatch(/^warning: theirs.okr.json has changes stamped 2027-06-01T10:00:00.000Z/);
    expect(out).toContain('conflict: objective q3-activation, title: kept "Theirs" from theirs.okr.json; "Mine" from mine.okr.json lost');
    expect(out.at(-1)).toMatch(/^merged 2 bundles: 10 objectives, 30 key results, 5 KPIs, 169 check-ins, 1 conflicts, 0 deleted; wrote /);
  });
});

describe('okr lint', () => {
  it('prints quality findings and passes unless --strict', () => {
    expect(okr('lint', DEMO)).toBe(0);
    expect(out).toContain('warning: [kr-output-wording] “Ship usage-based billing to all self-serve plans” describes work (“ship”); make it an initiative and measure what it changes.');
    out = [];
    expect(okr('lint', DEMO, '--strict')).toBe(1);
  });

  it('fails on files that cannot be read', () => {
    expect(okr('lint', join(FIXTURES, 'broken-quotes.csv'))).toBe(1);
    expect(err).toEqual(['error: broken-quotes.csv, row 2: a quoted cell is never closed (unbalanced ")']);
  });
});

describe('okr', () => {
  it('answers a missing file with its path and exit 3, from every command', () => {
    expect(okr('export', join(dir, 'nope.okr.json'), '--csv', dir)).toBe(3);
    expect(okr('merge', join(dir, 'nope.okr.json'), '--out', join(dir, 'm.okr.json'))).toBe(3);
    expect(okr('lint', join(dir, 'nope.csv'))).toBe(3);
    expect(okr('import', join(FIXTURES, 'ally-export.csv'), '--into', join(dir, 'nope.okr.json'))).toBe(3);
    expect(err).toEqual(Array(4).fill(0).map((_, i) => `okr: cannot read ${join(dir, i === 2 ? 'nope.csv' : 'nope.okr.json')}: ENOENT`));
  });

  it('answers usage errors with exit 2', () => {
    expect(okr('frobnicate')).toBe(2);
    expect(okr('import', '--bogus')).toBe(2);
    expect(okr()).toBe(2);
  });

  // npx installs the project into its cache on a first run and checks `engines` against the Node
  // that runs npm: the bin is plain JavaScript that starts on Node 20 and runs the command on 24.
  it.runIf(spawnSync('/usr/bin/node', ['--version'], { encoding: 'utf8' }).stdout?.startsWith('v20.'))('npx okr on a machine whose Node is 20: our output first, no EBADENGINE warning', () => {
    const root = new URL('../../', import.meta.url).pathname;
    const env = { ...process.env, PATH: '/usr/bin:/bin', npm_config_cache: mkdtempSync(join(tmpdir(), 'npm-cache-')) };
    for (const args of [['okr', '--help'], ['okr', 'import', join(FIXTURES, 'mapping-unsure.csv'), '--dry-run']]) {
      const run = spawnSync('npx', args, { cwd: root, encoding: 'utf8', env });
      expect(run.stderr).not.toMatch(/EBADENGINE/);
      expect(run.status).toBe(args[1] === '--help' ? 0 : 1);
    }
    const help = spawnSync('npx', ['okr', '--help'], { cwd: root, encoding: 'utf8', env });
    expect(help.stdout.split('\n')[0]).toBe('usage:');
  }, 120_000);

  it('runs as a program on Node 24 (the bin entry)', () => {
    const run = spawnSync(process.execPath, [new URL('./okr.ts', import.meta.url).pathname, 'lint', DEMO, '--json'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).ok).toBe(true);
  });
});
