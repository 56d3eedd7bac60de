/**
 * One game of the policy lab, reduced to what the lab shows: the same record `npm run sim --json`
 * prints for a game, so a lab run and the simulator can be compared line by line.
 */
import {
  fingerprint,
  scorecard,
  type Difficulty,
  type EndingId,
  type Grade,
  type MeterId,
  type ScenarioId,
  type Scorecard,
} from '../engine';
import { STRATEGIES, playGame, type StrategyName } from '../engine/strategies';

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

/** Plays one seeded game to its ending with a built-in strategy. */
export function runGame(
  options: { scenario: ScenarioId; seed: number; difficulty: Difficulty },
  strategy: StrategyName,
): GameSummary {
  const { state } = playGame(options, STRATEGIES[strategy]);
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
