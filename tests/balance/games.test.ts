// The games every built-in strategy plays at normal difficulty, measured once in this file and
// read by several targets: target 1 (no pure strategy dominates) in each scenario, then the rule
// firing, harm and skill tables of issue 10 over every scenario.
import { describe, expect, it } from 'vitest';
import {
  ALL_STRATEGIES,
  BALANCE_PLAN,
  formatStrategies,
  measureGames,
  strategyFigures,
  type GamesFigures,
} from '../../src/cli/balance-report';
import { formatFiring, formatHarm, formatSkill } from '../../src/cli/critic-report';
import { SCENARIO_IDS } from '../../src/engine';
import { noPureStrategyDominates, SLOW } from './targets';

const games = (): GamesFigures[] =>
  SCENARIO_IDS.map((scenario) => measureGames(scenario, BALANCE_PLAN.searchGames));

describe('balance target 1: no pure strategy dominates', () => {
  it.each(SCENARIO_IDS)(
    '%s',
    async (scenario) => {
      const figures = strategyFigures(measureGames(scenario, BALANCE_PLAN.searchGames));
      noPureStrategyDominates(figures);
      await expect(formatStrategies(figures)).toMatchFileSnapshot(
        `./baseline/1-strategies-${scenario}.txt`,
      );
    },
    SLOW,
  );
});

describe('the model critic over every strategy’s games', () => {
  it(
    'rule firing: the share of weeks each rule and event fires, by strategy',
    async () => {
      const all = games();
      const text = formatFiring(
        ALL_STRATEGIES,
        ALL_STRATEGIES.map((_, i) => all.map((g) => g.strategies[i]!)),
      );
      await expect(text).toMatchFileSnapshot('./baseline/7-rule-firing.txt');
    },
    SLOW,
  );

  it(
    'outcomes track harm: attacks and deaths by class of ending',
    async () => {
      await expect(formatHarm(games().map((g) => g.strategies))).toMatchFileSnapshot(
        './baseline/8-harm.txt',
      );
    },
    SLOW,
  );

  it(
    'skill: search against balanced, and strategic resets by strategy',
    async () => {
      await expect(
        formatSkill(
          ALL_STRATEGIES,
          games().map((g) => g.strategies),
        ),
      ).toMatchFileSnapshot('./baseline/9-skill.txt');
    },
    SLOW,
  );
});
