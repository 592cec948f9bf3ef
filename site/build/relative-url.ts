import { posix } from 'node:path';

/**
 * A site-absolute URL (`/base/period/q4/`) as a URL relative to the page at `pageDir` (the
 * page's folder inside the site, `period/q4/team/x`), so the same files work from disk, from any
 * static host and under any sub-path. A folder link names its `index.html`: from `file://` the
 * browser shows a folder listing, not the page. Query and hash are kept.
 * Returns undefined for a URL outside the site (another path on the host).
 */
export function relativeUrl(url: string, pageDir: string, base: string): string | undefined {
  if (!url.startsWith(base) || url.startsWith('//')) return undefined;
  const cut = url.search(/[?#]/);
  const [path, rest] = cut < 0 ? [url, ''] : [url.slice(0, cut), url.slice(cut)];
  const inSite = path.slice(base.length);
  const target = inSite === '' || inSite.endsWith('/') ? `${inSite}index.html` : inSite;
  return posix.relative(pageDir === '' ? '.' : pageDir, target) + rest;
}

/** Astro's `base` as it prefixes URLs: always starting and ending with `/`. */
export const normalBase = (base: string): string => `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
