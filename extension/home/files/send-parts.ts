/** What the background answered for one part: go on, the whole import was written, or refused. */
export type PartAnswer = { ok: true; done: false } | { ok: true; done: true; backupId: string | undefined } | { ok: false; message: string };

/**
 * Sends parts 0…count-1 with at most `window` in flight, so the background reads and checks one
 * part while the next is on its way. Stops sending at the first refusal. Answers the part that
 * says the import was written, else the first refusal, else undefined (no part finished it).
 */
export async function sendParts(count: number, sendPart: (part: number) => Promise<PartAnswer>, onAnswered: (answered: number) => void, window = 2): Promise<PartAnswer | undefined> {
  let next = 0;
  let answered = 0;
  let outcome: PartAnswer | undefined;
  const lane = async () => {
    while (next < count && !outcome) {
      const answer = await sendPart(next++);
      onAnswered(++answered);
      if (!answer.ok || answer.done) outcome ??= answer;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(window, count)) }, lane));
  return outcome;
}
