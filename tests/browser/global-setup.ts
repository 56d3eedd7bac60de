/**
 * Builds the game once and serves the build for the browser suite, as a player's browser would
 * load it. Fails with a clear message when Chromium is missing: the suite must never pass silently.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { build, preview } from 'vite';
import { CHROMIUM_PATH } from '../../src/cli/chromium';

export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM_PATH}; the browser tests need it. Install it with: apt-get update && apt-get install -y chromium (.ci/run does this).`,
    );
  }
  // Several people (or helpers) may run the suite at once in one checkout: each can pick its own
  // build folder with BROWSER_TEST_OUT_DIR so builds never overwrite each other.
  const outDir = process.env.BROWSER_TEST_OUT_DIR ?? 'dist';
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address.');
  project.provide('baseUrl', url);
  return async () => {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
