import type { LinkableItem } from '../messages/api.ts';
import type { LinkedItem } from '../../core/report/link-summary.ts';
import type { FetchLike, PageEntity, SiteName } from '../sites/site-types.ts';
import type { NumberOffer } from './number-offer.ts';
import type { OverlayActions, OverlayCheckIn } from './overlay-actions.ts';
import type { PageSummary } from './page-summary.ts';

// What the overlay loads only when it needs it (extension/overlay-tools/): the forms, capture and
// the readers of page numbers and live counts. The content script paints the badge and the linked
// items without them, so every host page pays for that much only.

type Common = { actions: OverlayActions; onClose: () => void; disabled: boolean };
export type ToolProps =
  | (Common & { kind: 'link'; entity: PageEntity; title: string | undefined; linkedIds: string[] })
  | (Common & { kind: 'check-in'; items: LinkedItem[]; pageUrl: string; source: OverlayCheckIn['source'] })
  | (Common & { kind: 'capture'; items: LinkedItem[]; pageUrl: string })
  | (Common & { kind: 'offers'; offers: NumberOffer[] });
export type ToolKind = ToolProps['kind'];
export type { LinkableItem };

export type PickedElement = { text: string; locator: string; label: string };
/** While picking by keyboard: the text of the number it is on, its place (0-based) and how many the page has (0: none). */
export type PickMoved = (text: string, at: number, count: number) => void;

export type OverlayTools = {
  /** Renders a tool into an element of the overlay (again with new props: its state is kept). */
  mount: (into: Element, props: ToolProps) => void;
  unmount: (from: Element) => void;
  /** Numbers this page shows for key results that captured them here, when they moved. */
  dataLinkOffers: (doc: Document, pageUrl: string, summary: PageSummary) => NumberOffer[];
  liveCountOffers: (site: SiteName, pageUrl: URL, summary: PageSummary, fetchFn: FetchLike) => Promise<NumberOffer[]>;
  /** Lets the person pick an element of the page by pointer or keyboard; returns the function that stops picking. */
  pick: (doc: Document, overlayHost: Element, box: HTMLElement, done: (picked: PickedElement | undefined) => void, moved?: PickMoved) => () => void;
};

/** Where the tools module leaves itself: the content script's own (isolated) global, not the page's. */
export const TOOLS_GLOBAL = 'okrLensOverlayTools';
export const TOOLS_FILE = '/overlay-tools.js';
