/**
 * Each tab its own game, in real headless Chromium with two (or three) pages of one browser
 * context, so they share storage and Web Locks: two games autosaving side by side; a game open in
 * another tab said so and continued only as a copy; a link opened over a game in progress (a hash
 * change, and a page that opened the game setting its address) offered beside it, the game kept;
 * a finished game kept through a new game, a link and a load, newest first, and deleted on request.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { balancedStrategy, playGame } from '../../src/engine/strategies';
import { makeSave } from '../../src/persistence/save-format';
import { encodeShareLink } from '../../src/persistence/share-link';
import { autosaveOfThisTab, openSaves, screenshot, useSessions } from './browser';

const sessions = useSessions();

/** A link to a Karachi game (seed `seed`) with `weeks` weeks played by the balanced bot. */
function linkTo(seed: number, weeks: number | 'all but the last', name: string): string {
  const options = { scenario: 'karachi', seed, difficulty: 'normal' } as const;
  const played = playGame(options, balancedStrategy).weeks;
  const count = weeks === 'all but the last' ? played.length - 1 : weeks;
  const made = makeSave(options, played.slice(0, count), { name });
  if (!made.ok) throw new Error(made.error);
  const link = encodeShareLink(made.value);
  if (!link.ok) throw new Error(link.error);
  return link.value;
}

async function startKarachi(page: Page) {
  await page.getByRole('button', { name: 'New game', exact: true }).click();
  await page.getByRole('radio', { name: /Karachi aftermath/ }).check();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await weekShown(page, 1).waitFor();
}

/** The week the game's top bar shows. */
function weekShown(page: Page, week: number): Locator {
  return page.locator('.topbar__week').filter({ hasText: `Week ${week} of 12` });
}

async function endWeeks(page: Page, from: number, count: number) {
  for (let week = from; week < from + count; week++) {
    await page.getByRole('button', { name: 'End week', exact: true }).click();
    await weekShown(page, week + 1).waitFor();
  }
}

async function autosaveCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      Object.keys(localStorage).filter((key) => key.startsWith('frontier-crisis/autosave/')).length,
  );
}

function section(dialog: Locator, name: string): Locator {
  return dialog.getByRole('region', { name, exact: true });
}

describe('each tab its own game', () => {
  it('two tabs autosave two games; one open in the other tab is said so and copied, not taken', async () => {
    const session = await sessions.open({ reducedMotion: true });
    const a = session.page;
    await startKarachi(a);
    await endWeeks(a, 1, 2);

    const b = await session.context.newPage();
    await b.setViewportSize({ width: 1366, height: 768 });
    await b.goto(session.baseUrl);
    await b.getByRole('button', { name: 'New game', exact: true }).waitFor();
    // A's game is open in A: the title does not offer to continue it here.
    expect(await b.getByRole('button', { name: /^Continue/ }).count()).toBe(0);
    await startKarachi(b);
    await endWeeks(b, 1, 1);
    expect(await autosaveCount(a)).toBe(2);
    const aBefore = await autosaveOfThisTab(a);
    expect(JSON.parse(aBefore!).weeks).toHaveLength(2);
    expect(JSON.parse((await autosaveOfThisTab(b))!).weeks).toHaveLength(1);

    const saves = await openSaves(b, 'Save game');
    const unfinished = section(saves, 'Unfinished games');
    const theirs = unfinished.getByRole('listitem').filter({ hasText: 'week 3 of 12' });
    await theirs.filter({ hasText: 'open in another tab' }).waitFor();
    await screenshot(b, '70-saves-unfinished-1366');
    await theirs.getByRole('button', { name: 'Continue a copy' }).click();
    await weekShown(b, 3).waitFor();
    await b
      .getByText('This game is open in another tab, so a copy of it continues here.', {
        exact: false,
      })
      .waitFor();
    await endWeeks(b, 3, 1);
    // A's game and autosave are untouched; A plays on its own.
    expect(await autosaveOfThisTab(a)).toBe(aBefore);
    await endWeeks(a, 3, 1);
    expect(JSON.parse((await autosaveOfThisTab(a))!).weeks).toHaveLength(3);
    expect(await autosaveCount(a)).toBe(3);

    // A reload of A offers A's own game first.
    await a.reload();
    await a.getByRole('button', { name: 'Continue: Karachi aftermath, week 4 of 12' }).click();
    await weekShown(a, 4).waitFor();
    await b.close();
  });

  it('a link opened over a game in progress is offered beside it, and the game stays reachable', async () => {
    const session = await sessions.open({ reducedMotion: true });
    const opener = session.page;
    const [game] = await Promise.all([
      session.context.waitForEvent('page'),
      opener.evaluate((url) => {
        (window as { opened?: Window | null }).opened = window.open(url, '_blank');
      }, session.baseUrl),
    ]);
    await game.getByRole('button', { name: 'New game', exact: true }).waitFor();
    await startKarachi(game);
    await endWeeks(game, 1, 1);

    // The address changes mid-play: the link is offered, the game goes on as it was.
    const link = linkTo(9, 4, 'Linked game');
    await game.evaluate((hash) => {
      location.hash = hash;
    }, link);
    const offer = game.getByRole('region', { name: 'A game link' });
    await offer.getByText('“Linked game” (Karachi aftermath, week 5 of 12)').waitFor();
    await screenshot(game, '71-link-offered-mid-play');
    await offer.getByRole('button', { name: 'Keep playing' }).click();
    expect(await offer.count()).toBe(0);
    await weekShown(game, 2).waitFor();

    // The page that opened the game sets its address: offered again, opened only when chosen.
    await opener.evaluate((url) => {
      (window as { opened?: Window | null }).opened!.location.href = url;
    }, `${session.baseUrl}${link}`);
    await offer.getByRole('button', { name: 'Open the linked game' }).click();
    await weekShown(game, 5).waitFor();
    await game
      .getByText(
        'Your game “Karachi aftermath, week 2 of 12” is kept: continue it from Saves, under Unfinished games.',
      )
      .waitFor();
    const saves = await openSaves(game, 'Save game');
    await section(saves, 'Unfinished games')
      .getByRole('listitem')
      .filter({ hasText: 'Karachi aftermath, week 2 of 12' })
      .getByRole('button', { name: 'Continue', exact: true })
      .click();
    await weekShown(game, 2).waitFor();
  });

  it('every finished game is kept through a new game, a link and a load; deleted on request', async () => {
    const session = await sessions.open({ reducedMotion: true });
    const { page } = session;
    const finish = async (seed: number) => {
      await page.goto(`${session.baseUrl}${linkTo(seed, 'all but the last', `Seed ${seed}`)}`);
      await page.getByRole('button', { name: 'End week', exact: true }).click();
      await page.locator('.ending').waitFor();
    };
    await finish(21);
    await page.getByRole('button', { name: 'New game', exact: true }).click();
    await startKarachi(page);
    // A link opened from the title while another game ended: kept too, newest first.
    await page.getByRole('button', { name: 'Main menu', exact: true }).click();
    await finish(22);
    await page.setViewportSize({ width: 768, height: 1024 });
    const saves = await openSaves(page, 'Save game');
    const finished = section(saves, 'Finished games');
    await expect.poll(() => finished.getByRole('listitem').count()).toBe(2);
    const names = await finished.locator('.slot__name').allInnerTexts();
    expect(names.every((name) => /^Karachi aftermath — ended in week \d+$/.test(name))).toBe(true);
    await screenshot(page, '72-saves-finished-tablet');

    // Loading one shows its ending; the other is still kept.
    await finished.getByRole('listitem').nth(1).getByRole('button', { name: 'Load' }).click();
    await page.locator('.ending').waitFor();
    const again = await openSaves(page, 'Save game');
    const kept = section(again, 'Finished games');
    await expect.poll(() => kept.getByRole('listitem').count()).toBe(2);
    await kept.getByRole('listitem').first().getByRole('button', { name: 'Delete' }).click();
    await kept.getByRole('button', { name: 'Confirm delete' }).click();
    await expect.poll(() => kept.getByRole('listitem').count()).toBe(1);
  });
});
