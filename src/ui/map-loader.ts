/**
 * Phaser is most of the game's bytes, and only the map draws with it: the title, How to play,
 * Sources, Settings and Saves never need it (nor the map's geometry, which takes a while to
 * compute). So the map (map-entry.ts, and Phaser with it) is loaded when a game or a replay
 * opens, and fetched ahead while the title is shown, once the page is idle, so Start does not
 * wait for it.
 */
export type MapModule = typeof import('../map/map-entry');

let loading: Promise<MapModule> | null = null;

export function loadMap(): Promise<MapModule> {
  loading ??= import('../map/map-entry').catch((error: unknown) => {
    // A failed download (offline before the first full visit) may succeed on the next try.
    loading = null;
    throw error;
  });
  return loading;
}

/** Loads the map module when the browser is idle; returns the function that cancels the wait. */
export function prefetchMapWhenIdle(): () => void {
  const start = () => void loadMap().catch(() => undefined);
  if ('requestIdleCallback' in window) {
    const id = window.requestIdleCallback(start, { timeout: 2000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(start, 200);
  return () => clearTimeout(id);
}
