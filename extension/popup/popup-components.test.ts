import { h, render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { myCheckIns } from '../../core/report/my-check-ins.ts';
import { choose, flush, installDom, pressKey, submit, typeInto } from '../../test/dom/linkedom-dom.ts';
import { failure } from '../messages/result.ts';
import { CheckInForm } from './check-in-form.tsx';
import { MyKeyResultsList } from './my-key-results-list.tsx';
import { samplePopupWorkspace } from './popup-test-workspace.ts';

const sent = vi.hoisted(() => ({ requests: [] as unknown[], answer: undefined as unknown }));
vi.mock('../messages/client.ts', () => ({
  send: async (request: unknown) => {
    sent.requests.push(request);
    return sent.answer;
  },
}));

const NOW = new Date('2026-11-20T20:00:00Z'); // the pinned unit-test clock
let root: HTMLElement;
beforeEach(() => {
  const doc = installDom();
  root = doc.createElement('div');
  doc.body.append(root);
  sent.requests.length = 0;
  sent.answer = { ok: true, value: {} };
});

const texts = (selector: string) => [...root.querySelectorAll(selector)].map((e) => e.textContent?.trim());

describe('my key results list', () => {
  it('shows the check-ins due first, then the rest of mine, and opens the one picked', () => {
    const picked: string[] = [];
    render(h(MyKeyResultsList, { mine: myCheckIns(samplePopupWorkspace(), 'ada', NOW), onPick: (row) => picked.push(row.keyResult.id) }), root);
    expect(texts('h2')).toEqual(['Due for a check-in (2)', 'Also yours']);
    expect(texts('section:first-of-type .kr-pick')).toEqual(['Docs rated helpful', 'Activation <b>up</b>']); // as text, never markup
    expect(texts('section:last-of-type .kr-pick')).toEqual(['Churn down', 'Trial conversion']);
    expect(root.querySelector('section:first-of-type .kr-about')?.textContent).toContain('No check-in yet');
    (root.querySelectorAll('.kr-pick')[1] as HTMLElement).click();
    expect(picked).toEqual(['k-due']);
  });

  it('says so when I am up to date or have nothing running', () => {
    render(h(MyKeyResultsList, { mine: { due: [], rest: myCheckIns(samplePopupWorkspace(), 'ada', NOW).rest }, onPick: () => undefined }), root);
    expect(root.textContent).toContain('You are up to date.');
    render(h(MyKeyResultsList, { mine: { due: [], rest: [] }, onPick: () => undefined }), root);
    expect(root.textContent).toContain('No key results of yours in a running period.');
  });
});

describe('check-in form', () => {
  const rowOf = (id: string) => {
    const mine = myCheckIns(samplePopupWorkspace(), 'ada', NOW);
    return [...mine.due, ...mine.rest].find((r) => r.keyResult.id === id)!;
  };
  const mount = (id: string, done: string[] = [], cancelled: string[] = []) =>
    render(h(CheckInForm, { row: rowOf(id), me: 'ada', meName: (p: string) => (p === 'bo' ? 'Bo Li' : p), thresholds: samplePopupWorkspace().workspace.settings.statusThresholds, onDone: (m: string) => done.push(m), onCancel: () => cancelled.push('back') }), root);
  const field = (label: string) => [...root.querySelectorAll('label')].find((l) => l.textContent?.startsWith(label))?.querySelector('input, select, textarea') ?? null;

  it('shows the last value and the pace, and suggests a status from the typed value', async () => {
    mount('k-due');
    expect(root.querySelector('.facts')?.textContent).toMatch(/Last26 % · Behind · 9 NovPace31.01 % expected today \(55 % of the period gone\)/);
    typeInto(field('Value'), '32');
    await flush();
    expect((field('Status') as HTMLSelectElement).value).toBe('on-track');
    typeInto(field('Value'), '31'); // 0.05 points under pace
    await flush();
    expect((field('Status') as HTMLSelectElement).value).toBe('behind');
    typeInto(field('Value'), '22');
    await flush();
    expect((field('Status') as HTMLSelectElement).value).toBe('at-risk');
    expect((field('Confidence') as HTMLInputElement).value).toBe('6');
  });

  it('sends value, status, confidence and note on Enter, and keeps a status I chose', async () => {
    const done: string[] = [];
    mount('k-due', done);
    typeInto(field('Value'), '22,5');
    choose(field('Status'), 'behind');
    typeInto(field('Note'), '  Pricing test ran late ');
    await flush();
    pressKey(field('Note'), 'Enter');
    await flush();
    expect(sent.requests).toEqual([{ type: 'checkIn.add', draft: { id: expect.any(String), targetType: 'keyResult', targetId: 'k-due', value: 22.5, status: 'behind', authorId: 'ada', confidence: 6, note: 'Pricing test ran late' } }]);
    expect(done).toEqual(['Checked in: Activation <b>up</b>, 22.5 %']);
  });

  it('keeps every typed value and shows the error inline when the save fails', async () => {
    sent.answer = failure('check-in', 'unavailable', 'OKR Lens could not be reached');
    const done: string[] = [];
    mount('k-due', done);
    typeInto(field('Value'), '33');
    typeInto(field('Note'), 'keep me');
    await flush();
    submit(root.querySelector('form'));
    await flush();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('check-in: OKR Lens could not be reached');
    expect([(field('Value') as HTMLInputElement).value, (field('Note') as HTMLTextAreaElement).value]).toEqual(['33', 'keep me']);
    expect(done).toEqual([]);
    submit(root.querySelector('form')); // the retry carries the same id
    await flush();
    const ids = sent.requests.map((r) => (r as { draft: { id: string } }).draft.id);
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(ids[0]);
  });

  it('refuses a value that is not a number without sending, and Escape goes back', async () => {
    const cancelled: string[] = [];
    mount('k-due', [], cancelled);
    typeInto(field('Value'), 'lots');
    await flush();
    submit(root.querySelector('form'));
    await flush();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Value: "lots" is not a number');
    expect(sent.requests).toEqual([]);
    pressKey(field('Value'), 'Escape');
    expect(cancelled).toEqual(['back']);
  });

  it('checks in on behalf of the check-in owner when that is someone else', async () => {
    mount('k-bo');
    expect(root.textContent).toContain('On behalf of Bo Li, the check-in owner');
    typeInto(field('Value'), '31');
    await flush();
    submit(root.querySelector('form'));
    await flush();
    expect(sent.requests).toMatchObject([{ draft: { targetId: 'k-bo', authorId: 'ada', onBehalfOfId: 'bo', value: 31 } }]);
  });
});
