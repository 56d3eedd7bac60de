/**
 * One timer driven by the store: whenever the state asks for a step (a key naming what waits, and
 * how long), the step runs once after that delay; a new key replaces the waiting step, no key
 * cancels it. The week's playback on the map and the replay's Play use it (and sound will).
 * Returns the function that stops it: unsubscribes and clears the timer.
 */
import type { GameStore, StoreState } from './game-store';

export interface TimedStep {
  /** What is waiting: the same key keeps the timer running, another restarts it. */
  key: string;
  /** Milliseconds before `step` runs. */
  delay: number;
}

export function startStoreTimer(
  store: GameStore,
  plan: (state: StoreState) => TimedStep | null,
  step: () => void,
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let scheduledFor: string | null = null;
  const schedule = () => {
    const next = plan(store.getState());
    const key = next?.key ?? null;
    if (key === scheduledFor) return;
    if (timer) clearTimeout(timer);
    timer = null;
    scheduledFor = key;
    if (next) timer = setTimeout(step, next.delay);
  };
  const unsubscribe = store.subscribe(schedule);
  schedule();
  return () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
  };
}
