/**
 * The lab's own state, apart from the game's store: the form, the run in progress and the last
 * results. It lives as long as the page, so leaving the lab and coming back keeps the results;
 * a run is cancelled when the lab closes. Actions are module functions, as in src/store.
 */
import { createStore } from 'zustand/vanilla';
import type { Difficulty, ScenarioId } from '../engine';
import type { StrategyName } from '../engine/strategies';
import { checkChoice, planChunks, workerCount, type LabChoice } from './lab-plan';
import { summarise, METRICS, type StrategyResult } from './lab-results';
import { makeLabWorker, startRun, type LabWorker, type RunHandle } from './lab-run';
import { LAB_STRATEGIES } from './lab-strategies';

export interface LabForm {
  scenario: ScenarioId;
  difficulty: Difficulty;
  strategies: StrategyName[];
  games: string;
  firstSeed: string;
}

export type LabStatus =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number; workers: number }
  | { kind: 'cancelled'; done: number; total: number }
  | { kind: 'failed'; message: string }
  | { kind: 'finished'; total: number; workers: number; seconds: number };

export interface LabResults {
  choice: LabChoice;
  strategies: StrategyResult[];
}

export interface LabState {
  form: LabForm;
  /** Why the form cannot run as it is, in one sentence. */
  problem: string | null;
  status: LabStatus;
  results: LabResults | null;
  /** The figure the scorecard chart shows. */
  metric: string;
  /** What the live region reads: progress at each quarter and the end of a run. */
  announcement: string;
}

const DEFAULT_FORM: LabForm = {
  scenario: 'karachi',
  difficulty: 'normal',
  strategies: ['hawk', 'dove', 'balanced'],
  games: '200',
  firstSeed: '1',
};

export function initialLabState(): LabState {
  return {
    form: DEFAULT_FORM,
    problem: null,
    status: { kind: 'idle' },
    results: null,
    metric: METRICS[0]!.id,
    announcement: '',
  };
}

export const labStore = createStore<LabState>()(() => initialLabState());

const set = labStore.setState;
const get = labStore.getState;
let running: RunHandle | null = null;

export function updateForm(change: Partial<LabForm>): void {
  set({ form: { ...get().form, ...change }, problem: null });
}

export function toggleStrategy(strategy: StrategyName, on: boolean): void {
  const { strategies } = get().form;
  const chosen = on ? [...strategies, strategy] : strategies.filter((s) => s !== strategy);
  updateForm({ strategies: [...new Set(chosen)] });
}

export function chooseMetric(metric: string): void {
  if (METRICS.some((m) => m.id === metric)) set({ metric });
}

/** Checks the form and starts its run on the workers; a bad form says why and runs nothing. */
export function startLabRun(
  options: { workers?: number; makeWorker?: () => LabWorker } = {},
): void {
  if (running) return;
  const { form } = get();
  // Strategies in the order the lab lists them, whatever order they were ticked in.
  const strategies = LAB_STRATEGIES.filter((s) => form.strategies.includes(s));
  const checked = checkChoice({ ...form, strategies });
  if (!checked.ok) {
    set({ problem: checked.error });
    return;
  }
  const choice = checked.value;
  const cores = options.workers ?? workerCount(globalThis.navigator?.hardwareConcurrency);
  const chunks = planChunks(choice, cores);
  // Never more workers than chunks: a one-game run needs one.
  const workers = Math.min(cores, chunks.length);
  const total = choice.games * choice.strategies.length;
  const startedAt = performance.now();
  let quarter = 0;
  // A run can end inside startRun (a worker that cannot start fails at once): then no handle is kept.
  let settled = false;
  performance.clearMarks('frontier:lab-run-done');
  performance.mark('frontier:lab-run-start');
  set({
    problem: null,
    results: null,
    status: { kind: 'running', done: 0, total, workers },
    announcement: `Running ${total} games on ${workers} worker${workers === 1 ? '' : 's'}.`,
  });
  const handle = startRun(
    choice,
    chunks,
    workers,
    {
      onGames: (games) => {
        const { status } = get();
        if (status.kind !== 'running') return;
        const done = status.done + games.length;
        const reached = Math.floor((done * 4) / total);
        const announce = reached > quarter && done < total;
        if (announce) quarter = reached;
        set({
          status: { ...status, done },
          ...(announce ? { announcement: `${done} of ${total} games played.` } : {}),
        });
      },
      onFinish: (games) => {
        settled = true;
        running = null;
        performance.mark('frontier:lab-run-done');
        const seconds = (performance.now() - startedAt) / 1000;
        set({
          status: { kind: 'finished', total, workers, seconds },
          results: { choice, strategies: summarise(games, choice.strategies) },
          announcement: `Finished: ${total} games played in ${seconds.toFixed(1)} seconds. The results follow.`,
        });
      },
      onFail: (message) => {
        settled = true;
        running = null;
        set({ status: { kind: 'failed', message }, announcement: message });
      },
    },
    options.makeWorker ?? makeLabWorker,
  );
  running = settled ? null : handle;
}

/** Stops the run now; its games so far are dropped, so no half-run is mistaken for a result. */
export function cancelLabRun(): void {
  if (!running) return;
  running.cancel();
  running = null;
  const { status } = get();
  const done = status.kind === 'running' ? status.done : 0;
  const total = status.kind === 'running' ? status.total : 0;
  set({
    status: { kind: 'cancelled', done, total },
    announcement: `Cancelled after ${done} of ${total} games; nothing was kept.`,
  });
}
