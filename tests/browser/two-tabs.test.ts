/**
 * Two tabs on one origin, in real headless Chromium (two pages of one browser context, so they
 * share storage and see each other's `storage` events): a Saves list shown in one tab refreshes
 * when the other saves; a slot changed in the other tab after it was shown is refused, not
 * overwritten; each action reaches the slot the player saw, wherever it has moved. And a tampered
 * autosave is refused on the title screen, like a slot.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { balancedStrategy, playGame } from '../../src/engine/strategies';
import { AUTOSAVE_KEY } from '../../src/persistence/autosave';
import { makeSave, serialiseSave } from '../../src/persistence/save-format';
import { SLOTS_KEY } from '../../src/persistence/slots';
import { openSaves, savedGames, useSessions } from './browser';

const sessions = useSessions();

const OPTIONS = { scenario: 'karachi', seed: 9, difficulty: 'normal' } as const;

function saveText(name: string, weeks: number): string {
  const made = makeSave(OPTIONS, playGame(OPTIONS, balancedStrategy).weeks.slice(0, weeks), {
    name,
    createdAt: '2026-03-04T05:06:07.000Z',
  });
  if (!made.ok) throw new Error(made.error);
  return serialiseSave(made.value);
}

function slot(dialog: Locator, name: string): Locator {
  return savedGames(dialog).getByRole('listitem').filter({ hasText: name });
}

async function slotNames(dialog: Locator): Promise<string[]> {
  return savedGames(dialog).locator('.slot__name').allInnerTexts();
}

async function startKarachi(page: Page) {
  await page.getByRole('button', { name: 'New game', exact: true }).click();
  await page.getByRole('radio', { name: /Karachi aftermath/ }).check();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByText('Week 1 of 12').waitFor();
}

describe('two tabs', () => {
  it('a list shown in one tab follows the other tab, and acts on the slot it showed', async () => {
    const session = await sessions.open({ reducedMotion: true });
    const a = session.page;
    await a.evaluate(
      ([key, value]) => localStorage.setItem(key!, value!),
      [SLOTS_KEY, `[${saveText('Mine', 2)}]`],
    );
    await a.reload();
    const listA = await openSaves(a, 'Load game');
    expect(await slotNames(listA)).toEqual(['Mine']);

    // Tab B plays and saves a game of its own: it goes to the top of the list.
    const b = await session.context.newPage();
    await b.goto(session.baseUrl);
    await startKarachi(b);
    const listB = await openSaves(b, 'Save game');
    await listB.getByRole('textbox', { name: 'Name' }).fill('Theirs');
    await listB.getByRole('button', { name: 'Save to a new slot' }).click();
    await expect.poll(() => slotNames(listB)).toEqual(['Theirs', 'Mine']);

    // Tab A's open list shows it without being reopened.
    await expect.poll(() => slotNames(listA)).toEqual(['Theirs', 'Mine']);

    // A starts deleting "Mine"; meanwhile B renames it. A's confirmation is refused.
    await slot(listA, 'Mine').getByRole('button', { name: 'Delete' }).click();
    await slot(listB, 'Mine').getByRole('button', { name: 'Rename' }).click();
    await listB.getByRole('textbox', { name: 'New name for “Mine”' }).fill('Mine, renamed in B');
    await listB.getByRole('button', { name: 'Save name' }).click();
    await expect.poll(() => slotNames(listB)).toEqual(['Theirs', 'Mine, renamed in B']);
    await listA.getByRole('button', { name: 'Confirm delete' }).click();
    await listA
      .getByRole('alert')
      .filter({
        hasText: 'was changed in another tab after this list was shown, so nothing was done',
      })
      .waitFor();
    await expect.poll(() => slotNames(listA)).toEqual(['Theirs', 'Mine, renamed in B']);

    // Deleting it now removes that slot, not the one that took its old place in the list.
    await slot(listA, 'Mine, renamed in B').getByRole('button', { name: 'Delete' }).click();
    await listA.getByRole('button', { name: 'Confirm delete' }).click();
    await expect.poll(() => slotNames(listA)).toEqual(['Theirs']);
    await expect.poll(() => slotNames(listB)).toEqual(['Theirs']);

    // A confirmation open on a slot that B then deletes closes, and says why.
    await slot(listA, 'Theirs').getByRole('button', { name: 'Delete' }).click();
    await slot(listB, 'Theirs').getByRole('button', { name: 'Delete' }).click();
    await listB.getByRole('button', { name: 'Confirm delete' }).click();
    await listA
      .getByRole('alert')
      .filter({ hasText: '“Theirs” was deleted in another tab.' })
      .waitFor();
    expect(await listA.getByRole('button', { name: 'Confirm delete' }).count()).toBe(0);
    await b.close();
  });

  it('a tampered autosave is refused on the title screen, like a slot, and kept as it was', async () => {
    const session = await sessions.open({ reducedMotion: true });
    const { page } = session;
    const save = JSON.parse(saveText('Autosave', 3)) as { weeks: { decisions: unknown[] }[] };
    save.weeks[1]!.decisions = [];
    const tampered = JSON.stringify(save);
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key!, value!),
      [AUTOSAVE_KEY, tampered],
    );
    await page.reload();
    await page
      .getByText(/The autosave could not be restored: it has been altered or damaged \(week 2/)
      .waitFor();
    expect(await page.getByRole('button', { name: /^Continue/ }).count()).toBe(0);
    expect(await page.evaluate((key) => localStorage.getItem(key), AUTOSAVE_KEY)).toBe(tampered);
  });
});
