// @ts-check
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  // The domain math and the merge are where a wrong answer goes unnoticed by a user, so their
  // tests must catch changed behaviour, not just run the lines. One folder at a time:
  // npm run mutate -- --mutate 'core/merge/**/*.ts,!core/merge/**/*.test.ts'
  mutate: ['core/math/**/*.ts', 'core/merge/**/*.ts', '!core/**/*.test.ts'],
  testRunner: 'vitest',
  // Only the unit tests under core/: the root config's e2e project needs Chromium and a build.
  vitest: { configFile: 'vitest.stryker.config.ts' },
  coverageAnalysis: 'perTest',
  thresholds: { high: 95, low: 90, break: 90 },
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // Two cores: one test runner each; the main Stryker process mostly waits on them.
  concurrency: 2,
  // A mutant times out at 3× the covering tests' time in the dry run (default 1.5×), plus 5 s.
  // Property tests run in full for every surviving mutant, and on a shared two-core machine 1.5×
  // let load alone turn equivalent mutants into "timeouts", which count as detected.
  timeoutFactor: 3,
};
