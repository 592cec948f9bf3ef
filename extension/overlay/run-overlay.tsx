import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isCaptureRequest } from '../overlay-store/capture-request.ts';
import type { EntityRef, PageEntity, SiteAdapter } from '../sites/site-types.ts';
import { afterPageLoad } from './after-page-load.ts';
import { matchesCloudHost } from './cloud-host.ts';
import { loadTools, toolsIfLoaded } from './load-tools.ts';
import { stillOffered } from './still-offered.ts';
import type { PickedElement, PickMoved } from './tools-contract.ts';
import type { NumberOffer } from './number-offer.ts';
import { OverlayApp } from './overlay-app.tsx';
import { createOverlayHost, type OverlayHost } from './overlay-host.ts';
import { readPageSummary, summaryKeysFor, type PageSummary } from './page-summary.ts';
import { sendActions } from './send-actions.ts';

type Shown = { url: URL; entity: PageEntity | undefined; summary: PageSummary; offers: NumberOffer[] };
const FEATURE = 'OKR Lens overlay';
// Host pages render their title and numbers after the URL changes: watch the DOM this long for them.
const SETTLE_MS = 10_000;
// The first paint waits for the page's load event, at most this long after the script starts
// (the overlay must paint within 100 ms of it; docs/benchmarks.md).
const LOAD_WAIT_CAP_MS = 50;

/**
 * One host's content script: detect the entity from the URL, paint from storage.local, follow
 * single-page navigation, and tear down on pages that are not an entity page (no element, no
 * listener left behind). After an extension update it stays, says so, and sends nothing.
 */
export function runOverlay(adapter: SiteAdapter, ctx: ContentScriptContext): void {
  // Two user-timing marks for test/bench/overlay-bench.ts (docs/benchmarks.md): start here, and
  // the first overlay committed to the DOM. About a microsecond each; pages see them, as they
  // see the overlay element itself.
  performance.mark('okr-lens:start');
  // The storage read starts at once (it runs in the browser process); the style sheet and the
  // render wait until the page's load event has ended, so they do not hold it back.
  const pageLoaded = afterPageLoad(window, LOAD_WAIT_CAP_MS);
  let renderedMarked = false;
  const host = location.host;
  const custom = !matchesCloudHost(adapter.matches, host);
  const area = browser.storage.local;
  let mounted: OverlayHost | undefined;
  let shown: Shown | undefined;
  let generation = 0;
  let stopObserving: (() => void) | undefined;
  // Live counts are fetched once per page URL; what they found is offered again whenever the page
  // is shown anew (every storage change does that, the person expanding the overlay included).
  const liveFetched = new Map<string, NumberOffer[] | 'pending'>();
  const offeredOn = new Set<string>();
  // Pages where the person asked to capture from the popup: the overlay opens there, entity or not.
  const captureOn = new Set<string>();
  // Each request opens capture anew (the overlay's own state starts again in capture mode).
  let captureAsked = 0;
  const actions = {
    ...sendActions(host, () => shown?.summary.me),
    pick: (onPicked: (picked: PickedElement | undefined) => void, moved?: PickMoved) => {
      const tools = toolsIfLoaded();
      const box = mounted?.root.querySelector<HTMLElement>('.pick-box');
      return tools && mounted && box ? tools.pick(document, mounted.host, box, onPicked, moved) : () => undefined;
    },
  };

  const removeHost = () => {
    // Unmounting the app runs its cleanups: a capture in progress stops holding the page's clicks.
    const app = mounted?.root.lastElementChild;
    if (app) render(null, app);
    mounted?.remove();
    mounted = undefined;
  };
  const teardown = () => {
    stopObserving?.();
    stopObserving = undefined;
    removeHost();
    shown = undefined;
  };

  const paint = () => {
    if (!shown) return;
    const { entity, summary, offers, url } = shown;
    // A page that is no entity shows the overlay only to offer a number it holds (and keeps it
    // there once offered, so "Updated …" stays in view after the offer is taken).
    if (offers.length > 0) offeredOn.add(url.href);
    if (!entity && !offeredOn.has(url.href) && !captureOn.has(url.href)) return removeHost();
    const title = entity ? adapter.page.title(document, entity) : undefined;
    const container: EntityRef | undefined = entity?.container ?? (entity && adapter.page.container?.(document, entity));
    if (!mounted) {
      mounted = createOverlayHost(document);
      const box = document.createElement('div');
      box.className = 'pick-box';
      box.hidden = true;
      const app = document.createElement('div');
      mounted.root.append(box, app);
    }
    const app = mounted.root.lastElementChild;
    if (!app) return;
    render(<OverlayApp key={`${entity?.key ?? url.host}#${captureAsked}`} entity={entity} title={title} container={container} pageUrl={url.href} source={adapter.site} summary={summary} offers={offers} actions={actions} startCapture={captureAsked > 0 && captureOn.has(url.href)} />, app);
    if (!renderedMarked) {
      renderedMarked = true;
      performance.mark('okr-lens:rendered');
    }
  };

  // The page fills in titles and numbers late: repaint on its mutations, at most once a frame, for a while.
  const observeSettling = () => {
    stopObserving?.();
    let queued = false;
    const observer = new MutationObserver((records) => {
      if (queued || records.every((r) => mounted?.host.contains(r.target))) return;
      queued = true;
      requestAnimationFrame(() => { queued = false; refreshOffers(); paint(); });
    });
    observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
    const timer = setTimeout(() => observer.disconnect(), SETTLE_MS);
    stopObserving = () => { observer.disconnect(); clearTimeout(timer); };
  };

  // Numbers on the page are read only where a key result captured one before (tools loaded then).
  const refreshOffers = () => {
    const tools = toolsIfLoaded();
    if (!shown || !tools) return;
    const fromPage = tools.dataLinkOffers(document, shown.url.href, shown.summary);
    const live = shown.offers.filter((o) => o.source !== 'page-capture');
    shown = { ...shown, offers: [...fromPage, ...live] };
  };

  async function show(url: URL): Promise<void> {
    const mine = ++generation;
    const entity = adapter.entityFromUrl(url, custom);
    const summary = await readPageSummary(area, host, entity, entity?.container?.key);
    await pageLoaded;
    if (mine !== generation) return;
    const needsTools = summary.dataLinks.length > 0 || summary.liveCounts.length > 0;
    if (!entity && !needsTools && !captureOn.has(url.href)) return teardown();
    const key = url.href;
    const fetched = liveFetched.get(key);
    shown = { url, entity, summary, offers: Array.isArray(fetched) ? stillOffered(fetched, summary) : [] };
    // What is linked paints at once; numbers on the page and live counts follow once the tools load.
    paint();
    observeSettling();
    if (!needsTools) return;
    const tools = await loadTools().catch(() => undefined);
    if (mine !== generation || !tools) return;
    refreshOffers();
    paint();
    if (summary.liveCounts.length > 0 && fetched === undefined) {
      liveFetched.set(key, 'pending');
      const live = await tools.liveCountOffers(adapter.site, url, summary, fetch.bind(globalThis));
      liveFetched.set(key, live);
      // Shown again while the count was on its way (a newer generation) is still this page: keep the answer.
      if (!shown || shown.url.href !== key) return;
      shown = { ...shown, offers: [...shown.offers.filter((o) => o.source === 'page-capture'), ...stillOffered(live, shown.summary)] };
      paint();
    }
  }

  const showNow = (url: URL) => void show(url).catch((e: unknown) => console.error(`${FEATURE}: ${String(e)}`));
  showNow(new URL(location.href));
  // WXT fires this as navigation starts, before the URL changes: the event carries the new one.
  ctx.addEventListener(window, 'wxt:locationchange', (event) => showNow(event.newUrl));
  // A change anywhere in the database rewrites part of the summary: repaint only when a key this
  // page reads changed (other pages' links change often and concern it not at all).
  const onStorage = (changes: Record<string, unknown>, areaName: string) => {
    if (areaName !== 'local' || !shown) return;
    const read = new Set(summaryKeysFor(host, shown.entity, shown.entity?.container?.key));
    if (Object.keys(changes).some((k) => read.has(k))) showNow(shown.url);
  };
  browser.storage.onChanged.addListener(onStorage);
  // The popup's "Capture a number from this tab" (extension/popup/capture-from-tab.ts).
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
    if (!isCaptureRequest(message)) return undefined;
    captureOn.add(location.href);
    captureAsked += 1;
    showNow(new URL(location.href));
    // Answered at once, so the popup knows this tab has OKR Lens and can close.
    sendResponse(true);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    // After an update the old script's context is gone: keep the overlay and its typed text; the
    // next send answers "OKR Lens was updated: reload this tab".
    try {
      browser.storage.onChanged.removeListener(onStorage);
      browser.runtime.onMessage.removeListener(onMessage);
    } catch { /* the APIs may be gone with the context */ }
    stopObserving?.();
  });
}
