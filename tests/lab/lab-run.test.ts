// The lab's worker and its pool, in Node: the worker module answers a chunk with the games the
// engine plays; the pool (with stand-in workers that run the same game runner asynchronously)
// plays every game of the plan once, in a fixed order whatever the finishing order, reports
// batches, stops on cancel and reports a failing worker.
import { beforeAll, describe, expect, it } from 'vitest';
import type { GameSummary } from '../../src/engine/game-summary';
import { runGame } from '../../src/lab/game-runner';
import type { FromWorker, PlayChunk } from '../../src/lab/lab-messages';
import { planChunks, seedsOf, type LabChoice } from '../../src/lab/lab-plan';
import { startRun, type LabWorker, type RunCallbacks } from '../../src/lab/lab-run';

const CHOICE: LabChoice = {
  scenario: 'karachi',
  difficulty: 'normal',
  strategies: ['dove', 'hawk'],
  games: 9,
  firstSeed: 20,
};

describe('the worker module', () => {
  const posted: FromWorker[] = [];
  let handle: (event: { data: PlayChunk }) => void;

  beforeAll(async () => {
    const scope = { onmessage: null, postMessage: (m: FromWorker) => posted.push(m) };
    (globalThis as unknown as { self: unknown }).self = scope;
    await import('../../src/lab/lab-worker');
    handle = scope.onmessage as unknown as typeof handle;
  });

  it('plays a chunk and posts its games, the last message marking the chunk done', () => {
    posted.length = 0;
    handle({ data: { scenario: 'karachi', difficulty: 'easy', strategy: 'hawk', seeds: [3, 4] } });
    const games = posted.flatMap((m) => (m.kind === 'games' ? m.games : []));
    expect(games).toEqual(
      [3, 4].map((seed) => runGame({ scenario: 'karachi', seed, difficulty: 'easy' }, 'hawk')),
    );
    expect(posted.at(-1)).toMatchObject({ kind: 'games', chunkDone: true });
    expect(posted.slice(0, -1).every((m) => m.kind === 'games' && !m.chunkDone)).toBe(true);
  });

  it('answers a chunk it cannot play with an error message, not a throw', () => {
    posted.length = 0;
    handle({
      data: { scenario: 'karachi', difficulty: 'easy', strategy: 'no-such' as 'hawk', seeds: [1] },
    });
    expect(posted).toHaveLength(1);
    expect(posted[0]!.kind).toBe('error');
  });
});

/** A stand-in worker: plays its chunk with the game runner, answering in two messages later. */
class FakeWorker implements LabWorker {
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  chunks = 0;
  constructor(
    private readonly delay: number,
    private readonly failOn?: number,
  ) {}
  postMessage(chunk: PlayChunk): void {
    this.chunks++;
    setTimeout(() => {
      if (this.terminated) return;
      if (this.failOn !== undefined && chunk.seeds.includes(this.failOn)) {
        this.onerror?.({ message: 'boom', preventDefault: () => {} } as ErrorEvent);
        return;
      }
      const games = chunk.seeds.map((seed) =>
        runGame({ scenario: chunk.scenario, seed, difficulty: chunk.difficulty }, chunk.strategy),
      );
      const half = Math.ceil(games.length / 2);
      this.send({ kind: 'games', games: games.slice(0, half), chunkDone: false });
      this.send({ kind: 'games', games: games.slice(half), chunkDone: true });
    }, this.delay);
  }
  terminate(): void {
    this.terminated = true;
  }
  private send(message: FromWorker) {
    if (!this.terminated) this.onmessage?.({ data: message } as MessageEvent<FromWorker>);
  }
}

function collect() {
  const batches: GameSummary[][] = [];
  let finished: GameSummary[] | null = null;
  let failure: string | null = null;
  const callbacks: RunCallbacks = {
    onGames: (games) => batches.push(games),
    onFinish: (games) => (finished = games),
    onFail: (message) => (failure = message),
  };
  return {
    callbacks,
    batches,
    finished: () => finished,
    failure: () => failure,
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 60));

describe('the pool', () => {
  it('plays every game of the plan once and returns them by strategy, then seed', async () => {
    const workers: FakeWorker[] = [];
    // The second worker answers faster, so chunks finish out of order.
    const make = () => {
      const worker = new FakeWorker(workers.length === 0 ? 8 : 1);
      workers.push(worker);
      return worker;
    };
    const run = collect();
    startRun(CHOICE, planChunks(CHOICE, 3), 3, run.callbacks, make);
    await expect.poll(run.finished, { timeout: 10_000 }).not.toBeNull();
    const expected = CHOICE.strategies.flatMap((strategy) =>
      seedsOf(CHOICE).map((seed) =>
        runGame({ scenario: 'karachi', seed, difficulty: 'normal' }, strategy),
      ),
    );
    expect(run.finished()).toEqual(expected);
    expect(run.batches.flat()).toHaveLength(expected.length);
    expect(workers).toHaveLength(3);
    expect(workers.every((w) => w.terminated)).toBe(true);
    expect(workers.reduce((sum, w) => sum + w.chunks, 0)).toBe(planChunks(CHOICE, 3).length);
  });

  it('stops at once on cancel: workers terminated, no further callback', async () => {
    const workers: FakeWorker[] = [];
    const run = collect();
    const handle = startRun(CHOICE, planChunks(CHOICE, 2), 2, run.callbacks, () => {
      const worker = new FakeWorker(20);
      workers.push(worker);
      return worker;
    });
    handle.cancel();
    await settle();
    expect(workers.every((w) => w.terminated)).toBe(true);
    expect(run.batches).toEqual([]);
    expect(run.finished()).toBeNull();
    expect(run.failure()).toBeNull();
  });

  it('reports a worker that fails, and stops the others', async () => {
    const workers: FakeWorker[] = [];
    const run = collect();
    startRun(CHOICE, planChunks(CHOICE, 2), 2, run.callbacks, () => {
      const worker = new FakeWorker(1, 24);
      workers.push(worker);
      return worker;
    });
    await expect.poll(run.failure, { timeout: 10_000 }).not.toBeNull();
    expect(run.failure()).toBe('A lab worker stopped: boom.');
    expect(run.finished()).toBeNull();
    expect(workers.every((w) => w.terminated)).toBe(true);
  });

  it('reports a worker that cannot be started', () => {
    const run = collect();
    startRun(CHOICE, planChunks(CHOICE, 1), 1, run.callbacks, () => {
      throw new Error('workers are blocked');
    });
    expect(run.failure()).toBe('The lab could not start a worker: workers are blocked');
  });
});
