/**
 * Runs a lab choice on a pool of workers: hands out chunks as workers come free, passes their
 * finished games on in batches, and ends (or is cancelled) by terminating every worker. The
 * worker is made by a factory so the pool can be tested in Node with the real game runner.
 */
import { MAX_SEED } from '../engine';
import type { GameSummary } from '../engine/game-summary';
import type { FromWorker, PlayChunk } from './lab-messages';
import type { Chunk, LabChoice } from './lab-plan';

/** The part of a Web Worker the pool uses. */
export interface LabWorker {
  postMessage(message: PlayChunk): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface RunCallbacks {
  /** Games just finished, in the order they arrived. */
  onGames: (games: GameSummary[]) => void;
  /** Every game of the run, by strategy in the choice's order, then by seed. */
  onFinish: (games: GameSummary[]) => void;
  onFail: (message: string) => void;
}

export interface RunHandle {
  /** Stops every worker at once; no callback is called after it. */
  cancel: () => void;
}

export function makeLabWorker(): LabWorker {
  return new Worker(new URL('./lab-worker.ts', import.meta.url), {
    type: 'module',
    name: 'policy-lab',
  });
}

export function startRun(
  choice: LabChoice,
  chunks: readonly Chunk[],
  workers: number,
  callbacks: RunCallbacks,
  makeWorker: () => LabWorker = makeLabWorker,
): RunHandle {
  const queue = [...chunks];
  const games: GameSummary[] = [];
  const pool: LabWorker[] = [];
  let chunksLeft = chunks.length;
  let over = false;

  const stop = () => {
    over = true;
    for (const worker of pool) worker.terminate();
  };
  const fail = (message: string) => {
    if (over) return;
    stop();
    callbacks.onFail(message);
  };
  const giveWork = (worker: LabWorker) => {
    const chunk = queue.shift();
    if (!chunk) return;
    worker.postMessage({
      scenario: choice.scenario,
      difficulty: choice.difficulty,
      strategy: chunk.strategy,
      seeds: chunk.seeds,
    });
  };

  if (chunks.length === 0) {
    callbacks.onFinish([]);
    return { cancel: () => {} };
  }
  for (let i = 0; i < Math.max(1, Math.min(workers, chunks.length)); i++) {
    // A worker that answers at once may already have played every chunk.
    if (over || queue.length === 0) break;
    let worker: LabWorker;
    try {
      worker = makeWorker();
    } catch (error) {
      fail(`The lab could not start a worker: ${(error as Error).message}`);
      break;
    }
    pool.push(worker);
    worker.onmessage = (event) => {
      if (over) return;
      const message = event.data;
      if (message.kind === 'error') {
        fail(`A game could not be played: ${message.message}`);
        return;
      }
      games.push(...message.games);
      if (message.games.length > 0) callbacks.onGames(message.games);
      if (!message.chunkDone) return;
      chunksLeft--;
      if (chunksLeft > 0) {
        giveWork(worker);
        return;
      }
      stop();
      callbacks.onFinish(inChoiceOrder(games, choice));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fail(`A lab worker stopped: ${event.message || 'it could not be loaded'}.`);
    };
    giveWork(worker);
  }
  return { cancel: stop };
}

function inChoiceOrder(games: GameSummary[], choice: LabChoice): GameSummary[] {
  const rank = new Map(choice.strategies.map((name, index) => [name, index]));
  // Seeds wrap after the largest, so order by place in the run rather than by value.
  const place = (seed: number) => (seed - choice.firstSeed + MAX_SEED + 1) % (MAX_SEED + 1);
  return [...games].sort(
    (a, b) =>
      (rank.get(a.strategy) ?? 0) - (rank.get(b.strategy) ?? 0) || place(a.seed) - place(b.seed),
  );
}
