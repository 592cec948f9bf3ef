import { useEffect, useRef, useState } from 'preact/hooks';
import { parsePageNumber } from '../../core/capture/parse-page-number.ts';
import type { LinkedItem } from '../../core/report/link-summary.ts';
import { asCheckInStatus } from './check-in-status.ts';
import type { OverlayActions } from '../overlay/overlay-actions.ts';

const PICK_HINT = 'Click a number on the page, or move through its numbers with the arrow keys or Tab and press Enter. Escape cancels.';
type Picked = { text: string; locator: string; label: string; value: number };
type Props = { pageUrl: string; items: LinkedItem[]; actions: OverlayActions; onClose: () => void; disabled: boolean };

/**
 * Capture from page: the person clicks a number; it becomes the key result's data link (this URL,
 * a locator for the element, a label) and, if they wish, a check-in now with the text as evidence.
 */
export function CaptureBox({ pageUrl, items, actions, onClose, disabled }: Props) {
  const [picked, setPicked] = useState<Picked>();
  const [message, setMessage] = useState<{ text: string; alert: boolean }>();
  const [choices, setChoices] = useState<LinkedItem[]>(items.filter((i) => i.type === 'keyResult'));
  const [krId, setKrId] = useState(choices[0]?.id ?? '');
  const [label, setLabel] = useState('');
  const stopPicking = useRef<(() => void) | undefined>(undefined);
  const startPicking = () => {
    setMessage({ text: PICK_HINT, alert: false });
    stopPicking.current?.();
    stopPicking.current = actions.pick((p) => {
      if (!p) return setMessage({ text: 'Capture cancelled.', alert: false });
      const number = parsePageNumber(p.text);
      if (!number) return setMessage({ text: `No number in “${p.text.slice(0, 80)}”: click another element.`, alert: true });
      setPicked({ ...p, value: number.value });
      setLabel(p.label);
      setMessage(undefined);
    }, (text, at, count) => setMessage(count === 0
      ? { text: 'No numbers found on this page. Escape cancels.', alert: false }
      : { text: `Number ${at + 1} of ${count}: “${text.slice(0, 80)}”. Enter picks it.`, alert: false }));
  };
  useEffect(() => {
    startPicking();
    // Key results not linked here can hold this page's number too (a filter page links to nothing).
    void actions.linkable().then((r) => {
      if (!r.ok) return;
      const linked = new Set(items.map((i) => i.id));
      const all = [...items.filter((i) => i.type === 'keyResult'), ...r.value.items.filter((i) => i.type === 'keyResult' && !linked.has(i.id))];
      setChoices(all);
      setKrId((id) => id || all[0]?.id || '');
    });
    // Closing the box, or the page moving on, ends a pick still waiting for a click.
    return () => stopPicking.current?.();
  }, []);
  const save = async (checkInToo: boolean) => {
    const kr = choices.find((c) => c.id === krId);
    if (!picked || !kr || disabled) return;
    const saved = await actions.saveDataLink(kr.id, { url: pageUrl, locator: picked.locator, label: (label.trim() || picked.text).slice(0, 200) });
    if (!saved.ok) return setMessage({ text: saved.error.message, alert: true });
    if (checkInToo) {
      const result = await actions.checkIn({ item: kr, value: picked.value, status: asCheckInStatus(kr.status), source: 'page-capture', sourceUrl: pageUrl, evidence: `${label.trim() || 'Captured'}: ${picked.text}` });
      if (!result.ok) return setMessage({ text: result.error.message, alert: true });
    }
    setMessage({ text: checkInToo ? `Saved: ${kr.title} is now ${picked.value}, and this page will offer its number again.` : `Saved: this page will offer ${kr.title} its number.`, alert: false });
    setPicked(undefined);
  };
  return (
    <div class="box" onKeyDown={(e) => { if (e.key === 'Escape') onClose(); }}>
      {message ? <p class={message.alert ? 'alert' : 'meta'} role={message.alert ? 'alert' : 'status'}>{message.text}</p> : null}
      {picked ? (
        <>
          <p>Captured <strong>{picked.value}</strong> from “{picked.text.slice(0, 120)}”</p>
          <label>Key result
            <select value={krId} onChange={(e) => setKrId(e.currentTarget.value)}>
              {choices.map((k) => <option key={k.id} value={k.id}>{k.title}</option>)}
            </select>
          </label>
          <label>Label
            <input value={label} onInput={(e) => setLabel(e.currentTarget.value)} maxLength={200} />
          </label>
          <div class="actions">
            <button type="button" class="primary" disabled={disabled || !krId} onClick={() => void save(true)}>Save and check in</button>
            <button type="button" disabled={disabled || !krId} onClick={() => void save(false)}>Save data link only</button>
            <button type="button" class="plain" onClick={startPicking}>Pick again</button>
          </div>
        </>
      ) : message?.alert || message?.text === 'Capture cancelled.' ? <button type="button" onClick={startPicking}>Pick a number</button> : null}
    </div>
  );
}
