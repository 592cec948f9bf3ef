import { existsSync, readdirSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Every page of a built site with each href/src it names that stays inside the site. */
export function siteUrls(dist: string): { page: string; urls: string[] }[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((page) => ({
    page,
    urls: [...readFileSync(join(dist, page), 'utf8').matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!)
      .filter((u) => !/^(?:https?:|data:|mailto:|[?#])/.test(u)),
  }));
}

/**
 * What would break when the folder is opened from disk: a root-absolute URL (`/_astro/…`,
 * `/period/…`), a link to a folder (file:// shows a listing), a module script (Chromium refuses
 * it from file://), or a relative URL with no file behind it. Empty when all is well.
 */
export function diskProblems(dist: string): string[] {
  const problems: string[] = [];
  for (const { page, urls } of siteUrls(dist)) {
    if (readFileSync(join(dist, page), 'utf8').includes('type="module"')) problems.push(`${page}: module script`);
    for (const url of urls) {
      const path = decodeURIComponent(url.replace(/[?#].*$/, ''));
      if (url.startsWith('/')) problems.push(`${page}: root-absolute ${url}`);
      else if (path === '' || path.endsWith('/')) problems.push(`${page}: folder link ${url}`);
      else if (!existsSync(join(dist, dirname(page), path)) || relative(dist, join(dist, dirname(page), path)).startsWith('..')) problems.push(`${page}: ${url} is not in the site`);
    }
  }
  return problems;
}
