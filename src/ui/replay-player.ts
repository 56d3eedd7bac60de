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
    ({ screen }) =>
      screen.kind === 'replay' && screen.replay.playing
        ? { key: `${screen.replay.selected}:${screen.replay.speed}`, delay: screen.replay.speed }
        : null,
    advanceReplay,
  );
}
