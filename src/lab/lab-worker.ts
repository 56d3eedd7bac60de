/**
 * The lab's worker: plays chunks of games off the main thread, so the page never blocks. It posts
 * what it has finished about every REPORT_EVERY_MS (a fast strategy plays hundreds of games in that
 * time, the search bot one or two), so progress moves smoothly while messages stay few.
 */
import type { GameSummary } from '../engine/game-summary';
import { runGame } from './game-runner';
import type { FromWorker, PlayChunk } from './lab-messages';

const REPORT_EVERY_MS = 150;

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PlayChunk>) => void) | null;
  postMessage: (message: FromWorker) => void;
};

scope.onmessage = (event) => {
  const { scenario, difficulty, strategy, seeds } = event.data;
  try {
    let finished: GameSummary[] = [];
    let reportedAt = performance.now();
    for (const seed of seeds) {
      finished.push(runGame({ scenario, seed, difficulty }, strategy));
      if (performance.now() - reportedAt >= REPORT_EVERY_MS) {
        scope.postMessage({ kind: 'games', games: finished, chunkDone: false });
        finished = [];
        reportedAt = performance.now();
      }
    }
    scope.postMessage({ kind: 'games', games: finished, chunkDone: true });
  } catch (error) {
    scope.postMessage({
      kind: 'error',
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
