import { h, render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { flush, installDom } from '../../test/dom/linkedom-dom.ts';
import { samplePopupWorkspace } from '../popup/popup-test-workspace.ts';
import { CopyWeeklyUpdate } from './copy-weekly-update.tsx';

let root: HTMLElement;
beforeEach(() => {
  const doc = installDom();
  root = doc.createElement('div');
  doc.body.append(root);
});

const click = async () => {
  (root.querySelector('button') as HTMLButtonElement).click();
  await flush();
};

describe('Copy weekly update', () => {
  it('puts the Markdown on the clipboard and says so', async () => {
    const copied: string[] = [];
    render(h(CopyWeeklyUpdate, { ws: samplePopupWorkspace(), me: 'ada', write: async (t: string) => void copied.push(t) }), root);
    await click();
    expect(copied).toHaveLength(1);
    expect(copied[0]).toMatch(/^\*\*Ada Lovelace: week of 13–20 Nov 2026\*\*\n/);
    expect(copied[0]).toContain('- Activation \\<b\\>up\\</b\\>');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Weekly update copied: paste it into Slack, Teams or an email.');
  });

  it('shows the text to copy by hand when the clipboard refuses', async () => {
    render(h(CopyWeeklyUpdate, { ws: samplePopupWorkspace(), me: 'ada', write: () => Promise.reject(new Error('denied')) }), root);
    await click();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('select the text below and copy it');
    expect((root.querySelector('textarea') as HTMLTextAreaElement).value).toMatch(/^\*\*Ada Lovelace: week of/);
  });
});
