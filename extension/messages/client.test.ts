import { describe, expect, it, vi } from 'vitest';
import { createClient, UPDATED_TEXT, type MessagingRuntime } from './client.ts';
import { CHANNEL } from './envelope.ts';
import { onChanged, type MessageEvents } from './subscribe.ts';

const runtime = (sendMessage: MessagingRuntime['sendMessage']): MessagingRuntime => ({ id: 'okr-lens-id', sendMessage });

describe('send', () => {
  it('wraps the request and returns the background’s answer', async () => {
    const sendMessage = vi.fn(async () => ({ ok: true, value: [] }));
    const send = createClient(() => runtime(sendMessage));
    expect(await send({ type: 'backup.list' })).toEqual({ ok: true, value: [] });
    expect(sendMessage).toHaveBeenCalledWith({ channel: CHANNEL, request: { type: 'backup.list' } });
  });

  it('takes `{ ok: true }` as a success with no value: JSON drops `value: undefined` on the way', async () => {
    const send = createClient(() => runtime(async () => JSON.parse(JSON.stringify({ ok: true, value: undefined }))));
    const answer = await send({ type: 'workspace.get' });
    expect(answer.ok && answer.value).toBeUndefined();
    expect(answer.ok).toBe(true);
  });

  it('sends nothing from a content script the extension update left behind', async () => {
    const sendMessage = vi.fn(async () => ({ ok: true, value: null }));
    // What Chrome leaves an orphaned content script: runtime is there, its id is gone.
    const send = createClient(() => ({ id: undefined, sendMessage }));
    const draft = { targetType: 'keyResult', targetId: 'k1', status: 'on-track', authorId: 'ada' } as const;
    expect(await send({ type: 'checkIn.add', draft })).toEqual({ ok: false, error: { feature: 'check-in', code: 'orphaned', message: `check-in: ${UPDATED_TEXT}` } });
    expect(sendMessage).not.toHaveBeenCalled();
    expect(await createClient(() => undefined)({ type: 'backup.list' })).toMatchObject({ ok: false, error: { code: 'orphaned' } });
  });

  it('turns a thrown "context invalidated" into the same advice, and other failures into errors', async () => {
    const invalidated = createClient(() => runtime(() => Promise.reject(new Error('Extension context invalidated.'))));
    expect(await invalidated({ type: 'bundle.export' })).toMatchObject({ ok: false, error: { feature: 'export', code: 'orphaned' } });
    const unreachable = createClient(() => runtime(() => Promise.reject(new Error('Receiving end does not exist.'))));
    expect(await unreachable({ type: 'bundle.export' })).toMatchObject({ ok: false, error: { code: 'unavailable', message: 'export: OKR Lens could not be reached (Receiving end does not exist.)' } });
    const silent = createClient(() => runtime(async () => undefined));
    expect(await silent({ type: 'workspace.summary' })).toMatchObject({ ok: false, error: { feature: 'workspace', code: 'unavailable', message: 'workspace: OKR Lens did not answer' } });
  });
});

describe('onChanged', () => {
  it('hears our broadcasts only, never answers, and unsubscribes', () => {
    const listeners = new Set<(m: unknown) => undefined>();
    const events: MessageEvents = { onMessage: { addListener: (fn) => listeners.add(fn), removeListener: (fn) => listeners.delete(fn) } };
    const heard = vi.fn();
    const stop = onChanged(heard, events);
    const event = { type: 'changed', cause: 'checkIn.add', scope: 'records', ids: ['c9'], at: '2026-11-20T20:00:00.000Z' };
    for (const fn of listeners) {
      expect(fn({ channel: CHANNEL, event })).toBeUndefined();
      fn({ channel: CHANNEL, request: { type: 'backup.list' } });
      fn({ channel: 'other', event });
    }
    expect(heard.mock.calls).toEqual([[event]]);
    stop();
    expect(listeners.size).toBe(0);
  });
});
