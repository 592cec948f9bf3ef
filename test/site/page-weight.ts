import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export type PageWeight = { html: number; css: number; js: number; total: number; files: string[] };

const gz = (text: Buffer) => gzipSync(text, { level: 9 }).length;

/**
 * What a browser downloads for one built page, gzipped: its HTML, every stylesheet and script it
 * links, and every module those scripts import (chart.js included), each file counted once.
 */
export function pageWeight(dist: string, page: string): PageWeight {
  // URLs are relative to the page (the site opens from disk), so resolve them from its folder.
  const file = (url: string) => join(dist, url);
  const at = (url: string) => posix.normalize(posix.join(page, url));
  const html = readFileSync(join(dist, page, 'index.html'));
  const text = html.toString('utf8');
  const css = [...text.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => at(m[1]!));
  const todo = [...text.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => at(m[1]!));
  const js = new Set<string>();
  while (todo.length > 0) {
    const url = todo.pop()!;
    if (js.has(url)) continue;
    js.add(url);
    const code = readFileSync(file(url), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+\.js)"/g)) todo.push(posix.join(posix.dirname(url), m[1]!));
  }
  const sum = (urls: Iterable<string>) => [...urls].reduce((n, u) => n + gz(readFileSync(file(u))), 0);
  const weight = { html: gz(html), css: sum(css), js: sum(js) };
  return { ...weight, total: weight.html + weight.css + weight.js, files: [...css, ...js] };
}
