/**
 * What a lab run plays and how it is shared out: the teacher's choice, checked; the seeds (the
 * simulator's: first seed, first seed + 1, …), so a run equals `npm run sim` for the same
 * arguments; the chunks of games handed to the workers; and how many workers to start.
 */
import {
  DIFFICULTIES,
  DIFFICULTY,
  MAX_SEED,
  SCENARIO_IDS,
  type Difficulty,
  type Result,
  type ScenarioId,
} from '../engine';
import { isStrategyName, type StrategyName } from '../engine/strategies';

export interface LabChoice {
  scenario: ScenarioId;
  difficulty: Difficulty;
  /** In the order they are shown; each plays the same seeds. */
  strategies: StrategyName[];
  /** Games per strategy. */
  games: number;
  firstSeed: number;
}

export const MAX_GAMES = 1000;
/** More workers than this gain little: the main thread still has to receive their results. */
export const MAX_WORKERS = 4;

/** A share of the run for one worker: one strategy over consecutive seeds. */
export interface Chunk {
  strategy: StrategyName;
  seeds: number[];
}

/** Checks a choice that comes from a form; each problem in one sentence a teacher can act on. */
export function checkChoice(input: {
  scenario: string;
  difficulty: string;
  strategies: readonly string[];
  games: string;
  firstSeed: string;
}): Result<LabChoice, string> {
  const scenario = SCENARIO_IDS.find((id) => id === input.scenario);
  if (!scenario) return { ok: false, error: `Choose a scenario.` };
  const difficulty = DIFFICULTIES.find((id) => id === input.difficulty);
  if (!difficulty) return { ok: false, error: `Choose a difficulty.` };
  const strategies = input.strategies.filter(isStrategyName);
  if (strategies.length === 0) return { ok: false, error: 'Choose at least one strategy.' };
  const games = wholeNumber(input.games);
  if (games === null || games < 1 || games > MAX_GAMES)
    return {
      ok: false,
      error: `Games per strategy must be a whole number from 1 to ${MAX_GAMES}.`,
    };
  const firstSeed = wholeNumber(input.firstSeed);
  if (firstSeed === null || firstSeed > MAX_SEED)
    return { ok: false, error: `The first seed must be a whole number from 0 to ${MAX_SEED}.` };
  return { ok: true, value: { scenario, difficulty, strategies, games, firstSeed } };
}

function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,10}$/.test(trimmed) ? Number(trimmed) : null;
}

/** The seeds every strategy plays, as the simulator counts them (wrapping after the largest seed). */
export function seedsOf(choice: Pick<LabChoice, 'games' | 'firstSeed'>): number[] {
  return Array.from({ length: choice.games }, (_, i) => (choice.firstSeed + i) % (MAX_SEED + 1));
}

/**
 * Splits the run into chunks small enough that the workers finish together (about eight per
 * worker) and large enough that messages stay few; never mixing strategies in one chunk.
 */
export function planChunks(choice: LabChoice, workers: number): Chunk[] {
  const seeds = seedsOf(choice);
  const total = seeds.length * choice.strategies.length;
  const size = Math.max(1, Math.min(50, Math.ceil(total / (Math.max(1, workers) * 8))));
  const chunks: Chunk[] = [];
  for (const strategy of choice.strategies) {
    for (let start = 0; start < seeds.length; start += size) {
      chunks.push({ strategy, seeds: seeds.slice(start, start + size) });
    }
  }
  return chunks;
}

/** One worker per core the browser reports, at most MAX_WORKERS; one when it reports none. */
export function workerCount(hardwareConcurrency: number | undefined): number {
  if (!hardwareConcurrency || !Number.isFinite(hardwareConcurrency)) return 1;
  return Math.max(1, Math.min(MAX_WORKERS, Math.floor(hardwareConcurrency)));
}

/** The simulator command that plays the same games for one strategy, naming the difficulty as the page does. */
export function simCommand(choice: LabChoice, strategy: StrategyName): string {
  const difficulty = DIFFICULTY[choice.difficulty].title.toLowerCase();
  return `npm run sim -- --scenario ${choice.scenario} --difficulty ${difficulty} --seed ${choice.firstSeed} --games ${choice.games} --strategy ${strategy}`;
}
