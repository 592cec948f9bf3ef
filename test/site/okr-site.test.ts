import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleText } from '../../core/bundle/bundle-format.ts';
import { main } from '../../core/cli/okr.ts';
import { diskProblems, siteUrls } from './disk-links.ts';
import { buildDemo } from '../../fixtures/demo/build-demo.ts';

const io = (out: string[], err: string[]) => ({ out: (l: string) => out.push(l), err: (l: string) => err.push(l), now: () => new Date('2026-11-20T20:00:00Z') });

describe('okr site', () => {
  it('builds the dashboards from every bundle and CSV in a folder, merged', () => {
    const data = mkdtempSync(join(tmpdir(), 'okr-site-data-'));
    const out = mkdtempSync(join(tmpdir(), 'okr-site-out-'));
    const mine = buildDemo();
    const theirs = structuredClone(mine);
    theirs.objectives.find((o) => o.id === 'q4-support')!.title = 'Answers before anyone asks twice';
    theirs.objectives.find((o) => o.id === 'q4-support')!.updatedAt = '2026-11-19T09:00:00.000Z';
    writeFileSync(join(data, 'maya.okr.json'), bundleText(mine));
    writeFileSync(join(data, 'amara.okr.json'), bundleText(theirs));
    copyFileSync(new URL('../../fixtures/csv/tab-delimited.csv', import.meta.url), join(data, 'docs-team.csv'));
    const [lines, errors] = [[] as string[], [] as string[]];
    expect(main(['site', data, '--out', out], io(lines, errors))).toBe(0);
    expect(lines.at(-1)).toBe(`built the site from ${data} into ${out}`);
    const q4 = readFileSync(join(out, 'period', '2026-q4', 'index.html'), 'utf8');
    expect(q4).toContain('Answers before anyone asks twice');
    expect(q4).not.toContain('Customers get answers before they have to ask twice');
    expect(q4).toContain('Docs that developers love');
  }, 60_000);

  it('refuses a folder with a bad CSV before building, naming file, row and column', () => {
    const data = mkdtempSync(join(tmpdir(), 'okr-site-bad-'));
    copyFileSync(new URL('../../fixtures/csv/missing-parent.csv', import.meta.url), join(data, 'plan.csv'));
    const [lines, errors] = [[] as string[], [] as string[]];
    expect(main(['site', data], io(lines, errors))).toBe(1);
    expect(errors.join('\n')).toContain('plan.csv, row 4, column "Parent": parent "9" is not in the file');
  });
});

describe('okr site --base', () => {
  it('builds for a sub-path: every link, stylesheet and script is relative and names a file that exists', () => {
    const out = mkdtempSync(join(tmpdir(), 'okr-site-base-'));
    const [lines, errors] = [[] as string[], [] as string[]];
    expect(main(['site', 'fixtures/demo', '--out', out, '--base', '/okrs/acme/'], io(lines, errors))).toBe(0);
    // Relative URLs work under any sub-path; none may still name the base from the root.
    const urls = siteUrls(out).flatMap((p) => p.urls);
    expect(urls.length).toBeGreaterThan(500);
    expect(urls.filter((u) => u.includes('okrs/acme'))).toEqual([]);
    expect(diskProblems(out)).toEqual([]);
  }, 120_000);

  it('refuses a base that is not an absolute path', () => {
    const [lines, errors] = [[] as string[], [] as string[]];
    expect(main(['site', 'fixtures/demo', '--base', 'sub/'], io(lines, errors))).toBe(2);
    expect(errors.join('\n')).toContain('--base must start with /');
  });
});
