/**
 * Plays the last week's events on the map one after another by stepping the store's playback on
 * the store's timer; reduced motion shortens the pause. Returns the function that stops it.
 */
import { advancePlayback } from '../store/actions';
import type { GameStore } from '../store/game-store';
import { startStoreTimer } from '../store/store-timer';

export const STEP_MS = 1100;
export const REDUCED_STEP_MS = 450;

export function startPlayback(store: GameStore): () => void {
  return startStoreTimer(
    store,
    ({ playback, settings }) =>
      playback && {
        key: `${playback.week}:${playback.step}`,
        delay: settings.reducedMotion ? REDUCED_STEP_MS : STEP_MS,
      },
    advancePlayback,
  );
}
