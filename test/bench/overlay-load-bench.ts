#!/usr/bin/env node
// Section 4 of overlay-bench.ts alone: the host page's load time, script time and heap with and
// without the extension (issue 8; method in docs/benchmarks.md). Run after `npm run build:extension`:
//   OVERLAY_BENCH_LOADS=15 node test/bench/overlay-load-bench.ts
import { readFileSync } from 'node:fs';
import { hostLoadSection } from './overlay/host-load-section.ts';

const LOADS = Number(process.env.OVERLAY_BENCH_LOADS ?? 15);
const DEMO = readFileSync('fixtures/demo/acme-analytics.okr.json', 'utf8');
await hostLoadSection(DEMO, 'q4-company-kr3', LOADS);
