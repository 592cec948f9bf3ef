#!/usr/bin/env node
// Prints one closing line for the whole `npm test` run from vitest's JSON reports.
import { existsSync, readFileSync } from 'node:fs';

let [passed, failed] = [0, 0];
for (const file of ['test-results/unit.json', 'test-results/e2e.json']) {
  if (!existsSync(file)) continue;
  const report: { numPassedTests: number; numFailedTests: number } = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
