/**
 * The ending, in real headless Chromium: it waits for the last week's events to play rather than
 * covering them; the map can be shown behind it and the ending brought back (focus following);
 * it offers the replay (and the focus comes back to that button after it); its recap charts the meters and the ladder and names the turning points
 * with their causes, as Node computes them. Screens at 1366×768, 1920×1080 and 768×1024.
 */
import { describe, expect, inject, it } from 'vitest';
import { replay, resolveTurn, type Decision } from '../../src/engine';
import { EN } from '../../src/text';
import { STRATEGIES, playGame } from '../../src/engine/strategies';
import { makeSave } from '../../src/persistence/save-format';
import { encodeShareLink } from '../../src/persistence/share-link';
import { endingRecap } from '../../src/ui/ending-recap';
import { expectAccessible, screenshot, useSessions, type Session } from './browser';

const sessions = useSessions();
let session: Session | null = null;

/** A Karachi game one week before its ending: ending the next week with no choice ends it. */
function lastWeekGame() {
  for (let seed = 1; seed < 50; seed++) {
    const options = { scenario: 'karachi', seed, difficulty: 'normal' } as const;
    const { weeks } = playGame(options, STRATEGIES.balanced);
    const before = weeks.slice(0, -1);
    const played = replay(options, before, { reports: true });
    if (!played.ok || before.length < 4) continue;
    const turn = resolveTurn(played.value.final, []);
    if (!turn.ok || !turn.value.state.ending || turn.value.report.events.length < 3) continue;
    const reports = [...played.value.reports, turn.value.report];
    return { options, weeks: before, final: turn.value.state, reports };
  }
  throw new Error('No seed ends the Karachi game after a week of events.');
}

async function openLastWeek(width: number, height: number, weeks: Decision[][], options: object) {
  const save = makeSave(options as never, weeks, { name: 'The last week' });
  if (!save.ok) throw new Error(save.error);
  const link = encodeShareLink(save.value);
  if (!link.ok) throw new Error(link.error);
  session = await sessions.open({
    width,
    height,
    reducedMotion: true,
    url: `${inject('baseUrl')}${link.value}`,
  });
  await session.page.getByText(`Week ${weeks.length + 1} of 12`).waitFor();
  return session.page;
}

describe('the ending', () => {
  const game = lastWeekGame();
  const recap = endingRecap(game.final, game.reports);

  it('follows the last week’s events, can show the map behind it, and recaps the game', async () => {
    const page = await openLastWeek(1366, 768, game.weeks, game.options);
    await page.getByRole('button', { name: 'End week', exact: true }).click();
    // While the week plays, the map is not covered: a line says the ending follows.
    await page.getByText('its ending follows once the week’s events have played').waitFor();
    expect(await page.locator('.ending').count()).toBe(0);
    await screenshot(page, 'ending-waits-1366x768');

    await page.getByRole('region', { name: EN.ending(game.final.ending!).title }).waitFor();
    await page.getByRole('img', { name: /The five meters week by week/ }).waitFor();
    await page.getByRole('img', { name: /The escalation ladder week by week/ }).waitFor();
    const turning = page.locator('.ending__turning li');
    expect(await turning.allInnerTexts()).toEqual(
      recap.turningPoints.map((p) => `Week ${p.week}: ${p.headline}. Main cause: ${p.cause}.`),
    );
    await screenshot(page, 'ending-recap-1366x768');
    await expectAccessible(page, 'the ending with its recap');

    await page.getByRole('button', { name: 'Show the map', exact: true }).click();
    expect(await page.locator('.ending').count()).toBe(0);
    const back = page.getByRole('button', { name: 'Back to the ending', exact: true });
    await expect.poll(() => back.evaluate((b) => b === document.activeElement)).toBe(true);
    await screenshot(page, 'ending-map-shown-1366x768');
    await expectAccessible(page, 'the map shown behind the ending');
    await back.click();
    await page.locator('.ending').waitFor();

    // The replay, and back: the focus returns to the control that opened it.
    await page.getByRole('button', { name: 'Replay this game', exact: true }).click();
    await page.getByRole('button', { name: 'Close replay', exact: true }).click();
    await page.locator('.ending').waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Replay this game');
  });

  for (const size of [
    { name: '1920x1080', width: 1920, height: 1080 },
    { name: '768x1024', width: 768, height: 1024 },
  ]) {
    it(`shows its recap at ${size.name}`, async () => {
      const page = await openLastWeek(size.width, size.height, game.weeks, game.options);
      await page.getByRole('button', { name: 'End week', exact: true }).click();
      await page.locator('.ending').waitFor();
      await page.getByRole('img', { name: /The five meters week by week/ }).waitFor();
      await screenshot(page, `ending-recap-${size.name}`);
    });
  }
});
