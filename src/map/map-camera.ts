/**
 * Where the map is looked at: how far it is zoomed in (1 shows the whole map, as fitted to its
 * box) and which point of the map space is in the middle. The view never leaves the map: at any
 * zoom the part shown lies wholly within the map space, so the map cannot be panned off screen.
 * Pure arithmetic over MAP's size, shared by the scene (which moves its camera by it and turns
 * gestures into it) and the DOM (the zoom buttons and the keyboard overlay, which follow it).
 */
import { MAP, type Point } from './geometry';

export interface MapView {
  /** 1 (the whole map) to MAX_VIEW_ZOOM. */
  zoom: number;
  /** The map point at the middle of the view, in map units. */
  x: number;
  y: number;
}

export const MIN_VIEW_ZOOM = 1;
export const MAX_VIEW_ZOOM = 3;
/** How much one press of Zoom in (or Zoom out) zooms. */
export const ZOOM_STEP = 1.5;

export const WHOLE_MAP: MapView = { zoom: 1, x: MAP.width / 2, y: MAP.height / 2 };

/** The view with its zoom in range and its middle where the view stays within the map. */
export function clampView({ zoom, x, y }: MapView): MapView {
  const z = Math.min(MAX_VIEW_ZOOM, Math.max(MIN_VIEW_ZOOM, zoom));
  const halfWidth = MAP.width / (2 * z);
  const halfHeight = MAP.height / (2 * z);
  return {
    zoom: z,
    x: Math.min(MAP.width - halfWidth, Math.max(halfWidth, x)),
    y: Math.min(MAP.height - halfHeight, Math.max(halfHeight, y)),
  };
}

/** The part of the map space shown, in map units. */
export function visibleRect(view: MapView): {
  x: number;
  y: number;
  width: number;
  height: number;
} {
  const width = MAP.width / view.zoom;
  const height = MAP.height / view.zoom;
  return { x: view.x - width / 2, y: view.y - height / 2, width, height };
}

/** Zooms by `factor`, keeping the map point `at` where it is on screen. */
export function zoomAbout(view: MapView, factor: number, [ax, ay]: Point): MapView {
  const zoom = Math.min(MAX_VIEW_ZOOM, Math.max(MIN_VIEW_ZOOM, view.zoom * factor));
  const kept = view.zoom / zoom;
  return clampView({ zoom, x: ax + (view.x - ax) * kept, y: ay + (view.y - ay) * kept });
}

/** Moves the view by a distance in map units (the map moves the other way). */
export function panBy(view: MapView, dx: number, dy: number): MapView {
  return clampView({ zoom: view.zoom, x: view.x + dx, y: view.y + dy });
}

/** The least pan that brings a map point into view, `margin` map units inside its edge. */
export function reveal(view: MapView, [px, py]: Point, margin: number): MapView {
  const rect = visibleRect(view);
  const m = Math.min(margin, rect.width / 2, rect.height / 2);
  const dx = Math.min(0, px - (rect.x + m)) + Math.max(0, px - (rect.x + rect.width - m));
  const dy = Math.min(0, py - (rect.y + m)) + Math.max(0, py - (rect.y + rect.height - m));
  return dx === 0 && dy === 0 ? view : panBy(view, dx, dy);
}

/** One mounted map's view, with listeners; `settled` is false while a gesture is still moving it. */
export class MapCamera {
  private current: MapView = WHOLE_MAP;
  private moving = false;
  private readonly listeners = new Set<(view: MapView, settled: boolean) => void>();

  get view(): MapView {
    return this.current;
  }

  get settled(): boolean {
    return !this.moving;
  }

  /** Sets the view (clamped); `settled: false` while a gesture goes on, then once more with true. */
  set(view: MapView, settled = true): void {
    const next = clampView(view);
    const same =
      next.zoom === this.current.zoom && next.x === this.current.x && next.y === this.current.y;
    if (same && settled !== this.moving) return;
    this.current = next;
    this.moving = !settled;
    for (const listener of this.listeners) listener(next, settled);
  }

  subscribe(listener: (view: MapView, settled: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
