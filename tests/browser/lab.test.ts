/**
 * The policy lab as a teacher meets it, in real headless Chromium on the production build: opened
 * from the title with the keyboard (its code and Chart.js fetched only then), a small run in the
 * workers with its progress bar, charts drawn, the tables' numbers equal to the games Node's
 * playGame plays for the same seeds, a long run cancelled while the page stays usable, and every
 * state checked with axe-core.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { scorecard, type EndingId, ENDING_IDS } from '../../src/engine';
import { STRATEGIES, playGame, type StrategyName } from '../../src/engine/strategies';
import { METRICS, figureText } from '../../src/lab/lab-results';
import { strategyName } from '../../src/lab/lab-strategies';
import { expectAccessible, screenshot, useSessions, type Session } from './browser';

const sessions = useSessions();
let session: Session | null = null;

/** Tabs from the top of the title screen to the button named `name` and presses Enter. */
async function pressByKeyboard(page: Page, name: string) {
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (focused === name) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error(`No "${name}" button reached with Tab.`);
}

/** Only these strategies ticked. */
async function chooseStrategies(page: Page, wanted: StrategyName[]) {
  for (const id of Object.keys(STRATEGIES) as StrategyName[]) {
    const box = page.getByRole('checkbox', { name: new RegExp(`^${strategyName(id)}\\b`) });
    await box.setChecked(wanted.includes(id));
  }
}

/** Each body row of a table as its header cell and its data cells' text. */
async function tableRows(page: Page, caption: string): Promise<string[][]> {
  const table = page.getByRole('table', { name: caption });
  return table.evaluate((element) =>
    [...element.querySelectorAll('tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent?.trim() ?? ''),
    ),
  );
}

/** Node's own figures for the same games: endings counted and every figure's mean. */
function nodeFigures(strategy: StrategyName, seeds: number[]) {
  const endings = new Map<EndingId, number>();
  const sums = new Map<string, number>();
  let attacksMin = Infinity;
  let attacksMax = -Infinity;
  for (const seed of seeds) {
    const { state } = playGame(
      { scenario: 'karachi', seed, difficulty: 'normal' },
      STRATEGIES[strategy],
    );
    const id = state.ending!.id;
    endings.set(id, (endings.get(id) ?? 0) + 1);
    const score = scorecard(state);
    const attacksPerWeek = score.attacks / score.weeks;
    const values: Record<string, number> = {
      ...score,
      attacksPerWeek,
      ...state.meters,
      ladder: state.ladder,
    };
    for (const metric of METRICS)
      sums.set(metric.id, (sums.get(metric.id) ?? 0) + values[metric.id]!);
    attacksMin = Math.min(attacksMin, attacksPerWeek);
    attacksMax = Math.max(attacksMax, attacksPerWeek);
  }
  const means = new Map([...sums].map(([id, sum]) => [id, (sum / seeds.length).toFixed(1)]));
  return { endings, means, attacksMin, attacksMax };
}

describe('the policy lab in the browser', () => {
  it('runs a small batch in workers and shows what Node plays for the same seeds', async () => {
    // Reduced motion: the charts draw at once, so the screenshots show their final state.
    session = await sessions.open({ reducedMotion: true });
    const { page } = session;
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(request.url()));
    await page.getByRole('heading', { name: 'Frontier Crisis' }).waitFor();
    await page.waitForLoadState('networkidle');
    // The lab's code and Chart.js are not part of the game's first load.
    expect(fetched.filter((url) => /lab-|chart/.test(url))).toEqual([]);

    await pressByKeyboard(page, 'Policy lab');
    await page.getByRole('form', { name: 'Set up a run' }).waitFor();
    expect(fetched.some((url) => /lab-screen/.test(url))).toBe(true);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Policy lab');
    await screenshot(page, 'lab-01-setup');
    await expectAccessible(page, 'lab setup');

    // A bad number says why and runs nothing.
    await page.getByRole('spinbutton', { name: 'Games per strategy' }).fill('0');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('Games per strategy must be a whole number from 1 to 1000.');
    expect(await page.getByRole('progressbar').count()).toBe(0);

    await chooseStrategies(page, ['hawk', 'dove', 'balanced']);
    await page.getByRole('spinbutton', { name: 'Games per strategy' }).fill('40');
    await page.getByRole('spinbutton', { name: 'First seed' }).fill('5');
    // A run this small may finish within a frame or two, so the page itself notes every
    // progress bar it shows (its label and maximum) rather than the test hoping to catch one.
    await page.evaluate(`(() => {
      window.progressSeen = [];
      new MutationObserver(() => {
        for (const bar of document.querySelectorAll('progress'))
          window.progressSeen.push(bar.labels[0].textContent + ' / ' + bar.max);
      }).observe(document.body, { childList: true, subtree: true, attributes: true });
    })()`);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByRole('heading', { name: 'Results: Karachi aftermath, Tense' }).waitFor({
      timeout: 60_000,
    });
    expect(await page.evaluate('window.progressSeen[0]')).toBe('Games played / 120');
    expect(await page.getByRole('progressbar').count()).toBe(0);
    expect(fetched.some((url) => /lab-worker/.test(url))).toBe(true);
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /^Finished: 120 games/ })
          .count(),
      )
      .toBe(1);

    // Both charts are drawn: canvases with pixels on them, each named as an image.
    const charts = page.getByRole('img', { name: /chart/ });
    await expect.poll(() => charts.count()).toBe(2);
    await expect
      .poll(() =>
        charts.evaluateAll((canvases) =>
          canvases.map((canvas) => {
            const c = canvas as HTMLCanvasElement;
            const pixels = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
            let painted = 0;
            for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) painted++;
            return painted > 1000;
          }),
        ),
      )
      .toEqual([true, true]);

    const seeds = Array.from({ length: 40 }, (_, i) => 5 + i);
    const endingRows = await tableRows(page, 'How the games ended: number of games (share)');
    await page.getByText('Every figure, mean per game').click();
    const meanRows = await tableRows(page, 'Mean per game');
    const attackRows = await tableRows(
      page,
      'Militant attacks per week played: spread over the games',
    );
    const order = [...ENDING_IDS];
    const columns = [
      'strategic-reset',
      'fragile-containment',
      'forever-frontier',
      'open-war',
      'loss-of-confidence',
      'fiscal-crisis',
    ];
    expect([...columns].sort()).toEqual([...order].sort());
    (['hawk', 'dove', 'balanced'] as const).forEach((strategy, index) => {
      const node = nodeFigures(strategy, seeds);
      const row = endingRows[index]!;
      expect(row[0]).toBe(strategyName(strategy));
      columns.forEach((ending, column) => {
        const count = node.endings.get(ending as EndingId) ?? 0;
        expect(row[column + 1], `${strategy} ${ending}`).toBe(
          `${count} (${((100 * count) / seeds.length).toFixed(1)}%)`,
        );
      });
      METRICS.forEach((metric, m) => {
        expect(meanRows[m]![0]).toBe(metric.label);
        expect(meanRows[m]![index + 1], `${strategy} ${metric.id}`).toBe(node.means.get(metric.id));
      });
      const attacks = attackRows[index]!;
      expect(attacks[1]).toBe(node.means.get('attacksPerWeek'));
      expect(attacks[2]).toBe(figureText(node.attacksMin));
      expect(attacks[6]).toBe(figureText(node.attacksMax));
    });
    // The reading line is in words, with the same count of good endings as the table.
    const readings = await page.locator('.lab-readings li').allTextContents();
    expect(readings[1]).toMatch(/^Dove reaches a good ending in \d+ of 40 games/);

    // Another figure redraws the second chart and its table.
    await page
      .getByRole('combobox', { name: 'Figure' })
      .selectOption({ label: 'Fiscal room at the end' });
    await page
      .getByRole('table', { name: 'Fiscal room at the end: spread over the games' })
      .waitFor();
    await screenshot(page, 'lab-03-results');
    await expectAccessible(page, 'lab results');
  });

  it('cancels a long run while the page stays usable, and goes back to the title', async () => {
    session = await sessions.open();
    const { page } = session;
    await page.getByRole('button', { name: 'Policy lab' }).click();
    await chooseStrategies(page, ['search']);
    await page.getByRole('spinbutton', { name: 'Games per strategy' }).fill('500');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const progress = page.getByRole('progressbar', { name: 'Games played' });
    await progress.waitFor();
    await screenshot(page, 'lab-02-running');
    await expectAccessible(page, 'lab running');
    // Games arrive in batches while the page keeps answering.
    await expect
      .poll(async () => Number(await progress.getAttribute('value')), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    // The Cancel button is gone; focus comes back to Run rather than being lost.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Run');
    await page
      .locator('p.notice')
      .filter({ hasText: /^Cancelled after \d+ of 500 games; nothing was kept\.$/ })
      .waitFor();
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /^Cancelled after/ })
          .count(),
      )
      .toBe(1);
    expect(await progress.count()).toBe(0);
    expect(await page.getByRole('heading', { name: /^Results/ }).count()).toBe(0);
    await screenshot(page, 'lab-04-cancelled');
    await expectAccessible(page, 'lab cancelled');

    await page.getByRole('button', { name: 'Back to title' }).click();
    await page.getByRole('heading', { name: 'Frontier Crisis' }).waitFor();
  });
});
