import { useRef, useState } from 'preact/hooks';
import type { EntityRef, PageEntity } from '../sites/site-types.ts';
import { UPDATED_TEXT } from '../messages/client-core.ts';
import type { Result } from '../messages/result.ts';
import { LinkedList } from './linked-list.tsx';
import type { NumberOffer } from './number-offer.ts';
import { ToolSlot } from './tool-slot.tsx';
import type { OverlayActions } from './overlay-actions.ts';
import type { PageSummary } from './page-summary.ts';

export type OverlayProps = {
  entity: PageEntity | undefined;
  title: string | undefined;
  container: EntityRef | undefined;
  pageUrl: string;
  source: 'jira' | 'github' | 'salesforce';
  summary: PageSummary;
  offers: NumberOffer[];
  actions: OverlayActions;
  /** Opened from the popup's "Capture a number from this tab": expanded, in capture mode. */
  startCapture?: boolean;
};
type Mode = 'none' | 'link' | 'check-in' | 'capture';

/**
 * The overlay (DESIGN.md overlay contract): a region named "OKRs" with the detected entity, what is
 * linked to it or its container, and the buttons Link to key result, Check in, Capture from page.
 * Collapsed it is a badge with the count of linked OKRs.
 */
export function OverlayApp(props: OverlayProps) {
  const { entity, summary, actions } = props;
  const [collapsed, setCollapsed] = useState(summary.collapsed && !props.startCapture);
  const [mode, setMode] = useState<Mode>(props.startCapture ? 'capture' : 'none');
  const [orphaned, setOrphaned] = useState(false);
  const checkInOpened = useRef(false);
  if (mode === 'check-in') checkInOpened.current = true;
  // Kept once shown: after "Update" the offer is gone, and its confirmation stays in the same place.
  const offersShown = useRef(false);
  if (props.offers.length > 0) offersShown.current = true;
  const count = summary.linked.length + summary.viaContainer.length;
  const label = entity?.label ?? 'this page';
  // Every answer passes here: after an extension update nothing more is sent, and the forms keep their text.
  const watch = <T,>(result: Result<T>): Result<T> => {
    if (!result.ok && result.error.code === 'orphaned') setOrphaned(true);
    return result;
  };
  const toggle = (next: boolean) => {
    setCollapsed(next);
    actions.setCollapsed(next);
  };
  const guarded = { ...actions, linkable: () => actions.linkable().then(watch), link: (...a: Parameters<OverlayActions['link']>) => actions.link(...a).then(watch),
    unlink: (...a: Parameters<OverlayActions['unlink']>) => actions.unlink(...a).then(watch), checkIn: (...a: Parameters<OverlayActions['checkIn']>) => actions.checkIn(...a).then(watch),
    saveDataLink: (...a: Parameters<OverlayActions['saveDataLink']>) => actions.saveDataLink(...a).then(watch) } satisfies OverlayActions;
  const items = [...summary.linked, ...summary.viaContainer];
  return (
    <section class="lens" role="region" aria-label="OKRs" onKeyDown={(e) => { if (e.key === 'Escape' && mode === 'none' && !collapsed) toggle(true); }}>
      {collapsed ? (
        <button type="button" class="badge" aria-expanded="false" aria-label={`OKRs for ${label}: ${count} linked`} onClick={() => toggle(false)}>
          <span aria-hidden="true">OKRs</span> <strong aria-hidden="true">{count}</strong>
        </button>
      ) : (
        <div class="panel">
          <div class="head">
            <span class="entity">{label}</span>
            <button type="button" class="plain" aria-expanded="true" aria-label="Collapse OKRs" onClick={() => toggle(true)}>–</button>
          </div>
          {props.title ? <p class="title">{props.title}</p> : null}
          {orphaned ? <p class="alert" role="alert">{UPDATED_TEXT}</p> : null}
          {offersShown.current ? <ToolSlot kind="offers" offers={props.offers} actions={guarded} onClose={() => undefined} disabled={orphaned} /> : null}
          <LinkedList summary={summary} entity={entity} container={props.container} actions={guarded} disabled={orphaned} />
          <div class="actions">
            {entity ? <button type="button" aria-pressed={mode === 'link'} onClick={() => setMode(mode === 'link' ? 'none' : 'link')}>Link to key result</button> : null}
            <button type="button" aria-pressed={mode === 'check-in'} onClick={() => setMode(mode === 'check-in' ? 'none' : 'check-in')}>Check in</button>
            <button type="button" aria-pressed={mode === 'capture'} onClick={() => setMode(mode === 'capture' ? 'none' : 'capture')}>Capture from page</button>
          </div>
          {mode === 'link' && entity ? <ToolSlot kind="link" entity={entity} title={props.title} linkedIds={summary.linked.map((i) => i.id)} actions={guarded} onClose={() => setMode('none')} disabled={orphaned} /> : null}
          {/* Kept once opened, hidden: a half-typed check-in survives switching to another box. */}
          {checkInOpened.current ? <div hidden={mode !== 'check-in'}><ToolSlot kind="check-in" items={items} pageUrl={props.pageUrl} source={props.source} actions={guarded} onClose={() => setMode('none')} disabled={orphaned} /></div> : null}
          {mode === 'capture' ? <ToolSlot kind="capture" pageUrl={props.pageUrl} items={items} actions={guarded} onClose={() => setMode('none')} disabled={orphaned} /> : null}
        </div>
      )}
    </section>
  );
}
