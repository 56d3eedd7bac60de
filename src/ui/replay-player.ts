/**
 * Plays the replay viewer's weeks one after another: while the replay is playing, moves it on by a
 * week every `speed` milliseconds through the store's action, on the store's timer. Returns the
 * function that stops it.
 */
import { advanceReplay } from '../store/actions';
import type { GameStore } from '../store/game-store';
import { startStoreTimer } from '../store/store-timer';

export function startReplayPlayer(store: GameStore): () => void {
  return startStoreTimer(
    store,
    ({ replay, screen }) =>
      screen === 'replay' && replay?.playing
        ? { key: `${replay.selected}:${replay.speed}`, delay: replay.speed }
        : null,
    advanceReplay,
  );
}
