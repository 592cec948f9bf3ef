import { useState } from 'preact/hooks';
import { asCheckInStatus } from './check-in-status.ts';
import type { NumberOffer } from '../overlay/number-offer.ts';
import type { OverlayActions } from '../overlay/overlay-actions.ts';


/** "Update <KR> from <old> to <new>?" for each number this page shows or a live count fetched. */
export function OfferList({ offers, actions, disabled }: { offers: NumberOffer[]; actions: OverlayActions; disabled: boolean }) {
  const [done, setDone] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string>();
  const accept = async (offer: NumberOffer) => {
    const { item } = offer;
    const result = await actions.checkIn({ item, value: offer.value, status: asCheckInStatus(item.status), source: offer.source, sourceUrl: offer.sourceUrl, evidence: offer.evidence });
    if (!result.ok) return setProblem(result.error.message);
    setDone((d) => ({ ...d, [item.id]: `Updated ${item.title} to ${offer.valueText}` }));
  };
  const open = offers.filter((o) => !(o.item.id in done));
  return (
    <>
      {open.map((offer) => (
        <div class="offer" key={offer.item.id}>
          <p>Update <strong>{offer.item.title}</strong> from {offer.item.valueText} to {offer.valueText}?</p>
          <p class="meta">{offer.evidence}</p>
          <button type="button" class="primary" disabled={disabled} onClick={() => void accept(offer)}>Update</button>{' '}
          <button type="button" class="plain" onClick={() => setDone((d) => ({ ...d, [offer.item.id]: '' }))}>Not now</button>
        </div>
      ))}
      {Object.values(done).filter(Boolean).map((text) => <p key={text} class="ok" role="status">{text}</p>)}
      {problem ? <p class="alert" role="alert">{problem}</p> : null}
    </>
  );
}
