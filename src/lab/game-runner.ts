/** One game of the policy lab: played with a built-in strategy and summarised as the simulator does. */
import type { Difficulty, ScenarioId } from '../engine';
import { summariseGame, type GameSummary } from '../engine/game-summary';
import { STRATEGIES, playGame, type StrategyName } from '../engine/strategies';

/** Plays one seeded game to its ending with a built-in strategy. */
export function runGame(
  options: { scenario: ScenarioId; seed: number; difficulty: Difficulty },
  strategy: StrategyName,
): GameSummary {
  return summariseGame(options, strategy, playGame(options, STRATEGIES[strategy]).state);
}
