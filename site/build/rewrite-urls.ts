import { relativeUrl } from './relative-url.ts';

// Astro writes attributes with double quotes and escapes `"` in text and in attribute values, so
// `href="/` or `src="/` can only be the start of a real attribute, never page data.
const ROOT_URL = /(\s(?:href|src))="(\/[^"]*)"/g;

/**
 * Every site-absolute link, stylesheet and script of a built page made relative to the page.
 * Throws on a root-absolute URL outside the site: it would break from disk and under `--base`.
 */
export function rewriteUrls(html: string, pageDir: string, base: string): string {
  return html.replace(ROOT_URL, (_, attr: string, url: string) => {
    const relative = relativeUrl(url, pageDir, base);
    if (relative === undefined) throw new Error(`${pageDir || '.'}/index.html links ${url}, outside the site's base ${base}`);
    return `${attr}="${relative}"`;
  });
}
