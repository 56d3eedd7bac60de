/**
 * The game screen on a tablet, landscape (1024×768) and portrait (768×1024): nothing scrolls
 * sideways, every meter's label and the ladder's rung are shown whole, the map keeps a fair share
 * of the screen, and the End week button can be reached. Also saves the laptop and desktop sizes
 * (1366×768, 1920×1080) for comparison. Screens are saved under test-results/screenshots.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { MAP } from '../../src/map/geometry';
import { expectAccessible, screenshot, useSessions, type Session } from './browser';

const sessions = useSessions();
let session: Session | null = null;

async function startKarachi(page: Page) {
  await page.getByRole('button', { name: 'New game', exact: true }).click();
  await page.getByRole('radio', { name: /Karachi aftermath/ }).check();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByText('Week 1 of 12').waitFor();
  await page.locator('.map-view__canvas canvas').waitFor();
}

interface Layout {
  scrollWidth: number;
  innerWidth: number;
  /** Each meter's label and the ladder's current rung, with the width it needs and the width it has. */
  labels: { text: string; needs: number; has: number }[];
  map: { width: number; height: number };
}

function measure(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const labels = [...document.querySelectorAll<HTMLElement>('.meter__label, .ladder__now')].map(
      (element) => ({
        text: element.textContent ?? '',
        needs: element.scrollWidth,
        has: element.clientWidth,
      }),
    );
    const map = document.querySelector('.map-view__canvas canvas')!.getBoundingClientRect();
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      labels,
      map: { width: map.width, height: map.height },
    };
  });
}

const TABLETS = [
  { name: 'landscape', width: 1024, height: 768 },
  { name: 'portrait', width: 768, height: 1024 },
] as const;

describe('the game on a tablet', () => {
  for (const size of TABLETS) {
    it(`works at ${size.width}×${size.height} (${size.name})`, async () => {
      session = await sessions.open({ width: size.width, height: size.height });
      const { page } = session;
      await startKarachi(page);
      await screenshot(page, `tablet-${size.name}-week-1`);

      const layout = await measure(page);
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.innerWidth);
      // Five meters and the ladder's rung, each shown whole rather than cut with an ellipsis.
      expect(layout.labels).toHaveLength(6);
      for (const label of layout.labels) {
        expect(label.needs, `"${label.text}" is cut`).toBeLessThanOrEqual(label.has);
      }
      if (size.name === 'landscape') {
        expect(layout.map.width).toBeGreaterThanOrEqual(size.width / 2);
      } else {
        // Portrait stacks the panels below the map, which fits its shape in the upper half of the
        // body: before this layout it had 282×258 of the screen, now about 437×400.
        expect(layout.map.width).toBeGreaterThanOrEqual(size.width * 0.55);
        expect(layout.map.height).toBeGreaterThanOrEqual(size.height * 0.375);
      }

      // A place's card, shown on pointing at it, lies wholly within the map's area.
      const canvas = (await page.locator('.map-view__canvas canvas').boundingBox())!;
      const [x, y] = MAP.districts.bannu.anchor;
      await page.mouse.move(
        canvas.x + (x / MAP.width) * canvas.width,
        canvas.y + (y / MAP.height) * canvas.height,
      );
      const card = page.getByRole('complementary', { name: 'Bannu' });
      await card.waitFor();
      const cardBox = (await card.boundingBox())!;
      const mapArea = (await page.locator('.centre__body').boundingBox())!;
      expect(cardBox.y + cardBox.height).toBeLessThanOrEqual(mapArea.y + mapArea.height);
      expect(cardBox.x + cardBox.width).toBeLessThanOrEqual(mapArea.x + mapArea.width);
      await screenshot(page, `tablet-${size.name}-place-card`);

      const endWeek = page.getByRole('button', { name: 'End week', exact: true });
      await endWeek.scrollIntoViewIfNeeded();
      await expect(endWeek.isVisible()).resolves.toBe(true);
      const box = (await endWeek.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(size.width);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(size.height);
      await screenshot(page, `tablet-${size.name}-end-week`);
      await expectAccessible(page, `game at ${size.width}×${size.height}`);

      await endWeek.click();
      await page.getByRole('heading', { name: 'Week 1 report' }).first().waitFor();
      const after = await measure(page);
      expect(after.scrollWidth).toBeLessThanOrEqual(after.innerWidth);
      for (const label of after.labels) {
        expect(label.needs, `"${label.text}" is cut after a week`).toBeLessThanOrEqual(label.has);
      }
      await screenshot(page, `tablet-${size.name}-week-1-report`);
    });
  }

  for (const size of TABLETS) {
    it(`keeps the labels whole in projector mode at ${size.width}×${size.height}`, async () => {
      session = await sessions.open({ width: size.width, height: size.height });
      const { page } = session;
      await page.getByRole('button', { name: /^Projector mode/ }).click();
      await startKarachi(page);
      await page.keyboard.press('m');
      await page.getByRole('list', { name: 'National meters' }).waitFor();
      await screenshot(page, `tablet-${size.name}-projector`);
      const layout = await measure(page);
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.innerWidth);
      expect(layout.labels).toHaveLength(6);
      for (const label of layout.labels) {
        expect(label.needs, `"${label.text}" is cut`).toBeLessThanOrEqual(label.has);
      }
    });
  }

  for (const size of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    it(`keeps the labels whole and the map wide as before at ${size.width}×${size.height}`, async () => {
      session = await sessions.open(size);
      const { page } = session;
      await startKarachi(page);
      await screenshot(page, `desktop-${size.width}-week-1`);
      const layout = await measure(page);
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.innerWidth);
      for (const label of layout.labels) {
        expect(label.needs, `"${label.text}" is cut`).toBeLessThanOrEqual(label.has);
      }
      // The three columns as before the tablet layouts: the map is 47.5% of 1366 and 55% of 1920.
      expect(layout.map.width).toBeGreaterThanOrEqual(size.width * 0.45);
    });
  }
});
