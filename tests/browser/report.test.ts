/**
 * The week's report as a player reads it, in real headless Chromium: a three-line digest on top,
 * the actors who only watched folded under one line, every left tab keeping its own scroll
 * position, and each new week's report opening at its top.
 */
import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, endWeekAndWait, useSessions, type Session } from './browser';
import type { Page } from 'playwright-core';

const sessions = useSessions();
let session: Session | null = null;

const panelBody = (page: Page) => page.getByRole('tabpanel');
const scrollTop = (page: Page) => panelBody(page).evaluate((el) => Math.round(el.scrollTop));
const scrollTo = (page: Page, top: number) =>
  panelBody(page).evaluate((el, y) => {
    el.scrollTop = y;
    el.dispatchEvent(new Event('scroll'));
    return Math.round(el.scrollTop);
  }, top);

describe('the week report', () => {
  it.each([
    { width: 1366, height: 768 },
    { width: 768, height: 1024 },
  ])('reads in brief and keeps each tab’s place at $width×$height', async (size) => {
    session = await sessions.open({ reducedMotion: true, ...size });
    const { page } = session;
    await page.getByRole('button', { name: 'New game', exact: true }).click();
    await page.getByRole('radio', { name: /Seven camps/ }).check();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page
      .getByText(/^Week 1 of/)
      .first()
      .waitFor();
    for (let week = 1; week <= 3; week++) await endWeekAndWait(page, week);

    const digest = page.getByRole('list', { name: 'The week in brief' });
    const lines = await digest.getByRole('listitem').allInnerTexts();
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/militant attack|strike/);
    expect(lines[2]).toMatch(/^The ladder/);

    await screenshot(page, `report-digest-${size.width}x${size.height}`);

    // Those who only watched are folded; opening the line shows their Why? buttons.
    const watched = page.locator('.reactions__watched').first();
    await expect(watched.locator('summary').innerText()).resolves.toMatch(/only watched: /);
    const whys = watched.getByRole('button', { name: /^Why\?/ });
    expect(await whys.first().isVisible()).toBe(false);
    await watched.locator('summary').click();
    expect(await whys.first().isVisible()).toBe(true);
    await expectAccessible(page, 'the week report with its digest');

    // Each tab keeps its own place.
    const reportAt = await scrollTo(page, 120);
    expect(reportAt).toBeGreaterThan(0);
    await page.getByRole('tab', { name: 'Log' }).click();
    expect(await scrollTop(page)).toBe(0);
    const logAt = await scrollTo(page, 260);
    expect(logAt).toBeGreaterThan(0);
    await page.getByRole('tab', { name: 'Report' }).click();
    expect(await scrollTop(page)).toBe(reportAt);
    await page.getByRole('tab', { name: 'Log' }).click();
    expect(await scrollTop(page)).toBe(logAt);

    // A new week's report opens at its top.
    await page.getByRole('tab', { name: 'Report' }).click();
    await scrollTo(page, 120);
    await endWeekAndWait(page, 4);
    expect(await page.getByRole('tab', { name: 'Report' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(await scrollTop(page)).toBe(0);
  });
});
