import { describe, expect, it } from 'vitest';
import { sendParts, type PartAnswer } from './send-parts.ts';

/** A background that answers part `i` after `delays[i]` ms of fake time, recording what was in flight. */
function background(count: number, answerOf: (part: number) => PartAnswer) {
  const sent: number[] = [];
  let inFlight = 0;
  let most = 0;
  const sendPart = async (part: number) => {
    sent.push(part);
    most = Math.max(most, ++inFlight);
    await new Promise((ok) => setTimeout(ok, (count - part) % 3));
    inFlight--;
    return answerOf(part);
  };
  return { sent, sendPart, most: () => most };
}

describe('sendParts', () => {
  it('sends every part once, in order, two at a time, and answers the part that finished the import', async () => {
    const bg = background(7, (part) => (part === 6 ? { ok: true, done: true, backupId: 'b1' } : { ok: true, done: false }));
    const answered: number[] = [];
    const outcome = await sendParts(7, bg.sendPart, (n) => answered.push(n));
    expect(bg.sent).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(bg.most()).toBe(2);
    expect(answered).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(outcome).toEqual({ ok: true, done: true, backupId: 'b1' });
  });

  it('stops sending at the first refusal and answers it', async () => {
    const bg = background(9, (part) => (part === 2 ? { ok: false, message: 'import: weight' } : { ok: true, done: false }));
    const outcome = await sendParts(9, bg.sendPart, () => undefined);
    expect(outcome).toEqual({ ok: false, message: 'import: weight' });
    expect(bg.sent.length).toBeLessThan(6);
  });

  it('answers undefined when no part finished the import, and sends one part alone', async () => {
    const bg = background(1, () => ({ ok: true, done: false }));
    expect(await sendParts(1, bg.sendPart, () => undefined)).toBeUndefined();
    expect(bg.most()).toBe(1);
  });
});
