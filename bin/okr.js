#!/usr/bin/env node
// The `okr` bin, in plain JavaScript so that any Node from 20 up can start it: it runs the command
// (TypeScript, core/cli/okr.ts) on the Node 24 the project installs (the `node` devDependency).
// With the bin itself needing only Node 20, npm no longer warns (EBADENGINE) on such machines.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../core/cli/okr.ts', import.meta.url));
const own = fileURLToPath(new URL('../node_modules/node/bin/node', import.meta.url));
const node = existsSync(own) ? own : process.execPath;
const run = spawnSync(node, [cli, ...process.argv.slice(2)], { stdio: 'inherit' });
if (run.error) {
  process.stderr.write(`okr: could not start Node (${run.error.message}); run npm ci in ${fileURLToPath(new URL('..', import.meta.url))}\n`);
  process.exitCode = 3;
} else process.exitCode = run.status ?? 1;
