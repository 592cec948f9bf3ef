import { readFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';

// The subresources of fixtures/bench/github/pull-conversation-with-assets.html, served at GitHub's
// real CDN URLs with filler bodies of realistic size, each answered after the time a warm HTTP/2
// connection would take to deliver it: one round trip plus the bytes sent so far (in request
// order, stylesheets and scripts before images) over a shared link. Why these numbers:
// docs/benchmarks.md, section 4.
export const REALISTIC_PAGE = 'fixtures/bench/github/pull-conversation-with-assets.html';
export const RTT_MS = 40;
export const BYTES_PER_MS = 6_250; // 50 Mbit/s

const A = 'https://github.githubassets.com/assets/';
const AV = 'https://avatars.githubusercontent.com/u/';
type Kind = 'css' | 'js' | 'png';
const TABLE: [url: string, kind: Kind, size: number][] = [
  [`${A}primer-primitives-4cf0d59ab51a.css`, 'css', 40_000],
  [`${A}primer-5b04e6d8d1b0.css`, 'css', 130_000],
  [`${A}global-0d04dfcdc794.css`, 'css', 60_000],
  [`${A}github-f86c648606b5.css`, 'css', 30_000],
  [`${A}wp-runtime-6f1fa7dd1a11.js`, 'js', 15_000],
  [`${A}vendors-node_modules_github_selector-observer-3e8d7f2a9c41.js`, 'js', 170_000],
  [`${A}environment-a1b2c3d4e5f6.js`, 'js', 45_000],
  [`${A}behaviors-9e8d7c6b5a40.js`, 'js', 120_000],
  [`${AV}5501?s=40&v=4`, 'png', 40],
  [`${AV}7702?s=40&v=4`, 'png', 40],
  [`${AV}5501?s=52&v=4`, 'png', 52],
  [`${AV}7702?s=52&v=4`, 'png', 52],
  [`${AV}9903?s=52&v=4`, 'png', 52],
];

/** A side×side RGBA PNG, stored uncompressed (an avatar of 6–11 kB, as GitHub's are at these sizes). */
function png(side: number, seed: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(side * (side * 4 + 1));
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++) raw.set([(x * seed) & 255, (y * 7) & 255, seed & 255, 255], y * (side * 4 + 1) + 1 + x * 4);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 0 })), chunk('IEND', Buffer.alloc(0))]);
}

/** Rules and functions nothing uses: the browser parses them as it would GitHub's bundles. */
function filler(kind: 'css' | 'js', size: number, seed: number): Buffer {
  const line = kind === 'css'
    ? (i: number) => `.f${seed}-${i}{margin:${i % 9}px ${i % 5}px;color:#${(i * 2654435761 >>> 8).toString(16).padStart(6, '0').slice(0, 6)}}\n`
    : (i: number) => `function f${seed}_${i}(a,b){return a*${i}+(b|0)^${i % 97}}\n`;
  let text = kind === 'js' ? `window.__filler${seed}=1;\n` : '';
  for (let i = 0; text.length + line(i).length <= size; i++) text += line(i);
  return Buffer.from(text.padEnd(size, ' ')); // whole rules and functions only: a cut one would be a syntax error
}

export type Asset = { url: string; contentType: string; body: Buffer; delayMs: number };

export const REALISTIC_ASSETS: Asset[] = (() => {
  let sent = 0;
  return TABLE.map(([url, kind, size], i) => {
    const body = kind === 'png' ? png(size, i * 37 + 11) : filler(kind, size, i);
    sent += body.length;
    const contentType = { css: 'text/css', js: 'application/javascript', png: 'image/png' }[kind];
    return { url, contentType, body, delayMs: Math.round(RTT_MS + sent / BYTES_PER_MS) };
  });
})();

/** Serves the realistic page at `pageUrl` and its assets at their URLs (routes added last win); counts the assets served. */
export async function routeRealisticPage(context: BrowserContext, pageUrl: string): Promise<{ served: () => number }> {
  let served = 0;
  const html = readFileSync(REALISTIC_PAGE, 'utf8');
  const missing = REALISTIC_ASSETS.filter((a) => !html.includes(a.url.replaceAll('&', '&amp;')));
  if (missing.length) throw new Error(`realistic-assets: ${REALISTIC_PAGE} does not reference ${missing.map((a) => a.url).join(', ')}`);
  const byUrl = new Map(REALISTIC_ASSETS.map((a) => [a.url, a]));
  const serve = (route: Parameters<Parameters<BrowserContext['route']>[1]>[0]) => {
    const asset = byUrl.get(route.request().url());
    if (!asset) return route.fulfill({ status: 404, body: '' });
    served++;
    // crossorigin="anonymous" on the links and scripts makes these CORS requests, as on GitHub.
    const headers = { 'access-control-allow-origin': '*', 'cache-control': 'max-age=31536000, immutable' };
    return new Promise<void>((done) => setTimeout(() => route.fulfill({ status: 200, contentType: asset.contentType, headers, body: asset.body }).then(done, done), asset.delayMs));
  };
  await context.route('https://github.githubassets.com/**', serve);
  await context.route('https://avatars.githubusercontent.com/**', serve);
  await context.route(pageUrl.split('#')[0]!, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  return { served: () => served };
}
