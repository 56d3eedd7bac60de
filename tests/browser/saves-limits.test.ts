/**
 * What storage cannot keep, told to the player in real headless Chromium: a game whose autosave
 * failed (storage full) is not replaced by a link or a new game unasked — the player is told what
 * was not kept, can export it first, and chooses; a game none of whose autosaves was stored
 * (storage refused) is still continued from the title, which says so; and the Saves list says how
 * many of its 50 slots are used, and what to do when all are. Screenshots at laptop, projector and
 * tablet sizes.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STRATEGIES, playGame } from '../../src/engine/strategies';
import { makeSave } from '../../src/persistence/save-format';
import { encodeShareLink } from '../../src/persistence/share-link';
import { MAX_SLOTS, SLOTS_KEY } from '../../src/persistence/slots';
import { openSaves, savedGames, screenshot, seriousViolations, useSessions } from './browser';

const sessions = useSessions();

const VIEWPORTS = [
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'projector', width: 1920, height: 1080 },
  { name: 'tablet', width: 768, height: 1024 },
] as const;

async function open(): Promise<Page> {
  const session = await sessions.open({ width: 1366, height: 768, reducedMotion: true });
  return session.page;
}

/** The week the game's top bar shows. */
function weekShown(page: Page, week: number): Locator {
  return page.locator('.topbar__week').filter({ hasText: `Week ${week} of 12` });
}

async function startKarachi(page: Page) {
  await page.getByRole('button', { name: 'New game', exact: true }).click();
  await page.getByRole('radio', { name: /Karachi aftermath/ }).check();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await weekShown(page, 1).waitFor();
}

async function endWeek(page: Page, week: number) {
  await page.getByRole('button', { name: 'End week', exact: true }).click();
  await weekShown(page, week + 1).waitFor();
}

/** Every write to storage fails as a full quota does (filling the real quota is slow). */
async function fillStorage(page: Page) {
  await page.evaluate(() => {
    Storage.prototype.setItem = function (key: string) {
      throw new DOMException(`no room for ${key}`, 'QuotaExceededError');
    };
  });
}

/** Every write to storage is refused, as a browser that blocks storage for the site refuses it. */
async function refuseStorage(page: Page) {
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });
}

/** Screenshots of the page at each of the three sizes, back at the laptop's size after. */
async function atEverySize(page: Page, name: string) {
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await screenshot(page, `${name}-${viewport.name}`);
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

function linkTo(seed: number, weeks: number, name: string): string {
  const options = { scenario: 'karachi', seed, difficulty: 'normal' } as const;
  const played = playGame(options, STRATEGIES.balanced).weeks;
  const made = makeSave(options, played.slice(0, weeks), { name });
  if (!made.ok) throw new Error(made.error);
  const link = encodeShareLink(made.value);
  if (!link.ok) throw new Error(link.error);
  return link.value;
}

/** `count` save slots as the Saves list keeps them, named apart. */
function slotsOf(count: number): string {
  const options = { scenario: 'karachi', seed: 1101, difficulty: 'normal' } as const;
  const made = makeSave(options, playGame(options, STRATEGIES.balanced).weeks.slice(0, 3), {
    name: 'Slot',
  });
  if (!made.ok) throw new Error(made.error);
  const save = made.value;
  return JSON.stringify(
    Array.from({ length: count }, (_, i) => ({
      slotId: `slot-${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`,
      save: { ...save, meta: { ...save.meta, name: `Slot ${i + 1}` } },
    })),
  );
}

describe('a game whose autosave failed', () => {
  it('is not replaced by a link or a new game unasked: the player is told, can export it, and chooses', async () => {
    const page = await open();
    await startKarachi(page);
    await endWeek(page, 1);
    await fillStorage(page);
    await endWeek(page, 2);
    await page
      .getByText(/week 3 and its notes were not autosaved\. The autosave from week 2/)
      .first()
      .waitFor();

    // A link arrives mid-play and the player chooses to open it: asked first.
    await page.evaluate(
      (hash) => {
        location.hash = hash;
      },
      linkTo(9, 4, 'Linked game'),
    );
    const offer = page.getByRole('region', { name: 'A game link' });
    await offer.getByRole('button', { name: 'Open the linked game' }).click();
    const question = page.getByRole('dialog', { name: 'This game is not fully autosaved' });
    await question.waitFor();
    expect(await question.innerText()).toMatch(/Browser storage is full/);
    expect(await question.innerText()).toMatch(
      /If another game opens now, whatever of “Karachi aftermath, week 3 of 12” the autosave did not keep is lost\./,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await atEverySize(page, '80-replace-unsaved-asked');
    await question.getByRole('button', { name: 'Keep this game' }).click();
    await question.waitFor({ state: 'detached' });
    await weekShown(page, 3).waitFor();

    // A new game from the main menu: asked again; the game is exported whole, then replaced.
    await page.getByRole('button', { name: 'Main menu', exact: true }).click();
    await page.getByRole('button', { name: 'New game', exact: true }).click();
    await page.getByRole('radio', { name: /Karachi aftermath/ }).check();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await question.waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      question.getByRole('button', { name: 'Export this game' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('frontier-crisis-karachi-week-3.json');
    await question.getByText(/^Exported as frontier-crisis-karachi-week-3\.json/).waitFor();
    await screenshot(page, '81-replace-unsaved-exported');
    await question.getByRole('button', { name: 'Open the other game' }).click();
    await weekShown(page, 1).waitFor();
    expect(await question.count()).toBe(0);
  });
  it('refused from its very first autosave, is continued from the title, which says it is not stored', async () => {
    const page = await open();
    await refuseStorage(page);
    await startKarachi(page);
    await endWeek(page, 1);
    await page.getByRole('button', { name: 'Main menu', exact: true }).click();
    const resume = page.getByRole('button', { name: 'Continue: Karachi aftermath, week 2 of 12' });
    await resume.waitFor();
    const warning = page.locator('#title-not-stored');
    expect(await warning.innerText()).toMatch(
      /^The browser refused to store anything .*, so week 2 and its notes were not autosaved\. This game has no autosave: export the game as a file/,
    );
    expect(await resume.getAttribute('aria-describedby')).toBe('title-not-stored');
    // Said once, beside Continue, not again as the page's notice.
    expect(await page.getByText(/refused to store anything/).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await atEverySize(page, '82-title-continue-not-stored');
    await resume.click();
    await weekShown(page, 2).waitFor();
  });
});

describe('the saved games list', () => {
  it('says how many of its 50 slots are used, and what to do when all are', async () => {
    const page = await open();
    await page.evaluate(
      ([key, slots]) => localStorage.setItem(key!, slots!),
      [SLOTS_KEY, slotsOf(MAX_SLOTS)],
    );
    await page.reload();
    await startKarachi(page);
    await endWeek(page, 1);
    const dialog = await openSaves(page, 'Save game');
    await dialog.getByText(`All ${MAX_SLOTS} slots are in use`, { exact: false }).first().waitFor();
    expect(await dialog.innerText()).toContain(`${MAX_SLOTS} of ${MAX_SLOTS} slots used`);
    expect(await seriousViolations(page)).toEqual([]);
    await atEverySize(page, '82-saves-all-slots-used');

    // Saving to a new slot is refused with the way out; saving over one works.
    await dialog.getByRole('button', { name: 'Save to a new slot' }).click();
    await expect
      .poll(() => dialog.getByRole('alert').innerText())
      .toMatch(/^There are already 50 saved games, the most this browser keeps\./);
    const first = savedGames(dialog).getByRole('listitem').filter({ hasText: 'Slot 1' }).first();
    await first.getByRole('button', { name: 'Delete' }).click();
    await first.getByRole('button', { name: 'Confirm delete' }).click();
    await expect.poll(() => dialog.innerText()).toContain(`49 of ${MAX_SLOTS} slots used`);
    expect(
      await dialog.getByText(`All ${MAX_SLOTS} slots are in use`, { exact: false }).count(),
    ).toBe(0);
    await dialog.getByRole('button', { name: 'Save to a new slot' }).click();
    await expect
      .poll(() => dialog.innerText())
      .toContain(`${MAX_SLOTS} of ${MAX_SLOTS} slots used`);
  });
});
