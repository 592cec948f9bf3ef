import { useEffect, useRef, useState } from 'preact/hooks';
import type { LinkableItem } from '../messages/api.ts';
import type { PageEntity } from '../sites/site-types.ts';
import type { OverlayActions } from '../overlay/overlay-actions.ts';

type Props = { entity: PageEntity; title: string | undefined; linkedIds: Set<string>; actions: OverlayActions; onClose: () => void; disabled: boolean };

const matches = (item: LinkableItem, words: string[]) => {
  const text = `${item.title} ${item.objectiveTitle} ${item.periodName}`.toLowerCase();
  return words.every((w) => text.includes(w));
};

/** "Link to key result": type to search my OKRs (mine first), arrows to choose, Enter to link, Escape to close. */
export function LinkPicker({ entity, title, linkedIds, actions, onClose, disabled }: Props) {
  const [items, setItems] = useState<LinkableItem[]>();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [message, setMessage] = useState<{ text: string; alert: boolean }>();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    void actions.linkable().then((r) => (r.ok ? setItems(r.value.items) : setMessage({ text: r.error.message, alert: true })));
  }, []);
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = (items ?? []).filter((i) => !linkedIds.has(i.id) && matches(i, words)).slice(0, 50);
  const choose = async (item: LinkableItem | undefined) => {
    if (!item || disabled) return;
    const result = await actions.link(item, entity, title);
    setMessage(result.ok ? { text: `Linked ${entity.label} to ${item.title}`, alert: false } : { text: result.error.message, alert: true });
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, shown.length - 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (e.key === 'Enter') void choose(shown[active]);
    else if (e.key === 'Escape') onClose();
    else return;
    e.preventDefault();
  };
  return (
    <div class="box">
      <label>
        Search your key results and initiatives
        <input ref={input} type="search" role="combobox" list={undefined} aria-expanded="true" aria-controls="lens-linkable" aria-autocomplete="list"
          aria-activedescendant={shown[active] ? `lens-opt-${active}` : undefined} value={query}
          onInput={(e) => { setQuery(e.currentTarget.value); setActive(0); }} onKeyDown={onKeyDown} />
      </label>
      {items === undefined && !message ? <p class="meta" role="status">Loading your OKRs…</p> : null}
      <ul id="lens-linkable" role="listbox" aria-label="Key results and initiatives" class="options">
        {shown.map((item, i) => (
          <li id={`lens-opt-${i}`} key={item.id} role="option" class="option" aria-selected={i === active} onClick={() => void choose(item)}>
            {item.title} <span class="meta">{item.type === 'initiative' ? 'initiative · ' : ''}{item.objectiveTitle}{item.mine ? ' · mine' : ''}</span>
          </li>
        ))}
      </ul>
      {items !== undefined && shown.length === 0 ? <p class="meta">No open key result matches.</p> : null}
      {message ? <p class={message.alert ? 'alert' : 'ok'} role={message.alert ? 'alert' : 'status'}>{message.text}</p> : null}
    </div>
  );
}
