/**
 * The map on a touch screen (a tablet at 1024×768 with `hasTouch`): tapping a place shows its card
 * and the card stays (a lifted finger is not the pointer leaving), tapping another place shows
 * that one, and tapping the map outside every place puts the card away.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Point } from '../../src/map/geometry';
import { MAP } from '../../src/map/geometry';
import { screenshot, useSessions, type Session } from './browser';

const sessions = useSessions();
let session: Session | null = null;

/** Where a point of the map space is on the page. */
async function onPage(page: Page, [x, y]: Point) {
  const box = (await page.locator('.map-view__canvas canvas').boundingBox())!;
  return { x: box.x + (x / MAP.width) * box.width, y: box.y + (y / MAP.height) * box.height };
}

/** Lets the map run a few frames (input is handled in Phaser's game step). */
function frames(page: Page, count = 10): Promise<void> {
  return page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        const step = (left: number) =>
          left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1));
        step(n);
      }),
    count,
  );
}

describe('the map on a touch screen', () => {
  it('shows a tapped place’s card and keeps it until another tap', async () => {
    session = await sessions.open({ width: 1024, height: 768, hasTouch: true });
    const { page } = session;
    await page.getByRole('button', { name: 'New game', exact: true }).tap();
    await page.getByRole('radio', { name: /Karachi aftermath/ }).check();
    await page.getByRole('button', { name: 'Start', exact: true }).tap();
    await page.getByText('Week 1 of 12').waitFor();
    await page.locator('.map-view__canvas canvas').waitFor();

    const bannu = await onPage(page, MAP.districts.bannu.anchor);
    await page.touchscreen.tap(bannu.x, bannu.y);
    const card = page.getByRole('complementary', { name: 'Bannu' });
    await card.waitFor();
    await frames(page);
    expect(await card.isVisible()).toBe(true);
    await screenshot(page, 'touch-tap-card-1024x768');

    const zhob = await onPage(page, MAP.districts.zhob.anchor);
    await page.touchscreen.tap(zhob.x, zhob.y);
    await page.getByRole('complementary', { name: 'Zhob' }).waitFor();
    await frames(page);
    expect(await card.count()).toBe(0);

    // The sea in the south-west corner of the map is no place.
    const sea = await onPage(page, [12, MAP.height - 12]);
    await page.touchscreen.tap(sea.x, sea.y);
    await expect.poll(() => page.locator('.place-card').count()).toBe(0);
  });
});
