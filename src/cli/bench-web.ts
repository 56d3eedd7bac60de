/**
 * npm run bench:web [-- --json]
 * Load and play benchmarks in headless Chromium: bundle size per chunk (raw and gzip); time from
 * navigation to the first interactive frame for the game and for a bare Phaser page built in the
 * same run (their ratio is the figure we track); frame times while a busy week plays on the map.
 * Medians of several cold loads; it prints figures and never fails on time.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { UsageError, runTool } from './args';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

const RUNS = 5;
/** Records requestAnimationFrame intervals for six seconds; evaluated in the page. */
const FRAME_RECORDER = `new Promise((resolve) => {
  const deltas = [];
  let last = performance.now();
  const start = last;
  const tick = (now) => {
    deltas.push(now - last);
    last = now;
    if (now - start < 6000) requestAnimationFrame(tick);
    else resolve(deltas);
  };
  requestAnimationFrame(tick);
})`;

interface Chunk {
  file: string;
  rawKb: number;
  gzipKb: number;
}

function chunks(dir: string): Chunk[] {
  const assets = join(dir, 'assets');
  return readdirSync(assets)
    .filter((file) => file.endsWith('.js') || file.endsWith('.css'))
    .map((file) => {
      const bytes = readFileSync(join(assets, file));
      return {
        file,
        rawKb: Math.round(statSync(join(assets, file)).size / 102.4) / 10,
        gzipKb: Math.round(gzipSync(bytes).length / 102.4) / 10,
      };
    })
    .sort((a, b) => b.rawKb - a.rawKb);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
const round = (value: number) => Math.round(value * 10) / 10;

async function markTime(page: Page, mark: string): Promise<number> {
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, {
    timeout: 30000,
  });
  return page.evaluate((name) => performance.getEntriesByName(name)[0]!.startTime, mark);
}

/** Opens a fresh browser context (cold cache), runs `measure` on a new page, closes it. */
async function cold<T>(browser: Browser, measure: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    return await measure(await context.newPage());
  } finally {
    await context.close();
  }
}

async function serve(
  root: string,
  outDir: string,
): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address.');
  return { server, url };
}

async function main(): Promise<number> {
  let json = false;
  try {
    json =
      parseArgs({ options: { json: { type: 'boolean', default: false } }, strict: true }).values
        .json ?? false;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const root = process.cwd();
  const bareOut = join(root, 'dist-bench', 'bare-phaser');
  await build({ logLevel: 'warn' });
  await build({
    root: join(root, 'bench', 'bare-phaser'),
    base: './',
    logLevel: 'warn',
    build: { outDir: bareOut, emptyOutDir: true, chunkSizeWarningLimit: 1600 },
  });
  const gameChunks = chunks(join(root, 'dist'));
  const bareChunks = chunks(bareOut);

  const game = await serve(root, 'dist');
  const bare = await serve(join(root, 'bench', 'bare-phaser'), bareOut);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const bareFrames: number[] = [];
    const titleFrames: number[] = [];
    const mapFrames: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      bareFrames.push(
        await cold(browser, async (page) => {
          await page.goto(bare.url);
          return markTime(page, 'first-frame');
        }),
      );
      const [title, map] = await cold(browser, async (page) => {
        await page.goto(game.url);
        const titleAt = await markTime(page, 'frontier:title-interactive');
        await page.getByRole('button', { name: 'New game', exact: true }).click();
        await page.getByRole('button', { name: 'Start', exact: true }).click();
        const mapAt = await markTime(page, 'frontier:map-first-frame');
        const clickedAt = await page.evaluate(
          () => performance.getEntriesByName('frontier:game-start')[0]?.startTime ?? 0,
        );
        return [titleAt, mapAt - clickedAt] as const;
      });
      titleFrames.push(title);
      mapFrames.push(map);
    }

    // Frame times while a busy week plays: the Seven camps opening with strikes ordered.
    const frames = await cold(browser, async (page) => {
      await page.goto(game.url);
      await markTime(page, 'frontier:title-interactive');
      await page.getByRole('button', { name: 'New game', exact: true }).click();
      await page.getByRole('radio', { name: /Seven camps/ }).check();
      await page.getByRole('button', { name: 'Start', exact: true }).click();
      await markTime(page, 'frontier:map-first-frame');
      await page.getByRole('button', { name: 'Strike militant camps', exact: true }).click();
      await page.getByRole('button', { name: 'Confirm target' }).click();
      await page.getByRole('button', { name: 'End week', exact: true }).click();
      // Passed as source text: tsx's helper names do not exist inside the page.
      return page.evaluate(FRAME_RECORDER) as Promise<number[]>;
    });
    const sortedFrames = [...frames].sort((a, b) => a - b);
    const figures = {
      bundle: { game: gameChunks, barePhaser: bareChunks },
      barePhaserFirstFrameMs: round(median(bareFrames)),
      gameTitleInteractiveMs: round(median(titleFrames)),
      gameMapFirstFrameAfterStartMs: round(median(mapFrames)),
      firstFrameRatio: round((median(titleFrames) / median(bareFrames)) * 100) / 100,
      busyWeekFrames: {
        count: frames.length,
        medianMs: round(median(frames)),
        p95Ms: round(sortedFrames[Math.floor(sortedFrames.length * 0.95)] ?? 0),
        maxMs: round(sortedFrames[sortedFrames.length - 1] ?? 0),
      },
    };
    if (json) {
      process.stdout.write(`${JSON.stringify(figures)}\n`);
      return 0;
    }
    const table = (list: Chunk[]) =>
      list.map(
        (c) =>
          `    ${c.file.padEnd(34)} ${String(c.rawKb).padStart(8)} kB raw ${String(c.gzipKb).padStart(8)} kB gzip`,
      );
    const lines = [
      `Frontier Crisis load and play benchmark (headless Chromium, software WebGL; medians of ${RUNS} cold loads)`,
      '  game bundle:',
      ...table(gameChunks),
      '  bare Phaser page bundle:',
      ...table(bareChunks),
      `  bare Phaser page, navigation → first frame:        ${figures.barePhaserFirstFrameMs} ms`,
      `  game, navigation → title screen interactive:       ${figures.gameTitleInteractiveMs} ms  (ratio to bare Phaser ${figures.firstFrameRatio})`,
      `  game, Start → map's first frame:                   ${figures.gameMapFirstFrameAfterStartMs} ms`,
      `  busy week on the map (${frames.length} frames over 6 s): median ${figures.busyWeekFrames.medianMs} ms, p95 ${figures.busyWeekFrames.p95Ms} ms, max ${figures.busyWeekFrames.maxMs} ms`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => game.server.httpServer.close(() => resolve()));
    await new Promise<void>((resolve) => bare.server.httpServer.close(() => resolve()));
  }
}

runTool(main);
