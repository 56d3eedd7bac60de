// Two Vitest projects: `unit` (engine, store, persistence, lint; Node environment, fast) and
// `browser` (end-to-end in real headless Chromium via playwright-core, driven from Node).
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    // Vitest's default on two cores is a single worker, which plays the balance games and then
    // drives every browser file one after another; two workers share them, costliest files first.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Beside a browser file on a two-core machine a test can take several times as long as
          // alone; the timeout only catches a hang (timing goals are the benchmarks' job).
          testTimeout: 30_000,
          include: ['tests/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
          exclude: ['tests/browser/**', '**/node_modules/**', 'dist/**', 'dist-*/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
