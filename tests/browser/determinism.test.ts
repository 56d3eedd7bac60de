/**
 * Determinism across runtimes: the engine, bundled for the browser and run in real Chromium,
 * gives the very fingerprints Node gives (and that tests/determinism pins) for the fixed game.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { build } from 'vite';
import type { Rollup } from 'vite';
import { FIXED_GAME } from '../determinism/fixed-game';
import { useSessions, type Session } from './browser';

const sessions = useSessions();
let session: Session | null = null;

async function bundleEntry(): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: true,
      lib: {
        entry: fileURLToPath(new URL('./fingerprint-entry.ts', import.meta.url)),
        formats: ['iife'],
        name: 'fixedGame',
      },
    },
  })) as Rollup.RollupOutput[] | Rollup.RollupOutput;
  const first = Array.isArray(output) ? output[0]! : output;
  const chunk = first.output.find((item) => item.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('The engine bundle has no code.');
  return chunk.code;
}

describe('the same fingerprints in Node and Chromium', () => {
  it('replays the fixed game to the pinned fingerprints inside the browser', async () => {
    const code = await bundleEntry();
    session = await sessions.open();
    const { page } = session;
    await page.goto('about:blank');
    await page.addScriptTag({ content: code });
    const inBrowser = await page.evaluate(
      () => (globalThis as unknown as { fixedGameFingerprints: unknown }).fixedGameFingerprints,
    );
    expect(inBrowser).toEqual({ start: FIXED_GAME.start, weeks: FIXED_GAME.fingerprints });
  });
});
