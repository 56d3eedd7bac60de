import { describe, expect, it } from 'vitest';
import { MAP } from '../../src/map/geometry';
import {
  MAX_VIEW_ZOOM,
  MapCamera,
  WHOLE_MAP,
  clampView,
  panBy,
  reveal,
  visibleRect,
  zoomAbout,
} from '../../src/map/map-camera';

describe('the map’s view', () => {
  it('never shows anything outside the map, at any zoom', () => {
    expect(clampView({ zoom: 0.5, x: -100, y: 5000 })).toEqual(WHOLE_MAP);
    const view = clampView({ zoom: 2, x: 0, y: 0 });
    const shown = visibleRect(view);
    expect(shown).toEqual({ x: 0, y: 0, width: MAP.width / 2, height: MAP.height / 2 });
    expect(clampView({ zoom: 99, x: 500, y: 460 }).zoom).toBe(MAX_VIEW_ZOOM);
    const panned = visibleRect(panBy(view, 10_000, 10_000));
    expect(panned.x + panned.width).toBe(MAP.width);
    expect(panned.y + panned.height).toBe(MAP.height);
  });

  it('zooms about a point, keeping it where it was on screen', () => {
    const at: [number, number] = [700, 300];
    const before = visibleRect(WHOLE_MAP);
    const view = zoomAbout(WHOLE_MAP, 2, at);
    const after = visibleRect(view);
    expect((at[0] - after.x) / after.width).toBeCloseTo((at[0] - before.x) / before.width, 9);
    expect((at[1] - after.y) / after.height).toBeCloseTo((at[1] - before.y) / before.height, 9);
    // Zooming out past the whole map stops at it.
    expect(zoomAbout(view, 0.1, at)).toEqual(WHOLE_MAP);
  });

  it('pans a place just into view, and leaves the view alone when it is in it', () => {
    const view = clampView({ zoom: 2, x: 250, y: 230 });
    expect(reveal(view, [250, 230], 60)).toBe(view);
    const moved = visibleRect(reveal(view, [900, 230], 60));
    expect(moved.x + moved.width).toBeCloseTo(960, 9);
    expect(moved.y).toBe(visibleRect(view).y);
  });

  it('tells its listeners of each move, and of the gesture settling once', () => {
    const camera = new MapCamera();
    const seen: [number, boolean][] = [];
    camera.subscribe((view, settled) => seen.push([view.zoom, settled]));
    camera.set({ zoom: 1.5, x: 500, y: 460 }, false);
    camera.set({ zoom: 2, x: 500, y: 460 }, false);
    camera.set(camera.view, true);
    camera.set(camera.view, true);
    expect(seen).toEqual([
      [1.5, false],
      [2, false],
      [2, true],
    ]);
    expect(camera.settled).toBe(true);
  });
});
