/**
 * Opening the game in real headless Chromium for a test: a fresh profile, the flags this machine
 * needs, and watchers that fail the test on any console error, page error or request that leaves
 * the game's origin.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterEach, expect, inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../src/cli/chromium';

export const SCREENSHOTS = 'test-results/screenshots';

export interface Session {
  context: BrowserContext;
  page: Page;
  baseUrl: string;
  /** Console errors, page errors and requests to other origins seen so far. */
  problems: string[];
  close: () => Promise<void>;
}

export async function openGame(
  options: {
    width?: number;
    height?: number;
    reducedMotion?: boolean;
    url?: string;
    /** A touch screen (a tablet): taps and touch events, as playwright's `hasTouch` gives. */
    hasTouch?: boolean;
  } = {},
): Promise<Session> {
  // The suite's build, or one a test serves itself (the update test publishes builds of its own).
  const baseUrl = options.url ?? inject('baseUrl');
  const profile = mkdtempSync(join(tmpdir(), 'frontier-crisis-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: options.width ?? 1280, height: options.height ?? 720 },
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
    hasTouch: options.hasTouch ?? false,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const origin = new URL(baseUrl).origin;
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.push(`request left the origin: ${url}`);
    }
  });
  await page.goto(baseUrl);
  return {
    context,
    page,
    baseUrl,
    problems,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The sessions of a test file: `open` opens one (as openGame does), and after each test every one
 * opened is closed and the test fails on any problem one of them saw. Called once, at the top of
 * the file, before any after-hook that must run once the sessions are closed.
 */
export function useSessions(): { open: typeof openGame } {
  const opened: Session[] = [];
  afterEach(async () => {
    const problems = opened.flatMap((session) => session.problems);
    for (const session of opened.splice(0)) await session.close();
    expect(problems).toEqual([]);
  });
  return {
    open: async (options) => {
      const session = await openGame(options);
      opened.push(session);
      return session;
    },
  };
}

/**
 * The autosave of the game this tab plays, as stored: each game has its own, and the tab's
 * sessionStorage names the game it plays. Null when there is none.
 */
export async function autosaveOfThisTab(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const gameId = sessionStorage.getItem('frontier-crisis/tab-game');
    return gameId ? localStorage.getItem(`frontier-crisis/autosave/${gameId}`) : null;
  });
}

/**
 * Skips the week's playback if it is still playing. Done in one step in the page: a visibility
 * check and a click from here would race the playback's own end, which removes the button.
 */
export async function skipPlaybackIfPlaying(page: Page): Promise<void> {
  await page.evaluate(() => {
    const skip = [...document.querySelectorAll('button')].find(
      (button) => button.textContent?.trim() === 'Skip animation',
    );
    skip?.click();
  });
}

/** Ends the week and waits for that week's report, its playback skipped. */
export async function endWeekAndWait(page: Page, week: number): Promise<void> {
  await page.getByRole('button', { name: 'End week', exact: true }).click();
  await page
    .getByRole('heading', { name: `Week ${week} report` })
    .first()
    .waitFor();
  await skipPlaybackIfPlaying(page);
}

/** The Saves dialog's own slots (not its unfinished or finished games). */
export function savedGames(dialog: Locator): Locator {
  return dialog.getByRole('region', { name: 'Saved games', exact: true });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
}

/** Fails the test, naming the screen, if axe-core finds a serious or critical violation. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const violations = await seriousViolations(page);
  expect(violations, `${screen}: ${JSON.stringify(violations)}`).toEqual([]);
}

/** Opens the Saves dialog from the game's menu or the title screen. */
export async function openSaves(page: Page, from: 'Save game' | 'Load game'): Promise<Locator> {
  await page.getByRole('button', { name: from, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Saves' });
  await dialog.waitFor();
  return dialog;
}

/** Runs axe-core on the page as it is now; returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, so the page's strict CSP does not block it.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run: (context: Document) => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: unknown[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.length,
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
