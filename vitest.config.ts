import { defineConfig } from 'vitest/config';

// A pinned zone away from UTC, so code that mixes local and UTC days fails here, not for users.
process.env.TZ = 'America/New_York';

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['core/**/*.test.ts', 'extension/**/*.test.ts', 'site/**/*.test.ts', 'fixtures/**/*.test.ts', 'test/static/**/*.test.ts', 'test/bench/**/*.test.ts'],
          setupFiles: ['test/setup/unit.ts'],
          // Property tests take about a second here; on a two-core machine shared with builds
          // they have taken over 5 s (vitest's default), which is load, not a failure.
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts', 'test/site/**/*.test.ts'],
          // Generous: CI runs while other work loads the CPU; tests wait for conditions, not time.
          testTimeout: 180_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
