/**
 * Keeping games, in real headless Chromium: named slots (save, reload, load from the title screen,
 * rename, delete with confirmation), a file exported and imported back, a game shared as a link and
 * opened in a fresh browser, and bad files and links refused with a clear message while everything
 * already saved stays. The Saves dialog is checked with axe-core and screenshotted.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openSaves, savedGames, screenshot, seriousViolations, useSessions } from './browser';

const sessions = useSessions();

async function open(): Promise<Page> {
  const session = await sessions.open({ reducedMotion: true });
  return session.page;
}

async function startKarachi(page: Page, weeks: number) {
  await page.getByRole('button', { name: 'New game', exact: true }).click();
  await page.getByRole('radio', { name: /Karachi aftermath/ }).check();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByText('Week 1 of 12').waitFor();
  for (let week = 1; week <= weeks; week++) {
    await page.getByRole('button', { name: 'End week', exact: true }).click();
    await page.getByText(`Week ${week + 1} of 12`).waitFor();
  }
}

function slot(dialog: Locator, name: string): Locator {
  return savedGames(dialog).getByRole('listitem').filter({ hasText: name });
}

describe('keeping games', () => {
  it('saves to a named slot, loads it after a reload, renames it and deletes it', async () => {
    const page = await open();
    await startKarachi(page, 2);

    let dialog = await openSaves(page, 'Save game');
    const name = dialog.getByRole('textbox', { name: 'Name' });
    expect(await name.inputValue()).toBe('Karachi aftermath — week 3');
    await dialog.getByRole('button', { name: 'Save to a new slot' }).click();
    await dialog
      .getByRole('status')
      .filter({ hasText: 'Saved “Karachi aftermath — week 3”.' })
      .waitFor();
    await expect.poll(() => slot(dialog, 'Karachi aftermath — week 3').count()).toBe(1);
    expect(await slot(dialog, 'Karachi aftermath — week 3').innerText()).toMatch(
      /Karachi aftermath · week 3 of 12 · .* · saved \d+ \w+ 20\d\d/,
    );
    await screenshot(page, '20-saves-dialog');
    expect(await seriousViolations(page)).toEqual([]);

    // Keyboard: Tab reaches the slot's buttons; Escape closes the dialog.
    await slot(dialog, 'Karachi aftermath — week 3').getByRole('button', { name: 'Load' }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Overwrite');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // Play on a week, then load the slot from the title screen after a reload.
    await page.getByRole('button', { name: 'End week', exact: true }).click();
    await page.getByText('Week 4 of 12').waitFor();
    await page.reload();
    dialog = await openSaves(page, 'Load game');
    await expect(dialog.getByRole('button', { name: 'Save to a new slot' }).count()).resolves.toBe(
      0,
    );
    await screenshot(page, '21-saves-from-title');
    expect(await seriousViolations(page)).toEqual([]);
    await slot(dialog, 'Karachi aftermath — week 3').getByRole('button', { name: 'Load' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Week 3 of 12').waitFor();

    // Play on a week and overwrite the slot (after confirming) with the game as it is now.
    await page.getByRole('button', { name: 'End week', exact: true }).click();
    await page.getByText('Week 4 of 12').waitFor();
    dialog = await openSaves(page, 'Save game');
    await slot(dialog, 'Karachi aftermath — week 3')
      .getByRole('button', { name: 'Overwrite' })
      .click();
    await slot(dialog, 'Karachi aftermath — week 3')
      .getByRole('button', { name: 'Confirm overwrite' })
      .click();
    await expect
      .poll(() => slot(dialog, 'Karachi aftermath — week 3').innerText())
      .toMatch(/week 4 of 12/);

    // Rename inline, with a hostile name that must stay text; Escape leaves the rename only.
    await slot(dialog, 'Karachi aftermath — week 3')
      .getByRole('button', { name: 'Rename' })
      .click();
    const renaming = dialog.getByRole('textbox', { name: /^New name for/ });
    await expect.poll(() => renaming.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await slot(dialog, 'Karachi aftermath — week 3')
      .getByRole('button', { name: 'Rename' })
      .waitFor();
    expect(await dialog.isVisible()).toBe(true);
    await slot(dialog, 'Karachi aftermath — week 3')
      .getByRole('button', { name: 'Rename' })
      .click();
    const rename = dialog.getByRole('textbox', { name: /^New name for/ });
    await expect.poll(() => rename.evaluate((el) => el === document.activeElement)).toBe(true);
    await rename.fill('<img src=x onerror=alert(1)>');
    await screenshot(page, '22-saves-rename');
    await page.keyboard.press('Enter');
    await expect.poll(() => slot(dialog, '<img src=x onerror=alert(1)>').count()).toBe(1);
    expect(await page.locator('img').count()).toBe(0);

    // Storage full: saving says so, and the slot already kept stays.
    // (Simulated: filling real storage to its quota is slow and varies by profile.)
    await page.evaluate(() => {
      const setItem = Storage.prototype.setItem;
      (globalThis as { realSetItem?: typeof setItem }).realSetItem = setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        throw new DOMException(`no room for ${key} (${value.length})`, 'QuotaExceededError');
      };
    });
    await dialog.getByRole('button', { name: 'Save to a new slot' }).click();
    await expect
      .poll(() => dialog.getByRole('alert').innerText())
      .toMatch(/^Browser storage is full, so the game was not saved\. Your other saves are kept/);
    expect(await savedGames(dialog).getByRole('listitem').count()).toBe(1);
    await page.evaluate(() => {
      const real = (globalThis as { realSetItem?: Storage['setItem'] }).realSetItem;
      if (real) Storage.prototype.setItem = real;
    });

    // Delete asks first; Cancel keeps the slot, Confirm delete removes it.
    const hostile = slot(dialog, '<img src=x onerror=alert(1)>');
    await hostile.getByRole('button', { name: 'Delete' }).click();
    await hostile.getByRole('button', { name: 'Cancel' }).click();
    await hostile.getByRole('button', { name: 'Delete' }).click();
    await hostile.getByText(/for good\? This cannot be undone/).waitFor();
    await screenshot(page, '23-saves-confirm-delete');
    expect(await seriousViolations(page)).toEqual([]);
    await hostile.getByRole('button', { name: 'Confirm delete' }).click();
    await dialog.getByText('No saved games yet.', { exact: false }).waitFor();
    expect(await savedGames(dialog).getByRole('listitem').count()).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
  });

  it('exports a file and imports it back; a tampered file is refused and changes nothing', async () => {
    const page = await open();
    await startKarachi(page, 1);
    const dialog = await openSaves(page, 'Save game');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Export file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('frontier-crisis-karachi-week-2.json');
    const file = join(tmpdir(), `frontier-crisis-export-${process.pid}.json`);
    await download.saveAs(file);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as {
      format: string;
      weeks: { fingerprint: string }[];
      meta: { name: string; createdAt: string };
    };
    expect(saved.format).toBe('frontier-crisis-save');
    expect(saved.weeks).toHaveLength(1);
    expect(saved.meta.name).toBe('Karachi aftermath — week 2');
    expect(saved.meta.createdAt).toMatch(/^20\d\d-\d\d-\d\dT/);

    // A tampered copy (and a truncated one) is refused with its reason; nothing is kept.
    const input = dialog.locator('input[type="file"]');
    const tampered = structuredClone(saved);
    tampered.weeks[0]!.fingerprint = '0123456789abcdef';
    await input.setInputFiles({
      name: 'tampered.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(tampered)),
    });
    await expect
      .poll(() => dialog.getByRole('alert').innerText())
      .toMatch(/“tampered\.json” cannot be imported\. .*altered or damaged: week 1/);
    await input.setInputFiles({
      name: 'cut.json',
      mimeType: 'application/json',
      buffer: Buffer.from(readFileSync(file, 'utf8').slice(0, 200)),
    });
    await expect
      .poll(() => dialog.getByRole('alert').innerText())
      .toMatch(/“cut\.json” cannot be imported\. .*not valid JSON \(it may be truncated/);
    await screenshot(page, '24-saves-import-refused');
    expect(await savedGames(dialog).getByRole('listitem').count()).toBe(0);

    // The real file, through the Import file button: keep it in a slot, then load it.
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      dialog.getByRole('button', { name: 'Import file' }).click(),
    ]);
    await chooser.setFiles(file);
    await dialog.getByRole('button', { name: 'Keep in a slot' }).click();
    await expect.poll(() => slot(dialog, 'Karachi aftermath — week 2').count()).toBe(1);
    await input.setInputFiles(file);
    await dialog.getByRole('button', { name: 'Keep in a slot' }).waitFor();
    await screenshot(page, '25-saves-imported');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // Play on, then load the imported file: back to week 2.
    await page.getByRole('button', { name: 'End week', exact: true }).click();
    await page.getByText('Week 3 of 12').waitFor();
    const again = await openSaves(page, 'Save game');
    await again.locator('input[type="file"]').setInputFiles(file);
    await again.getByRole('button', { name: 'Load', exact: true }).last().click();
    await again.waitFor({ state: 'detached' });
    await page.getByText('Week 2 of 12').waitFor();
    writeFileSync(file, '');
  });

  it('shares a game as a link that opens on the same week in a fresh browser; a bad link says why', async () => {
    const page = await open();
    await startKarachi(page, 2);
    const dialog = await openSaves(page, 'Save game');
    await dialog.getByRole('button', { name: 'Copy link' }).click();
    const field = dialog.getByRole('textbox', { name: 'Share link' });
    await field.waitFor();
    const link = await field.inputValue();
    expect(link).toMatch(/^http:\/\/[^#]+#save=1\.[A-Za-z0-9_-]+$/);
    await screenshot(page, '26-saves-share-link');

    const fresh = await open();
    await fresh.goto('about:blank');
    await fresh.goto(link);
    await fresh.getByText('Week 3 of 12').waitFor();
    await expect.poll(() => fresh.evaluate(() => location.hash)).toBe('');
    await fresh.getByRole('tab', { name: 'Log' }).click();
    await expect.poll(() => fresh.getByText(/^Week 2: /).count()).toBe(1);

    // A cut-off link, then a mangled one: refused on the title screen; the game opened from
    // the good link is still there to continue.
    const base = link.slice(0, link.indexOf('#'));
    await fresh.goto('about:blank');
    await fresh.goto(link.slice(0, link.length - 40));
    await expect
      .poll(() => fresh.getByRole('alert').innerText())
      .toMatch(/This game link is incomplete: it was probably cut off/);
    await screenshot(fresh, '27-bad-share-link');
    await fresh
      .getByRole('button', { name: /^Continue: Karachi aftermath, week 3 of 12/ })
      .waitFor();
    await fresh.goto(`${base}#save=9.abc`);
    await expect
      .poll(() => fresh.getByRole('alert').innerText())
      .toMatch(/made by a newer version of Frontier Crisis \(link format 9/);
  });
});
