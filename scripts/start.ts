#!/usr/bin/env node
// `npm start`: build the extension and the demo site, serve the site, say how to use both.
import { execSync } from 'node:child_process';
import { resolve } from 'node:path';
import { serveStatic } from './serve-static.ts';

const run = (what: string, command: string) => {
  console.log(`\n▶ ${what}\n  $ ${command}`);
  execSync(command, { stdio: 'inherit' });
};

run('Building the extension for Chromium and Firefox', 'npm run -s build:extension');
run(`Building the dashboards from ${process.env.OKR_DATA ?? 'the demo company (fixtures/demo)'}`, 'npm run -s site:build');

const port = Number(process.env.PORT ?? 4321);
const server = await serveStatic('dist/site', port).catch((e: unknown) => {
  console.error(`start: could not serve the site on port ${port} (${e instanceof Error ? e.message : String(e)}); set PORT to another port`);
  process.exit(1);
});
const address = server.address();
const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/`;
console.log(`
✔ Dashboards: ${url}   (Ctrl+C to stop)

✔ Extension, Chromium: open chrome://extensions, turn on Developer mode, "Load unpacked" and pick
    ${resolve('.output/chrome-mv3')}
  Then click the OKR Lens toolbar button and "Load demo data" to look around.
✔ Extension, Firefox: open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…" and pick
    ${resolve('.output/firefox-mv3/manifest.json')}
`);
