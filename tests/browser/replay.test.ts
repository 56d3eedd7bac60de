/**
 * The replay viewer, in real headless Chromium: play three weeks, open "Replay this game" from the
 * Saves dialog, check the fingerprint against the autosave's record, step with the buttons and
 * the slider's arrow keys, open a past week's Why? card, play and pause, and close back to the
 * game at the same week with the autosave untouched; then replay a slot from the title screen.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { makeSave } from '../../src/persistence/save-format';
import { autosaveOfThisTab, screenshot, seriousViolations, useSessions } from './browser';

const sessions = useSessions();

interface StoredSave {
  game: { scenario: 'karachi'; seed: number; difficulty: 'normal' };
  weeks: { decisions: { response: string; target?: string }[]; fingerprint: string }[];
}

async function autosave(page: Page): Promise<string> {
  const text = await autosaveOfThisTab(page);
  if (!text) throw new Error('No autosave');
  return text;
}

async function fingerprintShown(page: Page): Promise<string> {
  return page.getByText(/^Fingerprint: /).innerText();
}

async function sliderValue(slider: Locator): Promise<string> {
  return slider.inputValue();
}

describe('replay viewer', () => {
  it('replays the current game week by week and returns to it unchanged', async () => {
    const session = await sessions.open({ reducedMotion: true });
    const { page } = session;
    await page.getByRole('button', { name: 'New game', exact: true }).click();
    await page.getByRole('radio', { name: /Karachi aftermath/ }).check();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByText('Week 1 of 12').waitFor();
    await page.getByRole('button', { name: 'Convene the apex committee', exact: true }).click();
    for (let week = 1; week <= 3; week++) {
      await page.getByRole('button', { name: 'End week', exact: true }).click();
      await page.getByText(`Week ${week + 1} of 12`).waitFor();
    }

    // The save's recorded fingerprints, and the same computed in Node from the same inputs.
    const savedBefore = await autosave(page);
    const stored = JSON.parse(savedBefore) as StoredSave;
    const recorded = stored.weeks.map((w) => w.fingerprint);
    expect(recorded).toHaveLength(3);
    const inNode = makeSave(
      stored.game,
      stored.weeks.map((w) => w.decisions),
      { name: 'check' },
    );
    expect(inNode.ok && inNode.value.weeks.map((w) => w.fingerprint)).toEqual(recorded);

    await page.getByRole('button', { name: 'Save game', exact: true }).click();
    const saves = page.getByRole('dialog', { name: 'Saves' });
    await saves.getByRole('button', { name: 'Replay this game' }).click();
    await saves.waitFor({ state: 'detached' });

    const slider = page.getByRole('slider', { name: 'Turn' });
    await slider.waitFor();
    expect(await sliderValue(slider)).toBe('0');
    await page.getByText('The opening', { exact: false }).first().waitFor();

    const next = page.getByRole('button', { name: 'Next week', exact: true });
    const previous = page.getByRole('button', { name: 'Previous week', exact: true });
    await next.click();
    await next.click();
    expect(await sliderValue(slider)).toBe('2');
    expect(await fingerprintShown(page)).toBe(`Fingerprint: ${recorded[1]}`);
    await page.getByRole('heading', { name: 'Week 2 report' }).waitFor();
    await previous.click();
    expect(await fingerprintShown(page)).toBe(`Fingerprint: ${recorded[0]}`);

    // The slider by keyboard: an arrow key moves one week.
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await sliderValue(slider)).toBe('3');
    expect(await fingerprintShown(page)).toBe(`Fingerprint: ${recorded[2]}`);
    await page.keyboard.press('ArrowLeft');
    expect(await sliderValue(slider)).toBe('2');
    expect(await fingerprintShown(page)).toBe(`Fingerprint: ${recorded[1]}`);

    // A past week's Why? card.
    await page
      .getByRole('article', { name: 'Week 2 report' })
      .getByRole('button', { name: /^Why\?/ })
      .first()
      .click();
    const why = page.getByRole('dialog');
    await why.waitFor();
    expect(await why.innerText()).toContain('Week 2');
    await page.keyboard.press('Escape');
    await why.waitFor({ state: 'detached' });

    // Jump, then play and pause. At the slowest speed the three weeks take 6 s, so a busy
    // machine still finds the replay playing when it presses Pause after the first step.
    const jump = page.getByRole('spinbutton', { name: 'Jump to week' });
    await jump.fill('0');
    await jump.press('Enter');
    expect(await sliderValue(slider)).toBe('0');
    await page.getByRole('combobox', { name: 'Speed' }).selectOption({ label: '1 week per 2 s' });
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => sliderValue(slider), { timeout: 10_000 }).not.toBe('0');
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    const paused = await sliderValue(slider);
    expect(paused).not.toBe('3');
    await page.waitForTimeout(2500);
    expect(await sliderValue(slider)).toBe(paused);
    await page.getByRole('button', { name: 'Play', exact: true }).waitFor();

    await selectWeek(page, slider, 2);
    await screenshot(page, '30-replay');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Close replay', exact: true }).click();
    await page.getByText('Week 4 of 12').waitFor();
    await page.getByRole('button', { name: 'End week', exact: true }).waitFor();
    expect(await autosave(page)).toBe(savedBefore);
  });

  it('replays a saved slot from the title screen and returns there', async () => {
    const session = await sessions.open({ reducedMotion: true });
    const { page } = session;
    await page.getByRole('button', { name: 'New game', exact: true }).click();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('button', { name: 'End week', exact: true }).click();
    await page.getByRole('button', { name: 'End week', exact: true }).click();
    const recorded = (JSON.parse(await autosave(page)) as StoredSave).weeks.map(
      (w) => w.fingerprint,
    );
    await page.getByRole('button', { name: 'Save game', exact: true }).click();
    let dialog = page.getByRole('dialog', { name: 'Saves' });
    await dialog.getByRole('button', { name: 'Save to a new slot' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Main menu', exact: true }).click();

    await page.getByRole('button', { name: 'Load game', exact: true }).click();
    dialog = page.getByRole('dialog', { name: 'Saves' });
    await dialog.getByRole('button', { name: 'Replay', exact: true }).click();
    const slider = page.getByRole('slider', { name: 'Turn' });
    await slider.waitFor();
    await selectWeek(page, slider, 2);
    expect(await fingerprintShown(page)).toBe(`Fingerprint: ${recorded[1]}`);
    await page.getByRole('button', { name: 'Close replay', exact: true }).click();
    await page.getByRole('button', { name: 'New game', exact: true }).waitFor();
  });

  it('opens from the top menu, is read by the live region, and branches from a past week', async () => {
    const session = await sessions.open({ reducedMotion: true });
    const { page } = session;
    await page.getByRole('button', { name: 'New game', exact: true }).click();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByText('Week 1 of 12').waitFor();
    for (let week = 1; week <= 2; week++) {
      await page.getByRole('button', { name: 'End week', exact: true }).click();
      await page.getByText(`Week ${week + 1} of 12`).waitFor();
    }
    // The top menu opens the replay directly; the live region reads the week on show.
    const live = page.locator('.visually-hidden[role=status]');
    await expect.poll(() => live.innerText()).toMatch(/^Week 2 report\. /);
    await page
      .getByRole('navigation', { name: 'Game menu' })
      .getByRole('button', { name: 'Replay', exact: true })
      .click();
    await expect
      .poll(() => live.innerText())
      .toMatch(/^Replay of .+\. The opening, before the first week\.$/);
    await page.getByRole('button', { name: 'Next week', exact: true }).click();
    await page.getByText(/^After week 1 /).waitFor();
    await expect.poll(() => live.innerText()).toMatch(/^Replay of .+\. Week 1 report\. /);
    await page.getByRole('button', { name: 'Branch from this week', exact: true }).click();
    await page.getByText('Week 2 of 12').waitFor();
    await page.getByText(/branch of .+ after week 1/).waitFor();
    await screenshot(page, '31-branch');
    // The branch is the running game now: it is autosaved with where it came from.
    const saved = JSON.parse(await autosave(page)) as {
      meta: { branchOf?: { week: number } };
      weeks: unknown[];
    };
    expect(saved.weeks).toHaveLength(1);
    expect(saved.meta.branchOf?.week).toBe(1);
  });
});

async function selectWeek(page: Page, slider: Locator, week: number): Promise<void> {
  const jump = page.getByRole('spinbutton', { name: 'Jump to week' });
  await jump.fill(String(week));
  await jump.press('Enter');
  await expect.poll(() => sliderValue(slider)).toBe(String(week));
}
