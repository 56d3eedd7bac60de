// A game record for the lab's tests, with only the fields a test cares about set.
import { type EndingId, ENDING_GRADES } from '../../src/engine';
import type { StrategyName } from '../../src/engine/strategies';
import type { GameSummary } from '../../src/engine/game-summary';

export function labGame(
  fields: {
    strategy?: StrategyName;
    seed?: number;
    ending?: EndingId;
    attacks?: number;
    turns?: number;
    publicPressure?: number;
    tradeLost?: number;
  } = {},
): GameSummary {
  const ending = fields.ending ?? 'forever-frontier';
  const turns = fields.turns ?? 12;
  return {
    scenario: 'karachi',
    seed: fields.seed ?? 1,
    difficulty: 'normal',
    strategy: fields.strategy ?? 'balanced',
    ending,
    grade: ENDING_GRADES[ending],
    turns,
    fingerprint: '0000000000000000',
    score: {
      civiliansPakistan: 3,
      civiliansAfghanistan: 2,
      police: 1,
      soldiers: 1,
      militants: 5,
      attacks: fields.attacks ?? 10,
      foiled: 2,
      displaced: 100,
      afghanDisplaced: 200,
      afghanCombatants: 0,
      deportations: 1000,
      iranDeportations: 2000,
      tradeLostMillions: fields.tradeLost ?? 0,
      afghanTradeLostMillions: 0,
      ladderPeak: 2,
      legitimacy: 50,
      weeks: turns,
    },
    final: {
      publicPressure: fields.publicPressure ?? 60,
      cohesion: 50,
      fiscalRoom: 40,
      legitimacy: 50,
      deterrence: 45,
      ladder: 1,
    },
  };
}
