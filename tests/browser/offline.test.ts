/**
 * Offline and updates, on the production build with its service worker, in real headless
 * Chromium: after one visit the game loads and plays with the network cut (a week, the policy lab
 * with its worker, a replay); a newly published build shows "A new version is ready" and its
 * button reloads into it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { build, preview, type Plugin, type PreviewServer } from 'vite';
import { expectAccessible, screenshot, useSessions, type Session } from './browser';

let server: PreviewServer | null = null;
const folders: string[] = [];

// Registered before the sessions, so it runs after they are closed (after-hooks run in reverse).
afterEach(async () => {
  if (server) await new Promise<void>((resolve) => server!.httpServer.close(() => resolve()));
  server = null;
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const sessions = useSessions();
let session: Session | null = null;

/** Waits until the service worker has cached the build, then reloads so that it serves the page. */
async function installOffline(page: Page) {
  await page.waitForFunction(
    () => performance.getEntriesByName('frontier:offline-ready').length > 0,
    null,
    {
      timeout: 30_000,
    },
  );
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

describe('offline', () => {
  it('after one visit the game loads, plays a week, runs the lab and opens a replay with no network', async () => {
    session = await sessions.open();
    const { page, context } = session;
    await installOffline(page);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'Frontier Crisis' }).waitFor();

    await page.getByRole('button', { name: 'New game', exact: true }).click();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByText('Week 1 of 12').waitFor();
    await page.waitForFunction(
      () => performance.getEntriesByName('frontier:map-first-frame').length > 0,
    );
    await page.getByRole('button', { name: 'Convene the apex committee', exact: true }).click();
    await page.getByRole('button', { name: 'End week', exact: true }).click();
    await page.getByRole('heading', { name: 'Week 1 report' }).first().waitFor();
    // The sounds came from the cache too: the sprite loaded and the week's chord played.
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.audio))
      .toBe('running');
    await expect
      .poll(() =>
        page.evaluate(() => performance.getEntriesByName('frontier:sound:end-week').length),
      )
      .toBe(1);

    await page
      .getByRole('navigation', { name: 'Game menu' })
      .getByRole('button', { name: 'Replay', exact: true })
      .click();
    await page.getByRole('slider', { name: 'Turn' }).waitFor();
    await page.getByRole('button', { name: 'Next week', exact: true }).click();
    await page.getByText(/^After week 1 /).waitFor();
    await page.getByRole('button', { name: 'Close replay', exact: true }).click();
    await page.getByRole('button', { name: 'Main menu', exact: true }).click();

    await page.getByRole('button', { name: 'Policy lab', exact: true }).click();
    await page.getByRole('form', { name: 'Set up a run' }).waitFor();
    await page.getByRole('spinbutton', { name: 'Games per strategy' }).fill('5');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.waitForFunction(
      () => performance.getEntriesByName('frontier:lab-run-done').length > 0,
      null,
      {
        timeout: 30_000,
      },
    );
    await screenshot(page, '60-offline-lab');
  });
});

/** Marks a build so the test can tell which one the page runs. */
function buildMark(name: string): Plugin {
  return {
    name: 'frontier-crisis:test-build-mark',
    transformIndexHtml: (html) =>
      html.replace('</head>', `<meta name="frontier-build" content="${name}" /></head>`),
  };
}

describe('updates', () => {
  it('a new build shows "A new version is ready", and its button reloads into it', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'frontier-crisis-update-'));
    folders.push(outDir);
    const publish = (name: string) =>
      build({ logLevel: 'warn', plugins: [buildMark(name)], build: { outDir, emptyOutDir: true } });
    await publish('first');
    server = await preview({
      logLevel: 'warn',
      build: { outDir },
      preview: { port: 0, strictPort: false, host: '127.0.0.1' },
    });
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('The preview server did not report its address.');
    session = await sessions.open({ url });
    const { page } = session;
    const runningBuild = () =>
      page.evaluate(() =>
        document.querySelector('meta[name=frontier-build]')?.getAttribute('content'),
      );
    await installOffline(page);
    expect(await runningBuild()).toBe('first');
    expect(await page.getByText('A new version is ready').count()).toBe(0);

    await publish('second');
    await page.reload();
    // The old version still runs; the new one waits for the player.
    expect(await runningBuild()).toBe('first');
    const notice = page.getByRole('status').filter({ hasText: 'A new version is ready' });
    await notice.waitFor({ timeout: 30_000 });
    await screenshot(page, '61-update-ready');
    await expectAccessible(page, 'update notice');
    await notice.getByRole('button', { name: 'Reload', exact: true }).click();
    await expect.poll(runningBuild, { timeout: 30_000 }).toBe('second');
    await page.getByRole('heading', { name: 'Frontier Crisis' }).waitFor();
    expect(await page.getByText('A new version is ready').count()).toBe(0);
  }, 240_000);
});
