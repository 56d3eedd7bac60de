/**
 * The engine's public face. Everything the store, the command-line tools and the tests need comes
 * from here; nothing here touches the DOM, the clock or unseeded chance.
 */
import { DIFFICULTY } from './content/difficulty';
import { SCENARIOS } from './content/scenarios';
import { fingerprint as hashValue } from './fingerprint';
import { isDifficulty, isScenarioId, type Difficulty, type ScenarioId } from './ids';
import { createState } from './state';
import { resolveTurn } from './turn';
import type { Decision, GameState, Result, WeekReport } from './types';

export * from './ids';
export type * from './types';
export { RULES_VERSION } from './state';
export { responsesFor, validateDecisions, weeklyCapacity } from './responses';
export type { ResponseOption, TargetOption, DecisionError } from './responses';
export { resolveTurn } from './turn';
export type { TurnResult } from './turn';
export { scorecard, ENDINGS } from './endings';
export type { Scorecard } from './endings';
export { explainTrace, explainInWords, actorName } from './explain';
export type { Explanation } from './explain';
export { SCENARIOS } from './content/scenarios';
export { DIFFICULTY } from './content/difficulty';
export { DISTRICTS, CROSSINGS } from './content/districts';
export { PROVINCES } from './content/provinces';
export { GROUPS, KABUL, POWERS } from './content/actors';
export { ARTICLES, CLAIMS } from './content/sources';
export type { ArticleId, ClaimId, Claim } from './content/sources';
export { RESPONSES } from './content/responses';
export type { ResponseId } from './content/responses';
export { DOCTRINES } from './content/doctrines';
export type { RuleId } from './content/doctrines';
export { EVENTS } from './content/events';
export type { EventId } from './content/events';
export { CATEGORIES } from './response-types';
export { adviceFor, ADVISOR_IDS } from './advisors';
export type { Advice, AdvisorId, Recommendation } from './advisors';
export { briefingFor } from './briefing';
export type { Briefing, Confidence, IntelReport } from './briefing';

export interface GameOptions {
  scenario: ScenarioId;
  seed: number;
  difficulty: Difficulty;
}

/** The largest seed: seeds are whole numbers from 0 to 2^32 − 1. */
export const MAX_SEED = 4294967295;

/** Checks options that may come from a person or a file; each problem in one clear sentence. */
export function checkOptions(options: {
  scenario: unknown;
  seed: unknown;
  difficulty?: unknown;
}): Result<GameOptions, string> {
  const { scenario, seed, difficulty = 'normal' } = options;
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
  return { ok: true, value: { scenario, seed, difficulty } };
}

/** Starts a game: the scenario's opening state, seeded. */
export function newGame(options: {
  scenario: unknown;
  seed: unknown;
  difficulty?: unknown;
}): Result<GameState, string> {
  const checked = checkOptions(options);
  if (!checked.ok) return checked;
  const { scenario, seed, difficulty } = checked.value;
  return { ok: true, value: createState(scenario, seed, difficulty) };
}

/** The state's fingerprint: sixteen hex digits, equal for equal states in every runtime. */
export function fingerprint(state: GameState): string {
  return hashValue(state);
}

export interface ReplayResult {
  /** The state after the last replayed week. */
  state: GameState;
  /** The fingerprint after each week, in order. */
  fingerprints: string[];
  reports: WeekReport[];
}

export interface ReplayError {
  /** The week (1-based) whose decisions could not be applied. */
  week: number;
  message: string;
}

/** Replays a game from its inputs: folds resolveTurn over each week's decisions. */
export function replay(
  options: { scenario: unknown; seed: unknown; difficulty?: unknown },
  weeks: readonly (readonly Decision[])[],
  upToWeek = weeks.length,
): Result<ReplayResult, ReplayError> {
  const start = newGame(options);
  if (!start.ok) return { ok: false, error: { week: 0, message: start.error } };
  let state = start.value;
  const fingerprints: string[] = [];
  const reports: WeekReport[] = [];
  for (let index = 0; index < Math.min(upToWeek, weeks.length); index++) {
    if (state.ending)
      return {
        ok: false,
        error: {
          week: index + 1,
          message: `The game had already ended in week ${state.ending.week}.`,
        },
      };
    const turn = resolveTurn(state, weeks[index]);
    if (!turn.ok)
      return { ok: false, error: { week: index + 1, message: turn.error.reason.message } };
    state = turn.value.state;
    fingerprints.push(fingerprint(state));
    reports.push(turn.value.report);
  }
  return { ok: true, value: { state, fingerprints, reports } };
}
