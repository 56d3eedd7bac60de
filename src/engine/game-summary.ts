/**
 * A finished game reduced to what the simulator prints for it (`npm run sim -- --json`, one line a
 * game) and what the policy lab counts, so the two can be compared line by line.
 */
import { scorecard, type Scorecard } from './endings';
import { fingerprint } from './fingerprint';
import type { Difficulty, MeterId, ScenarioId } from './ids';
import type { StrategyName } from './strategies';
import type { EndingId, GameState, Grade } from './types';

export interface GameSummary {
  scenario: ScenarioId;
  seed: number;
  difficulty: Difficulty;
  strategy: StrategyName;
  ending: EndingId;
  grade: Grade;
  turns: number;
  fingerprint: string;
  score: Scorecard;
  final: Record<MeterId, number> & { ladder: number };
}

/** Summarises a game that has ended; the keys keep the order the simulator has always printed. */
export function summariseGame(
  options: { scenario: ScenarioId; seed: number; difficulty: Difficulty },
  strategy: StrategyName,
  state: GameState,
): GameSummary {
  const ending = state.ending;
  if (!ending) throw new Error(`The ${strategy} game of seed ${options.seed} did not end.`);
  return {
    scenario: options.scenario,
    seed: options.seed,
    difficulty: options.difficulty,
    strategy,
    ending: ending.id,
    grade: ending.grade,
    turns: state.history.length,
    fingerprint: fingerprint(state),
    score: scorecard(state),
    final: { ...state.meters, ladder: state.ladder },
  };
}
