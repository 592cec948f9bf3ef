import css from './overlay.css?inline';

export type OverlayHost = { host: HTMLElement; root: ShadowRoot; remove: () => void };

// Keys typed in the overlay end at its host element: the page's shortcuts (Jira's `c`, GitHub's
// `s`) listen on document and window, after the host in the bubbling order.
const CONTAINED = ['keydown', 'keyup', 'keypress', 'input', 'paste', 'copy', 'cut'] as const;

/**
 * The overlay's element: an open shadow root (tests and assistive tools see inside) styled through
 * `adoptedStyleSheets`, which strict page CSPs (GitHub's) allow where a `<style>` may be dropped.
 * It hangs from <html>, not <body>, so a single-page app that swaps its body leaves it in place.
 */
export function createOverlayHost(doc: Document): OverlayHost {
  const host = doc.createElement('okr-lens-overlay');
  host.setAttribute('data-okr-lens', '');
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [sheet];
  const stop = (event: Event) => event.stopPropagation();
  for (const type of CONTAINED) host.addEventListener(type, stop);
  doc.documentElement.append(host);
  return { host, root, remove: () => host.remove() };
}
