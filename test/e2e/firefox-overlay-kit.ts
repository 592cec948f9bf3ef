import type { ElementHandle, HTTPRequest, Page } from 'puppeteer-core';

// Reading and driving the overlay from puppeteer over WebDriver BiDi: plain DOM queries through
// the open shadow root (the accessible names of the overlay contract are attributes there).
export const WAIT = { timeout: 60_000, polling: 200 };
const REGION = '[role="region"][aria-label="OKRs"]';

export type Answer = Parameters<HTTPRequest['respond']>[0];
/** Answers an intercepted request; one the page has cancelled meanwhile (a reload) is not an error. */
export const answer = (request: HTTPRequest, response: Answer) => request.respond(response).catch(() => undefined);

/** Routes every request of the page: `route` answers it, says it answers later ('held'), or leaves it to a 404. */
export async function servePages(page: Page, route: (request: HTTPRequest) => Answer | 'held' | undefined) {
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    const response = route(request);
    if (response !== 'held') void answer(request, response ?? { status: 404, contentType: 'text/plain', body: 'Not found' });
  });
}

/** Waits for an element inside the overlay's shadow root and hands it over. */
export async function waitInOverlay(page: Page, selector: string): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction((s) => document.querySelector('[data-okr-lens]')?.shadowRoot?.querySelector(s), WAIT, selector);
  const element = handle.asElement();
  if (!element) throw new Error(`waitInOverlay: ${selector} is not an element`);
  return element as ElementHandle<Element>;
}

export const regionText = (page: Page) => page.evaluate((r) => document.querySelector('[data-okr-lens]')?.shadowRoot?.querySelector(r)?.textContent ?? '', REGION);
export const waitForRegionText = (page: Page, text: string) => page.waitForFunction(
  (r, t) => document.querySelector('[data-okr-lens]')?.shadowRoot?.querySelector(r)?.textContent?.includes(t), WAIT, REGION, text);
export const inRegion = (selector: string) => `${REGION} ${selector}`;

/** Collapses or expands the overlay (badge or "Collapse OKRs"), and says whether it is now expanded. */
export async function toggleOverlay(page: Page): Promise<boolean> {
  const toggle = await waitInOverlay(page, inRegion('button[aria-expanded]'));
  const expanded = (await toggle.evaluate((b) => b.getAttribute('aria-expanded'))) !== 'true';
  await toggle.click();
  await waitInOverlay(page, inRegion(`button[aria-expanded="${expanded}"]`));
  return expanded;
}
