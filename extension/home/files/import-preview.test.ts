import { h } from 'preact';
import { describe, expect, it } from 'vitest';
import { csvPreview, bundlePreview } from '../../../core/import/import-preview.ts';
import { importFiles } from '../../../core/import/import-files.ts';
import { objective, workspace } from '../../../test/builders.ts';
import { renderToDocument } from '../../../test/render-preact.ts';
import { ImportPreviewView } from './import-preview.tsx';

const NOW = '2026-11-20T20:00:00.000Z';
const plan = (text: string) => csvPreview(importFiles([{ name: 'okrs.csv', text }], workspace({ periods: [] }), { now: NOW }));

describe('the import preview', () => {
  it('tells per collection what is created and updated, and names what is created', () => {
    const view = renderToDocument(h(ImportPreviewView, { preview: plan('Objective,Key Result,Owner,Quarter,Start,Target\nGrow,Reach 10 customers,ada,Q4 2026,0,10\nGrow,Ship v2,ada,Q4 2026,0,1\n') }));
    const rows = view.rows('tbody tr');
    expect(rows).toContainEqual(['Objectives', '1', '0', '0']);
    expect(rows).toContainEqual(['Key results', '2', '0', '0']);
    expect(view.text()).toContain('Reach 10 customers');
    expect(view.text()).toContain('okrs.csv: 2 rows');
    expect(view.root.querySelector('[role="alert"]')).toBeNull();
    expect(view.root.querySelector('.problems')).toBeNull();
  });

  it('lists every problem with its file, row and column, and says the import is stopped', () => {
    const view = renderToDocument(h(ImportPreviewView, { preview: plan('Objective,Key Result,Owner,Quarter,Start,Target\nGrow,Reach,ada,Q4 2026,zero,10\nGrow,Ship,ada,Q4 2026,1,many\n') }));
    const problems = view.rows('.problems tbody tr');
    expect(problems.length).toBeGreaterThanOrEqual(2);
    expect(problems).toContainEqual(['okrs.csv', '2', 'Start', expect.stringMatching(/^Error: .*zero/)]);
    expect(problems).toContainEqual(['okrs.csv', '3', 'Target', expect.stringMatching(/^Error: .*many/)]);
    expect(view.root.querySelector('[role="alert"]')?.textContent).toMatch(/problems stop this import.*nothing was changed/);
  });

  it('shows what a bundle removes, since it replaces the workspace', () => {
    const current = workspace({ objectives: [objective({ id: 'a' }), objective({ id: 'b' })] });
    const view = renderToDocument(h(ImportPreviewView, { preview: bundlePreview(current, workspace({ objectives: [objective({ id: 'c', title: 'New one' })] }), 'team.okr.json') }));
    expect(view.rows('thead tr')[0]).toEqual(['Collection', 'Created', 'Updated', 'Unchanged', 'Removed']);
    expect(view.rows('tbody tr')).toContainEqual(['Objectives', '1', '0', '0', '2']);
    expect(view.text()).toContain('replaces this browser’s workspace');
  });

  it('renders file content as text, never as markup', () => {
    const view = renderToDocument(h(ImportPreviewView, { preview: plan('Objective,Key Result,Owner,Quarter,Start,Target\n<img src=x onerror=alert(1)>,Reach,ada,Q4 2026,0,10\n') }));
    expect(view.root.querySelector('img')).toBeNull();
    expect(view.text()).toContain('<img src=x onerror=alert(1)>');
  });
});
