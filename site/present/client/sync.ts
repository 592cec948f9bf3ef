// Keeps the room's window and the presenter's window on the same slide. BroadcastChannel reaches
// every window of the same origin; where it is missing, a localStorage write fires a `storage`
// event in the other windows instead. Messages carry the sender, so a window ignores its own.

export type SyncMessage = { type: 'goto'; slide: number } | { type: 'hello' };
export type Sync = { send: (m: SyncMessage) => void; mode: 'broadcast-channel' | 'storage' | 'none' };

export function openSync(deckId: string, onMessage: (m: SyncMessage) => void): Sync {
  const name = `okr-present:${deckId}`;
  const me = Math.random().toString(36).slice(2);
  const receive = (data: unknown) => {
    if (typeof data !== 'object' || data === null) return;
    const { from, message } = data as { from?: unknown; message?: SyncMessage };
    if (from !== me && message && (message.type === 'hello' || (message.type === 'goto' && Number.isInteger(message.slide)))) onMessage(message);
  };
  if (typeof BroadcastChannel === 'function') {
    const channel = new BroadcastChannel(name);
    channel.addEventListener('message', (e) => receive(e.data));
    return { mode: 'broadcast-channel', send: (message) => channel.postMessage({ from: me, message }) };
  }
  try {
    const store = window.localStorage;
    window.addEventListener('storage', (e) => {
      if (e.key !== name || !e.newValue) return;
      try { receive(JSON.parse(e.newValue)); } catch { /* another page's value: ignore */ }
    });
    // A counter makes every write a change, so the same slide twice still fires an event.
    let n = 0;
    return { mode: 'storage', send: (message) => store.setItem(name, JSON.stringify({ from: me, message, n: n++ })) };
  } catch {
    return { mode: 'none', send: () => {} };
  }
}
