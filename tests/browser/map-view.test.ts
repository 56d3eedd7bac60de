/**
 * The map's view and layout, in real headless Chromium: zooming with the buttons, the keyboard and
 * the wheel (and Reset), pinching, panning and tapping on a touch screen, names that never overlap
 * (nor the pins' heads cover them) at every screen size and text size, and the larger text sizes
 * leaving the canvas, the key and the top bar uncut, in the game and in the replay. The scene
 * records each settled layout as a performance mark (see MapScene), which gives the names' and the
 * key's boxes. Screens are saved under test-results/screenshots.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DISTRICTS, type Decision } from '../../src/engine';
import { MAP, type Point } from '../../src/map/geometry';
import { visibleRect, type MapView } from '../../src/map/map-camera';
import { makeSave } from '../../src/persistence/save-format';
import { encodeShareLink } from '../../src/persistence/share-link';
import { expectAccessible, screenshot, useSessions } from './browser';

const sessions = useSessions();

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Layout {
  view: MapView;
  canvas: { width: number; height: number };
  names: { key: string; box: Box; shown: boolean }[];
  heads: Box[];
  legend: { box: Box; title: Box };
}

// Karachi, seed 7, a strike on the camps in Nuristan in week 1 (as in week-story.test.ts): the
// week leaves a strike's pin and two attacks' on the map.
const OPTIONS = { scenario: 'karachi', seed: 7, difficulty: 'normal' } as const;
const WEEKS: Decision[][] = [[{ response: 'strike-camps', target: 'nuristan' }]];

function linkAfterStrike(): string {
  const save = makeSave(OPTIONS, WEEKS, { name: 'A week with a strike' });
  if (!save.ok) throw new Error(save.error);
  const link = encodeShareLink(save.value);
  if (!link.ok) throw new Error(link.error);
  return `${inject('baseUrl')}${link.value}`;
}

async function startKarachi(page: Page, tap = false) {
  const press = async (name: string) => {
    const button = page.getByRole('button', { name, exact: true });
    await (tap ? button.tap() : button.click());
  };
  await press('New game');
  await page.getByRole('radio', { name: /Karachi aftermath/ }).check();
  await press('Start');
  await page.getByText('Week 1 of 12').waitFor();
  await page.locator('.map-view__canvas canvas').waitFor();
}

/** The last settled layout, once it was made for the canvas as shown now (and `zoom`, if given). */
async function settledLayout(page: Page, zoom?: number): Promise<Layout> {
  const canvas = page.locator('.map-view__canvas canvas');
  let layout: Layout | undefined;
  await expect
    .poll(async () => {
      const box = await canvas.boundingBox();
      layout = await page.evaluate(
        () =>
          (
            performance.getEntriesByName('frontier:map-layout').at(-1) as
              PerformanceMark | undefined
          )?.detail as Layout,
      );
      return (
        !!box &&
        !!layout &&
        Math.abs(layout.canvas.width - box.width) < 1 &&
        (zoom === undefined || Math.abs(layout.view.zoom - zoom) < 1e-6)
      );
    })
    .toBe(true);
  return layout!;
}

/** Where a map point is on the page, in the view given. */
async function onPage(page: Page, view: MapView, [x, y]: Point) {
  const box = (await page.locator('.map-view__canvas canvas').boundingBox())!;
  const shown = visibleRect(view);
  return {
    x: box.x + ((x - shown.x) / shown.width) * box.width,
    y: box.y + ((y - shown.y) / shown.height) * box.height,
  };
}

const overlap = (a: Box, b: Box) =>
  Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 1e-6 &&
  Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 1e-6;

/** A pin's head (a circle in its box) covers part of a box. */
function covers(head: Box, box: Box): boolean {
  const r = head.width / 2;
  const [cx, cy] = [head.x + r, head.y + r];
  const nx = Math.max(box.x, Math.min(cx, box.x + box.width));
  const ny = Math.max(box.y, Math.min(cy, box.y + box.height));
  return (nx - cx) ** 2 + (ny - cy) ** 2 < r * r;
}

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 &&
  inner.y + inner.height <= outer.y + outer.height + 0.5;

/** Every pair of shown names apart, and no pin's head on a shown name. */
function expectClear(layout: Layout, where: string) {
  const shown = layout.names.filter((n) => n.shown);
  expect(shown.length, where).toBeGreaterThan(15);
  const clashes: string[] = [];
  shown.forEach((a, i) => {
    for (const b of shown.slice(i + 1))
      if (overlap(a.box, b.box)) clashes.push(`${a.key}/${b.key}`);
    layout.heads.forEach((head, h) => {
      if (covers(head, a.box)) clashes.push(`pin ${h} on ${a.key}`);
    });
  });
  expect(clashes, where).toEqual([]);
}

async function chooseTextSize(page: Page, label: string) {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByRole('radio', { name: label }).check();
  await page.getByRole('button', { name: 'Close', exact: true }).click();
}

const zoomButton = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Map zoom' }).getByRole('button', { name, exact: true });

describe('the map’s view', () => {
  it('zooms with the buttons, the keyboard and the wheel, and Reset shows the whole map', async () => {
    const { page } = await sessions.open({ width: 1366, height: 768 });
    await startKarachi(page);
    const zoomIn = zoomButton(page, 'Zoom in');
    const zoomOut = zoomButton(page, 'Zoom out');
    const reset = zoomButton(page, 'Reset map view');
    expect((await settledLayout(page)).view.zoom).toBe(1);
    expect(await zoomOut.isDisabled()).toBe(true);
    expect(await reset.isDisabled()).toBe(true);

    await zoomIn.click();
    let layout = await settledLayout(page, 1.5);
    expect(await zoomOut.isDisabled()).toBe(false);
    // Zoomed in, a place is still found where it is drawn: its card opens under the pointer, and
    // its keyboard button stands on it.
    const bannu = await onPage(page, layout.view, MAP.districts.bannu.anchor);
    await page.mouse.move(bannu.x, bannu.y);
    await page.getByRole('complementary', { name: 'Bannu' }).waitFor();
    const button = (await page
      .getByRole('group', { name: 'Places on the map' })
      .getByRole('button', { name: 'Bannu', exact: true })
      .boundingBox())!;
    expect(Math.abs(button.x + button.width / 2 - bannu.x)).toBeLessThan(2);
    expect(Math.abs(button.y + button.height / 2 - bannu.y)).toBeLessThan(2);
    expectClear(layout, 'zoomed in at 1366×768');
    await screenshot(page, 'map-zoomed-1366x768');
    await expectAccessible(page, 'the zoomed map');

    // From the keyboard: Enter zooms in up to the limit, where the focus moves to Zoom out.
    await zoomIn.focus();
    await page.keyboard.press('Enter');
    await settledLayout(page, 2.25);
    await page.keyboard.press('Enter');
    await settledLayout(page, 3);
    expect(await zoomIn.isDisabled()).toBe(true);
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await expect.poll(focused).toBe('Zoom out');
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement!).outlineStyle,
    );
    expect(outline).toBe('solid');
    await page.keyboard.press('Enter');
    await settledLayout(page, 2);

    await reset.click();
    layout = await settledLayout(page, 1);
    expect(layout.view).toEqual({ zoom: 1, x: MAP.width / 2, y: MAP.height / 2 });
    expect(await reset.isDisabled()).toBe(true);

    // The wheel zooms about the pointer.
    const canvas = (await page.locator('.map-view__canvas canvas').boundingBox())!;
    await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
    await page.mouse.wheel(0, -200);
    await expect.poll(async () => (await settledLayout(page)).view.zoom).toBeGreaterThan(1.2);
  });

  it('pinches to zoom, pans with a finger and still taps the right place at 768×1024', async () => {
    const { page, context } = await sessions.open({ width: 768, height: 1024, hasTouch: true });
    await startKarachi(page, true);
    await settledLayout(page, 1);
    const canvas = (await page.locator('.map-view__canvas canvas').boundingBox())!;
    const [cx, cy] = [canvas.x + canvas.width / 2, canvas.y + canvas.height / 2];
    const cdp = await context.newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: [number, number][]) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: points.map(([x, y], id) => ({ x, y, id })),
      });
    // Two fingers spread from 40 px apart to 120: the map zooms in.
    await touch('touchStart', [
      [cx - 20, cy],
      [cx + 20, cy],
    ]);
    for (let step = 1; step <= 8; step++) {
      await touch('touchMove', [
        [cx - 20 - step * 5, cy],
        [cx + 20 + step * 5, cy],
      ]);
    }
    await touch('touchEnd', []);
    await expect.poll(async () => (await settledLayout(page)).view.zoom).toBeGreaterThan(2);
    let layout = await settledLayout(page);

    // One finger drags the map: the view moves and no card opens.
    const before = layout.view;
    await touch('touchStart', [[cx, cy]]);
    for (let step = 1; step <= 8; step++)
      await touch('touchMove', [[cx + step * 8, cy + step * 4]]);
    await touch('touchEnd', []);
    await expect.poll(async () => (await settledLayout(page)).view.x).toBeLessThan(before.x);
    layout = await settledLayout(page);
    expect(layout.view.y).toBeLessThanOrEqual(before.y);
    expect(await page.locator('.place-card').count()).toBe(0);

    // A tap on a place in the panned view opens that place's card.
    const target = (['bannu', 'north-waziristan', 'kurram', 'khyber', 'peshawar'] as const).find(
      (id) => {
        const [x, y] = MAP.districts[id].anchor;
        const shown = visibleRect(layout.view);
        return (
          x > shown.x + shown.width * 0.15 &&
          x < shown.x + shown.width * 0.85 &&
          y > shown.y + shown.height * 0.15 &&
          y < shown.y + shown.height * 0.85
        );
      },
    );
    expect(target).toBeDefined();
    const at = await onPage(page, layout.view, MAP.districts[target!].anchor);
    await page.touchscreen.tap(at.x, at.y);
    await page.getByRole('complementary', { name: DISTRICTS[target!].name, exact: true }).waitFor();
    expectClear(layout, 'pinched at 768×1024');
    await screenshot(page, 'map-zoomed-768x1024');
  });

  it('keeps every name clear of the others and of the pins, at every size and text size', async () => {
    const { page } = await sessions.open({ width: 768, height: 1024, url: linkAfterStrike() });
    await page.getByText('Week 2 of 12').waitFor();
    await page.locator('.map-view__canvas canvas').waitFor();
    const sizes = [
      [768, 1024],
      [1024, 768],
      [1366, 768],
      [1920, 1080],
    ] as const;
    for (const textSize of ['Normal', 'Larger (projector)']) {
      if (textSize !== 'Normal') await chooseTextSize(page, textSize);
      for (const [width, height] of sizes) {
        await page.setViewportSize({ width, height });
        const layout = await settledLayout(page);
        expect(layout.heads.length, `${width}×${height}`).toBeGreaterThan(0);
        expectClear(layout, `${width}×${height}, ${textSize} text`);
        if (width === 768) await screenshot(page, `map-names-768x1024-${textSize.split(' ')[0]}`);
      }
    }
    await screenshot(page, 'map-names-1920x1080-larger');
  });

  it('keeps the canvas, the key and the top bar uncut in the larger text sizes, and in the replay', async () => {
    const { page } = await sessions.open({ width: 1366, height: 768, url: linkAfterStrike() });
    await page.getByText('Week 2 of 12').waitFor();
    await page.locator('.map-view__canvas canvas').waitFor();
    // Chosen in the game, so the map has to make room for the strip growing above it.
    await chooseTextSize(page, 'Larger (projector)');
    const cut = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.meter__label, .ladder__now')]
          .filter((element) => element.scrollWidth > element.clientWidth)
          .map((element) => element.textContent),
      );
    for (const [width, height] of [
      [1366, 768],
      [1280, 720],
      [768, 1024],
    ] as const) {
      await page.setViewportSize({ width, height });
      const layout = await settledLayout(page);
      const boxes = await page.evaluate(() => {
        const rect = (selector: string) =>
          document.querySelector(selector)!.getBoundingClientRect();
        return {
          strip: rect('.status-strip').toJSON() as DOMRect,
          body: rect('.centre__body').toJSON() as DOMRect,
          canvas: rect('.map-view__canvas canvas').toJSON() as DOMRect,
        };
      });
      const where = `${width}×${height}`;
      // The canvas lies wholly in the map's area, clear of the strip (above it, or beside it in
      // portrait): nothing of it is hidden.
      const { canvas, strip } = boxes;
      const apart =
        canvas.top >= strip.bottom - 0.5 ||
        canvas.right <= strip.left + 0.5 ||
        canvas.left >= strip.right - 0.5;
      expect(apart, where).toBe(true);
      expect(boxes.canvas.top, where).toBeGreaterThanOrEqual(boxes.body.top - 0.5);
      expect(boxes.canvas.bottom, where).toBeLessThanOrEqual(boxes.body.bottom + 0.5);
      // The key's title inside its panel, the panel inside the map.
      expect(inside(layout.legend.title, layout.legend.box), where).toBe(true);
      const map = { x: 0, y: 0, width: MAP.width, height: MAP.height };
      expect(inside(layout.legend.box, map), `${where}: ${JSON.stringify(layout.legend)}`).toBe(
        true,
      );
      expect(await cut(), where).toEqual([]);
      await screenshot(page, `larger-text-${width}x${height}`);
    }

    // The replay's top bar in projector mode: every meter's label and the ladder's rung whole.
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByRole('checkbox', { name: /^Projector mode/ }).check();
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await page.getByRole('button', { name: 'Replay', exact: true }).click();
    await page.getByRole('button', { name: 'Close replay' }).waitFor();
    for (const [width, height] of [
      [1366, 768],
      [1920, 1080],
      [1024, 768],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.getByRole('list', { name: 'National meters' }).waitFor();
      expect(await cut(), `replay at ${width}×${height}`).toEqual([]);
      const overflow = await page.evaluate(() => {
        const bar = document.querySelector('.replay .topbar')!;
        return [...bar.children].some((child) => {
          const a = child.getBoundingClientRect();
          return [...bar.children].some((other) => {
            if (other === child) return false;
            const b = other.getBoundingClientRect();
            return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          });
        });
      });
      expect(overflow, `replay top bar at ${width}×${height}`).toBe(false);
      await screenshot(page, `replay-projector-${width}x${height}`);
    }
    await expectAccessible(page, 'the replay in projector mode');
  });
});
