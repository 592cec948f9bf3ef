import { render } from 'preact';
import type { OverlayTools, ToolProps } from '../overlay/tools-contract.ts';
import { pickPageElement } from './capture/page-number-picker.ts';
import { CaptureBox } from './capture-box.tsx';
import { CheckInBox } from './check-in-box.tsx';
import { dataLinkOffers, liveCountOffers } from './find-offers.ts';
import { LinkPicker } from './link-picker.tsx';
import { OfferList } from './offer-list.tsx';

function Tool(props: ToolProps) {
  switch (props.kind) {
    case 'link': return <LinkPicker {...props} linkedIds={new Set(props.linkedIds)} />;
    case 'check-in': return <CheckInBox {...props} />;
    case 'capture': return <CaptureBox {...props} />;
    case 'offers': return <OfferList {...props} />;
  }
}

/** The overlay's on-demand part, rendered with its own Preact into elements the overlay gives it. */
export const overlayTools: OverlayTools = {
  mount: (into, props) => render(<Tool {...props} />, into),
  unmount: (from) => render(null, from),
  dataLinkOffers,
  liveCountOffers,
  pick: pickPageElement,
};
