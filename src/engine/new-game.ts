/**
 * A game's set-up (scenario, seed, difficulty and, for a lesson, its length): checked once, then
 * the opening state built from it.
 */
import { DIFFICULTY } from './content/difficulty';
import { CLASS_WEEKS, SCENARIOS } from './content/scenarios';
import { isDifficulty, isScenarioId, type Difficulty, type ScenarioId } from './ids';
import { createState } from './state';
import type { GameState, Result } from './types';

export interface GameOptions {
  scenario: ScenarioId;
  seed: number;
  difficulty: Difficulty;
  /**
   * 'class': the short lesson length of CLASS_WEEKS weeks, graded on those weeks. Absent, the
   * scenario's full length: the opening state (and so every fingerprint) is then what it always was.
   */
  length?: 'class';
}

/** The largest seed: seeds are whole numbers from 0 to 2^32 − 1. */
export const MAX_SEED = 4294967295;

/** Checks options that may come from a person or a file; each problem in one clear sentence. */
export function checkOptions(options: {
  scenario: unknown;
  seed: unknown;
  difficulty?: unknown;
  length?: unknown;
}): Result<GameOptions, string> {
  const { scenario, seed, difficulty = 'normal', length } = options;
  if (typeof scenario !== 'string' || !isScenarioId(scenario))
    return {
      ok: false,
      error: `Unknown scenario "${String(scenario)}"; choose one of ${Object.keys(SCENARIOS).join(', ')}.`,
    };
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > MAX_SEED)
    return {
      ok: false,
      error: `Bad seed "${String(seed)}"; a seed is a whole number from 0 to ${MAX_SEED}.`,
    };
  if (typeof difficulty !== 'string' || !isDifficulty(difficulty))
    return {
      ok: false,
      error: `Unknown difficulty "${String(difficulty)}"; choose one of ${Object.keys(DIFFICULTY).join(', ')}.`,
    };
  if (length !== undefined && length !== 'class')
    return {
      ok: false,
      error: `Unknown game length "${String(length)}"; a game runs the scenario's full length or the class length ("class", ${CLASS_WEEKS} weeks).`,
    };
  return {
    ok: true,
    value:
      length === 'class' ? { scenario, seed, difficulty, length } : { scenario, seed, difficulty },
  };
}

/** Starts a game: the scenario's opening state, seeded. */
export function newGame(options: {
  scenario: unknown;
  seed: unknown;
  difficulty?: unknown;
  length?: unknown;
}): Result<GameState, string> {
  const checked = checkOptions(options);
  if (!checked.ok) return checked;
  const { scenario, seed, difficulty, length } = checked.value;
  return { ok: true, value: createState(scenario, seed, difficulty, length) };
}
