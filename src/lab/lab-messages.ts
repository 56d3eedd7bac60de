/** The messages between the lab's page and its workers. */
import type { Difficulty, ScenarioId } from '../engine';
import type { StrategyName } from '../engine/strategies';
import type { GameSummary } from '../engine/game-summary';

/** Play one chunk: a strategy over the given seeds. */
export interface PlayChunk {
  scenario: ScenarioId;
  difficulty: Difficulty;
  strategy: StrategyName;
  seeds: number[];
}

export type FromWorker =
  /** Games finished since the last message; `chunkDone` when the chunk is complete. */
  { kind: 'games'; games: GameSummary[]; chunkDone: boolean } | { kind: 'error'; message: string };
