/**
 * Sound in real headless Chromium. The page's own audio state is read (its data-audio attribute
 * and the performance marks it sets for each sound it plays), never a Howler call from the test:
 * an evaluate runs with user activation and would hide the browser's autoplay lock.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, useSessions, type Session } from './browser';

const sessions = useSessions();
let session: Session | null = null;

const audioState = (page: Page) =>
  page.evaluate(() => document.documentElement.dataset.audio ?? 'none');
/** Names of the sounds the page has played so far, in order. */
const soundsPlayed = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('mark')
      .map((mark) => mark.name)
      .filter((name) => name.startsWith('frontier:sound:') || name === 'frontier:music-start')
      .map((name) => name.replace(/^frontier:(sound:)?/, '')),
  );

async function openSettings(page: Page) {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.waitFor();
  return dialog;
}

describe('sound', () => {
  it('stays silent until the first gesture, then plays the score and each cue as it happens', async () => {
    session = await sessions.open();
    const { page } = session;
    await page.getByRole('heading', { name: 'Frontier Crisis' }).waitFor();
    // The title needs no sound: nothing is loaded, nothing is queued.
    await page.waitForTimeout(500);
    expect(await audioState(page)).toBe('waiting-for-gesture');
    expect(await soundsPlayed(page)).toEqual([]);

    // The first real key press unlocks audio: the sprite loads and the context runs.
    await page.keyboard.press('Tab');
    await expect.poll(() => audioState(page), { timeout: 15_000 }).toBe('running');
    expect(await soundsPlayed(page)).toEqual([]);

    await page.getByRole('button', { name: 'New game', exact: true }).click();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByText('Week 1 of 12').waitFor();
    await expect.poll(() => soundsPlayed(page)).toEqual(['music-start']);

    await page.getByRole('button', { name: 'Convene the apex committee', exact: true }).click();
    await expect.poll(() => soundsPlayed(page)).toEqual(['music-start', 'choose']);
    await page.getByRole('button', { name: /^Undo Convene the apex committee/ }).click();
    await expect.poll(() => soundsPlayed(page)).toEqual(['music-start', 'choose', 'undo']);
    await page.getByRole('button', { name: 'End week', exact: true }).click();
    await expect.poll(async () => (await soundsPlayed(page))[3]).toBe('end-week');
  });

  it('remembers music and effects volumes and mute across a reload; mute silences cues', async () => {
    session = await sessions.open();
    const { page } = session;
    let dialog = await openSettings(page);
    await expectAccessible(page, 'settings with sound');
    await dialog.getByRole('slider', { name: 'Music volume' }).fill('30');
    await dialog.getByRole('slider', { name: 'Effects volume' }).fill('70');
    await dialog.getByRole('checkbox', { name: 'Mute all sound' }).check();
    await page.keyboard.press('Escape');

    await page.reload();
    dialog = await openSettings(page);
    expect(await dialog.getByRole('slider', { name: 'Music volume' }).inputValue()).toBe('30');
    expect(await dialog.getByRole('slider', { name: 'Effects volume' }).inputValue()).toBe('70');
    expect(await dialog.getByRole('checkbox', { name: 'Mute all sound' }).isChecked()).toBe(true);
    await page.keyboard.press('Escape');

    // Muted: audio unlocks on the gesture, yet neither the score nor a cue plays.
    await page.getByRole('button', { name: 'New game', exact: true }).click();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByText('Week 1 of 12').waitFor();
    await expect.poll(() => audioState(page), { timeout: 15_000 }).toBe('running');
    await page.getByRole('button', { name: 'Convene the apex committee', exact: true }).click();
    await page.waitForTimeout(500);
    expect(await soundsPlayed(page)).toEqual([]);
  });
});
