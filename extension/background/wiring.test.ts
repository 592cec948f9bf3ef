import { describe, expect, it, vi } from 'vitest';
import { CHANNEL, type ChangedEvent } from '../messages/envelope.ts';
import { runtimeBroadcast } from './broadcast.ts';
import { messageListener } from './message-listener.ts';
import { testBackground, valueOf } from './test-kit.ts';

describe('the wire', () => {
  it('answers unknown requests with an error instead of silence', async () => {
    const bg = testBackground();
    expect(await bg.handle({ type: 'objective.explode' })).toEqual({ ok: false, error: { feature: 'messages', code: 'invalid', message: 'messages: unknown request "objective.explode"' } });
    expect(await bg.handle(null)).toMatchObject({ ok: false, error: { message: 'messages: unknown request (none)' } });
    expect(valueOf(await bg.handle({ type: 'backup.list' }))).toEqual([]);
  });

  it('listens only to our channel and keeps it open for the answer', async () => {
    const handle = vi.fn(async () => ({ ok: true as const, value: 42 }));
    const listener = messageListener(handle);
    const sendResponse = vi.fn();
    expect(listener({ something: 'else' }, {}, sendResponse)).toBe(false);
    expect(listener({ channel: CHANNEL, event: { type: 'changed' } }, {}, sendResponse)).toBe(false);
    expect(listener({ channel: CHANNEL, request: { type: 'backup.list' } }, {}, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ ok: true, value: 42 }), { timeout: 30_000 });
    expect(handle).toHaveBeenCalledWith({ type: 'backup.list' });
  });

  it('broadcasts on our channel and shrugs when no page listens', async () => {
    const sendMessage = vi.fn(() => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')));
    const event: ChangedEvent = { type: 'changed', cause: 'checkIn.add', scope: 'records', ids: ['c'], at: '2026-11-20T20:00:00.000Z' };
    runtimeBroadcast({ sendMessage })(event);
    expect(sendMessage).toHaveBeenCalledWith({ channel: CHANNEL, event });
    await Promise.resolve(); // the rejection is handled: vitest would report an unhandled one
  });
});
