/**
 * Notes pinned to weeks, in real headless Chromium: pinned, edited and deleted (after a
 * confirmation) in the replay of a save slot and still there when the replay is opened again, with
 * the slot's weeks and fingerprints unchanged; pinned while playing and carried by the autosave
 * (through a reload), an exported file imported back and a share link; and a hostile note from a
 * file shown as text.
 */
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { balancedStrategy, playGame } from '../../src/engine/strategies';
import { SAVE_VERSION, makeSave, serialiseSave } from '../../src/persistence/save-format';
import {
  autosaveOfThisTab,
  openSaves,
  screenshot,
  seriousViolations,
  useSessions,
} from './browser';

const sessions = useSessions();

interface StoredSave {
  version: number;
  weeks: { decisions: unknown[]; fingerprint: string }[];
  notes: { week: number; text: string }[];
  meta: { name: string };
}

async function open(): Promise<Page> {
  const session = await sessions.open({ reducedMotion: true });
  return session.page;
}

async function startKarachi(page: Page, weeks: number): Promise<void> {
  await page.getByRole('button', { name: 'New game', exact: true }).click();
  await page.getByRole('radio', { name: /Karachi aftermath/ }).check();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByText('Week 1 of 12').waitFor();
  await page.getByRole('button', { name: 'Convene the apex committee', exact: true }).click();
  for (let week = 1; week <= weeks; week++) {
    await page.getByRole('button', { name: 'End week', exact: true }).click();
    await page.getByText(`Week ${week + 1} of 12`).waitFor();
  }
}

/** The saves the slots keep (each list entry holds its slot's id beside the save). */
async function storedSlots(page: Page): Promise<StoredSave[]> {
  const text = await page.evaluate('localStorage.getItem("frontier-crisis/slots")');
  return (JSON.parse(String(text)) as { save: StoredSave }[]).map((entry) => entry.save);
}

async function autosave(page: Page): Promise<StoredSave> {
  const text = await autosaveOfThisTab(page);
  return JSON.parse(String(text)) as StoredSave;
}

async function selectWeek(page: Page, week: number): Promise<void> {
  const jump = page.getByRole('spinbutton', { name: 'Jump to week' });
  await jump.fill(String(week));
  await jump.press('Enter');
  await expect.poll(() => page.getByRole('slider', { name: 'Turn' }).inputValue()).toBe(`${week}`);
}

function notesPanel(page: Page): Locator {
  return page.getByRole('region', { name: /^Notes on / });
}

async function pinNote(page: Page, text: string): Promise<void> {
  const panel = notesPanel(page);
  await panel.getByRole('textbox', { name: /^New note on / }).fill(text);
  await panel.getByRole('button', { name: 'Pin note', exact: true }).click();
  await panel.getByRole('status').filter({ hasText: 'Note pinned to' }).waitFor();
}

function marks(page: Page): Locator {
  return page.getByRole('group', { name: 'Weeks with notes' });
}

describe('notes pinned to weeks', () => {
  it('pins, edits and deletes notes in the replay of a slot; they stay with the slot', async () => {
    const page = await open();
    await startKarachi(page, 3);
    let dialog = await openSaves(page, 'Save game');
    await dialog.getByRole('button', { name: 'Save to a new slot' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Main menu', exact: true }).click();
    const before = (await storedSlots(page))[0]!;
    expect(before.notes).toEqual([]);

    dialog = await openSaves(page, 'Load game');
    await dialog.getByRole('button', { name: 'Replay', exact: true }).click();
    await page.getByRole('slider', { name: 'Turn' }).waitFor();
    expect(await marks(page).innerText()).toMatch(/none yet/);

    await selectWeek(page, 2);
    await notesPanel(page).getByRole('heading', { name: 'Notes on week 2' }).waitFor();
    await pinNote(page, 'The apex committee met; nothing moved yet.');
    await selectWeek(page, 0);
    await pinNote(page, 'Plan: talk first,\nstrike only with proof.');
    await marks(page).getByRole('button', { name: 'Week 2', exact: true }).waitFor();
    await marks(page).getByRole('button', { name: 'Opening', exact: true }).waitFor();
    let stored = (await storedSlots(page))[0]!;
    expect(stored.notes).toEqual([
      { week: 0, text: 'Plan: talk first,\nstrike only with proof.' },
      { week: 2, text: 'The apex committee met; nothing moved yet.' },
    ]);
    expect(stored.weeks).toEqual(before.weeks);
    expect(stored.meta.name).toBe(before.meta.name);
    await screenshot(page, '32-replay-notes-opening');
    expect(await seriousViolations(page)).toEqual([]);

    // Close, reopen: the notes are there, and the marks jump to their weeks.
    await page.getByRole('button', { name: 'Close replay', exact: true }).click();
    dialog = await openSaves(page, 'Load game');
    await dialog.getByRole('button', { name: 'Replay', exact: true }).click();
    await marks(page).getByRole('button', { name: 'Week 2', exact: true }).click();
    await expect.poll(() => page.getByRole('slider', { name: 'Turn' }).inputValue()).toBe('2');
    const panel = notesPanel(page);
    await panel.getByText('The apex committee met; nothing moved yet.').waitFor();
    await screenshot(page, '33-replay-notes-week');

    // Edit, then delete after confirming (Cancel first: nothing goes).
    await panel.getByRole('button', { name: 'Edit', exact: true }).click();
    const field = panel.getByRole('textbox', { name: 'Edit note' });
    expect(await field.inputValue()).toBe('The apex committee met; nothing moved yet.');
    await field.fill('Edited: the committee met twice.');
    await panel.getByRole('button', { name: 'Save note', exact: true }).click();
    await panel.getByText('Edited: the committee met twice.').waitFor();
    stored = (await storedSlots(page))[0]!;
    expect(stored.notes[1]).toEqual({ week: 2, text: 'Edited: the committee met twice.' });

    await panel.getByRole('button', { name: 'Delete', exact: true }).click();
    await panel.getByText('Delete this note for good?').waitFor();
    await screenshot(page, '34-replay-notes-delete');
    await panel.getByRole('button', { name: 'Cancel', exact: true }).click();
    expect((await storedSlots(page))[0]!.notes).toHaveLength(2);
    await panel.getByRole('button', { name: 'Delete', exact: true }).click();
    await panel.getByRole('button', { name: 'Confirm delete', exact: true }).click();
    await panel.getByText('No notes on week 2.').waitFor();
    stored = (await storedSlots(page))[0]!;
    expect(stored.notes).toEqual([{ week: 0, text: 'Plan: talk first,\nstrike only with proof.' }]);
    expect(stored.weeks).toEqual(before.weeks);
    expect(await marks(page).getByRole('button').allInnerTexts()).toEqual(['Opening']);
  });

  it('a note pinned while playing goes into the autosave, an export, an import and a link', async () => {
    const page = await open();
    await startKarachi(page, 2);
    await page.getByRole('tab', { name: 'Report' }).click();
    await notesPanel(page).getByRole('heading', { name: 'Notes on week 2' }).waitFor();
    await pinNote(page, 'Pinned while playing week 3.');
    await expect
      .poll(async () => (await autosave(page)).notes)
      .toEqual([{ week: 2, text: 'Pinned while playing week 3.' }]);
    await screenshot(page, '35-game-notes');

    // A reload and Continue bring the note back with the game.
    await page.reload();
    await page.getByRole('button', { name: /^Continue: Karachi aftermath, week 3 of 12/ }).click();
    await page.getByText('Week 3 of 12').waitFor();
    await page.getByRole('tab', { name: 'Report' }).click();
    await notesPanel(page).getByText('Pinned while playing week 3.').waitFor();

    // Export the game as a file: it carries the note.
    const dialog = await openSaves(page, 'Save game');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Export file' }).click(),
    ]);
    const file = join(tmpdir(), `frontier-crisis-notes-${process.pid}.json`);
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as StoredSave;
    expect(exported.version).toBe(SAVE_VERSION);
    expect(exported.notes).toEqual([{ week: 2, text: 'Pinned while playing week 3.' }]);

    // And a link, opened in a fresh browser, carries it too.
    await dialog.getByRole('button', { name: 'Copy link' }).click();
    const link = await dialog.getByRole('textbox', { name: 'Share link' }).inputValue();
    const fresh = await open();
    await fresh.goto('about:blank');
    await fresh.goto(link);
    await fresh.getByText('Week 3 of 12').waitFor();
    await fresh.getByRole('tab', { name: 'Report' }).click();
    await notesPanel(fresh).getByText('Pinned while playing week 3.').waitFor();

    // The exported file, imported in another fresh browser and loaded: the note is back.
    const other = await open();
    const imports = await openSaves(other, 'Load game');
    await imports.locator('input[type="file"]').setInputFiles(file);
    await imports.getByRole('button', { name: 'Load', exact: true }).click();
    await other.getByText('Week 3 of 12').waitFor();
    await other.getByRole('tab', { name: 'Report' }).click();
    await notesPanel(other).getByText('Pinned while playing week 3.').waitFor();
    expect((await autosave(other)).notes).toEqual(exported.notes);
    rmSync(file, { force: true });
  });

  it('a hostile note from an imported file is shown as text', async () => {
    const options = { scenario: 'karachi', seed: 21, difficulty: 'normal' } as const;
    const weeks = playGame(options, balancedStrategy).weeks.slice(0, 2);
    const hostile = [
      '<img src=x onerror="document.title=\'pwned\'">',
      '<script>document.title="pwned"</script><b>bold?</b>',
    ];
    const made = makeSave(
      options,
      weeks,
      { name: 'Hostile notes' },
      hostile.map((text) => ({ week: 1, text })),
    );
    if (!made.ok) throw new Error(made.error);

    const page = await open();
    const dialog = await openSaves(page, 'Load game');
    await dialog.locator('input[type="file"]').setInputFiles({
      name: 'hostile.json',
      mimeType: 'application/json',
      buffer: Buffer.from(serialiseSave(made.value)),
    });
    await dialog.getByRole('button', { name: 'Keep in a slot' }).click();
    await dialog.getByRole('button', { name: 'Replay', exact: true }).click();
    await selectWeek(page, 1);
    const panel = notesPanel(page);
    const texts = panel.locator('.note__text');
    await expect.poll(() => texts.allInnerTexts()).toEqual(hostile);
    expect(await panel.locator('img, script, b').count()).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.title()).not.toBe('pwned');
    await screenshot(page, '36-replay-notes-hostile');
  });
});
