/**
 * Where the keyboard focus goes, in real headless Chromium: back to the control that opened a
 * dialog when it closes (by Escape or by its Close button), into the new-game form and back to
 * "New game" on Back, into the week's panel after Start; the skip links come first and land on
 * the decisions and on the map's places; Escape cancels choosing a target and gives the focus
 * back to the response that asked for it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, useSessions, type Session } from './browser';

const sessions = useSessions();
let session: Session | null = null;

/** The focused element, as a test reads it: its role-ish tag, name and a few attributes. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      text: (element?.getAttribute('aria-label') ?? element?.textContent ?? '')
        .replace(/\s+/g, ' ')
        .trim(),
      id: element?.id ?? '',
      role: element?.getAttribute('role') ?? '',
      checked: (element as HTMLInputElement | null)?.checked ?? false,
      inPlaces: element?.closest('[aria-label="Places on the map"]') !== null,
    };
  });
}

async function tabTo(page: Page, text: string, limit = 150): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if ((await focused(page)).text === text) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached “${text}”`);
}

/** Presses Shift+Tab until the focused control's text is `text`: backwards through the page. */
async function shiftTabTo(page: Page, text: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if ((await focused(page)).text === text) return;
    await page.keyboard.press('Shift+Tab');
  }
  throw new Error(`Shift+Tab never reached “${text}”`);
}

describe('the keyboard focus', () => {
  it('returns to what opened a dialog, follows the title’s steps and lands in the game', async () => {
    session = await sessions.open({ reducedMotion: true });
    const { page } = session;
    await page.getByRole('heading', { name: 'Frontier Crisis' }).waitFor();

    // A dialog closed by Escape, and one closed by its Close button.
    await tabTo(page, 'Settings');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Settings' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(async () => (await focused(page)).text).toBe('Settings');
    await tabTo(page, 'How to play');
    await page.keyboard.press('Enter');
    const help = page.getByRole('dialog', { name: 'How to play' });
    await help.waitFor();
    await help.getByRole('button', { name: 'Close', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(async () => (await focused(page)).text).toBe('How to play');

    // New game: into the form on its chosen scenario; Back returns to "New game".
    await tabTo(page, 'New game');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Start', exact: true }).waitFor();
    // (The focus moves in an effect after the form is drawn: wait for it.)
    await expect.poll(async () => (await focused(page)).tag).toBe('input');
    expect((await focused(page)).checked).toBe(true);
    await tabTo(page, 'Back');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Start', exact: true }).waitFor({ state: 'detached' });
    await expect.poll(async () => (await focused(page)).text).toBe('New game');

    // Start: the focus is on the week's briefing, not lost at the top of the page.
    await page.keyboard.press('Enter');
    await tabTo(page, 'Start');
    await page.keyboard.press('Enter');
    await page.getByText('Week 1 of 12').waitFor();
    await expect.poll(async () => (await focused(page)).role).toBe('tabpanel');
    expect((await focused(page)).text).toBe('Briefing');

    // A dialog of the game, and the meters' "Why?" after a week, give the focus back too.
    await tabTo(page, 'Save game');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Saves' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(async () => (await focused(page)).text).toBe('Save game');
    await page.getByRole('button', { name: 'End week', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Week 1 report' }).first().waitFor();
    const why = page.getByRole('button', { name: /Why did public pressure change\?$/ });
    await why.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Why did public pressure change?' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect
      .poll(async () => (await focused(page)).text)
      .toMatch(/Why did public pressure change\?$/);
  });

  it('skips to the decisions and the map, and Escape cancels choosing a target', async () => {
    session = await sessions.open({ reducedMotion: true });
    const { page } = session;
    await page.getByRole('button', { name: 'New game', exact: true }).click();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByText('Week 1 of 12').waitFor();
    await expect.poll(async () => (await focused(page)).role).toBe('tabpanel');

    // The skip links are the first stops of the page: backwards from the briefing, past the top
    // bar, the last two are "Skip to map" and "Skip to decisions", shown over the top bar.
    await shiftTabTo(page, 'Skip to decisions');
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).text).not.toBe('Skip to map');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Skip to decisions');
    const link = page.getByRole('button', { name: 'Skip to decisions' });
    const box = await link.boundingBox();
    expect(box && box.width > 50 && box.height > 20).toBe(true);
    await screenshot(page, 'keyboard-skip-link');
    await expectAccessible(page, 'skip link shown');
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('decisions');
    // From the decisions, the next Tab is the panel's first control, not the top of the page.
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() =>
        document.getElementById('decisions')!.contains(document.activeElement),
      ),
    ).toBe(true);

    await shiftTabTo(page, 'Skip to decisions', 150);
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Skip to map');
    await page.keyboard.press('Enter');
    expect((await focused(page)).inPlaces).toBe(true);

    // Escape while choosing a target cancels it, and the response has the focus again.
    await page.getByRole('button', { name: 'Harden police stations', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Confirm target' }).waitFor();
    await expect.poll(async () => (await focused(page)).tag).toBe('select');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Confirm target' }).waitFor({ state: 'detached' });
    await expect.poll(async () => (await focused(page)).text).toBe('Harden police stations');
    await expect(
      page.getByRole('button', { name: 'Undo Harden police stations' }).count(),
    ).resolves.toBe(0);

    // Escape on a place of the map cancels as well.
    await page.getByRole('button', { name: 'Harden police stations', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Confirm target' }).waitFor();
    await page
      .getByRole('group', { name: 'Places on the map' })
      .getByRole('button', { name: 'Lakki Marwat', exact: true })
      .focus();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Confirm target' }).waitFor({ state: 'detached' });
  });
});
