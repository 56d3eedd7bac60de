/**
 * The class comparison's benchmark (part of npm run bench:web): the time from giving the page a
 * class's save files to the comparison drawn with every game verified by replay — reading the
 * files, replaying each against its fingerprints, summing the class up and rendering every table
 * and the heat map — for 30 and for 200 games. The games are played by the built-in strategies on
 * one lesson's set-up; a median of a few runs, each in a fresh page.
 */
import type { Browser } from 'playwright-core';
import { STRATEGIES, playGame, type StrategyName } from '../engine/strategies';
import { makeSave, serialiseSave } from '../persistence/save-format';

const CYCLE: StrategyName[] = ['balanced', 'hawk', 'dove', 'random', 'advisor:foreign'];

/** `count` save files of one lesson (Karachi aftermath), as the page would be given them. */
export function classFiles(count: number): { name: string; mimeType: string; buffer: Buffer }[] {
  const options = { scenario: 'karachi', seed: 2468, difficulty: 'normal' } as const;
  const played = new Map<StrategyName, string>();
  return Array.from({ length: count }, (_, index) => {
    const strategy = CYCLE[index % CYCLE.length]!;
    let text = played.get(strategy);
    if (!text) {
      const game = playGame(options, STRATEGIES[strategy]);
      const save = makeSave(options, game.weeks, { name: strategy });
      if (!save.ok) throw new Error(save.error);
      text = serialiseSave(save.value);
      played.set(strategy, text);
    }
    return {
      name: `student-${index + 1}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(text.replace(`"name": "${strategy}"`, `"name": "Student ${index + 1}"`)),
    };
  });
}

/**
 * Milliseconds from handing the files to the page to the comparison drawn, one run per element.
 * Timed in the page: from the file input's change event to the frame after the status line and
 * the scorecards show every game.
 */
export async function classComparisonTimes(
  browser: Browser,
  url: string,
  count: number,
  runs: number,
): Promise<number[]> {
  const files = classFiles(count);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    try {
      const page = await context.newPage();
      await page.goto(url);
      await page.getByRole('button', { name: 'Class comparison', exact: true }).click();
      const input = page.locator('input[type=file]');
      await input.waitFor({ state: 'attached' });
      // Passed as source text: tsx's helper names do not exist inside the page.
      await page.evaluate(`document.querySelector('input[type=file]').addEventListener('change',
        () => performance.mark('frontier:class-files-given'), { capture: true, once: true })`);
      await input.setInputFiles(files);
      const elapsed = (await page.evaluate(`new Promise((resolve) => {
        const check = () => {
          const shown = document.body.innerText.includes('${count} games verified by replay');
          const drawn =
            document.querySelectorAll('.class__scores tbody tr').length === ${count} &&
            document.querySelector('.class-heat__map') !== null;
          if (shown && drawn)
            requestAnimationFrame(() => {
              const start = performance.getEntriesByName('frontier:class-files-given')[0];
              resolve(performance.now() - (start ? start.startTime : 0));
            });
          else setTimeout(check, 5);
        };
        check();
      })`)) as number;
      times.push(elapsed);
    } finally {
      await context.close();
    }
  }
  return times;
}
