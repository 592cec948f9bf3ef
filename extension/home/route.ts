import { signal } from '@preact/signals';

/**
 * The home page's views live in the URL's hash (`#/kr/k1`, `#/okrs?team=growth&q=churn`), so a
 * filter or a key result's page can be bookmarked, shared with a teammate, and survives a reload.
 */
export const VIEWS = ['okrs', 'kr', 'close', 'kpis', 'files', 'settings'] as const;
export type ViewName = (typeof VIEWS)[number];
export type Route = { view: ViewName; param: string | undefined; query: URLSearchParams };

const isView = (value: string): value is ViewName => (VIEWS as readonly string[]).includes(value);

export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const [view = '', ...rest] = path.split('/');
  const param = rest.length > 0 ? decodeURIComponent(rest.join('/')) : undefined;
  return { view: isView(view) ? view : 'okrs', param, query: new URLSearchParams(search) };
}

export function routeHref(view: ViewName, param?: string, query?: URLSearchParams | Record<string, string>): string {
  const search = new URLSearchParams(query).toString();
  return `#/${view}${param === undefined ? '' : `/${encodeURIComponent(param)}`}${search ? `?${search}` : ''}`;
}

export const route = signal<Route>(parseRoute(typeof location === 'undefined' ? '' : location.hash));

/** Keeps `route` in step with the address bar (back and forward included); returns the unsubscribe. */
export function followRoute(): () => void {
  const update = () => void (route.value = parseRoute(location.hash));
  addEventListener('hashchange', update);
  update();
  return () => removeEventListener('hashchange', update);
}

/** Changes the query (filters) without adding a history entry per keystroke. */
export function replaceQuery(query: URLSearchParams): void {
  const next = routeHref(route.value.view, route.value.param, query);
  history.replaceState(null, '', next);
  route.value = parseRoute(next);
}
