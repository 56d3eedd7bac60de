/**
 * Plays the last week's events on the map one after another by stepping the store's playback on a
 * timer; reduced motion shortens the pause. Returns the function that stops it.
 */
import { advancePlayback } from '../store/actions';
import type { GameStore } from '../store/game-store';

export const STEP_MS = 1100;
export const REDUCED_STEP_MS = 450;

export function startPlayback(store: GameStore): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let scheduledFor: string | null = null;
  const schedule = () => {
    const { playback, settings } = store.getState();
    const key = playback ? `${playback.week}:${playback.step}` : null;
    if (key === scheduledFor) return;
    if (timer) clearTimeout(timer);
    timer = null;
    scheduledFor = key;
    if (!playback) return;
    timer = setTimeout(advancePlayback, settings.reducedMotion ? REDUCED_STEP_MS : STEP_MS);
  };
  const unsubscribe = store.subscribe(schedule);
  schedule();
  return () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
  };
}
