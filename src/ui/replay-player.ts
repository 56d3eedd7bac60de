/**
 * Plays the replay viewer's weeks one after another: while the replay is playing, moves it on by a
 * week every `speed` milliseconds through the store's action. Returns the function that stops it.
 */
import { advanceReplay } from '../store/actions';
import type { GameStore } from '../store/game-store';

export function startReplayPlayer(store: GameStore): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let scheduledFor: string | null = null;
  const schedule = () => {
    const { replay, screen } = store.getState();
    const playing = screen === 'replay' && replay?.playing;
    const key = playing ? `${replay.selected}:${replay.speed}` : null;
    if (key === scheduledFor) return;
    if (timer) clearTimeout(timer);
    timer = null;
    scheduledFor = key;
    if (playing) timer = setTimeout(advanceReplay, replay.speed);
  };
  const unsubscribe = store.subscribe(schedule);
  schedule();
  return () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
  };
}
