import { defineConfig } from 'vitest/config';

// The unit project of vitest.config.ts, cut down to core/ for mutation testing (stryker.config.mjs):
// same pinned zone and pinned clock, so a mutant is judged by the same tests `npm test` runs.
process.env.TZ = 'America/New_York';

export default defineConfig({
  test: {
    include: ['core/**/*.test.ts'],
    setupFiles: ['test/setup/unit.ts', 'test/setup/mutation.ts'],
    // Instrumented code on a busy machine runs the property tests several times slower; vitest's
    // 5 s limit would then fail them and count a surviving mutant as killed. Stryker's own
    // timeout (from the dry run's timings) decides instead.
    testTimeout: 120_000,
  },
});
