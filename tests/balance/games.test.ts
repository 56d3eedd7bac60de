// The games every built-in strategy plays at normal difficulty, measured once in this file and
// read by several targets: target 1 (no pure strategy dominates) in each scenario, the rule
// firing, harm and skill tables of issue 10 over every scenario, and target 4 for the search bot
// (whose normal-difficulty games in its scenario are the ones played here for target 1).
import { describe, expect, it } from 'vitest';
import {
  ALL_STRATEGIES,
  BALANCE_PLAN,
  formatStrategies,
  goodRate,
  measureStrategyGames,
  strategyFigures,
  type StrategyGamesFigures,
} from '../../src/cli/balance-report';
import { formatFiring, formatHarm, formatSkill } from '../../src/cli/critic-report';
import { SCENARIO_IDS } from '../../src/engine';
import { deadRows, firingTable } from '../../src/engine/rule-firing';
import { difficultyOrdersOutcomes } from './difficulty';
import { noPureStrategyDominates, SLOW } from './targets';

const games = (): StrategyGamesFigures[] =>
  SCENARIO_IDS.map((scenario) => measureStrategyGames(scenario, BALANCE_PLAN.searchGames));

describe('balance target 1: no pure strategy dominates', () => {
  it.each(SCENARIO_IDS)(
    '%s',
    async (scenario) => {
      const figures = strategyFigures(measureStrategyGames(scenario, BALANCE_PLAN.searchGames));
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
      const perStrategy = ALL_STRATEGIES.map((_, i) => all.map((g) => g.strategies[i]!));
      // Every doctrine rule and scenario event fires in some share of weeks under some strategy.
      expect(deadRows(firingTable(perStrategy)).map((row) => row.key)).toEqual([]);
      const text = formatFiring(ALL_STRATEGIES, perStrategy);
      await expect(text).toMatchFileSnapshot('./baseline/7-rule-firing.txt');
    },
    SLOW,
  );

  it(
    'outcomes track harm: attacks and deaths by class of ending',
    async () => {
      // Good endings come with fewer attacks through and fewer deaths than mixed ones. (The other
      // half of the target, mixed below the forever frontier reached with strikes, is only shown:
      // it fails in the Doha truce, see docs/rules-v2.md.)
      for (const perStrategy of games().map((g) => g.strategies)) {
        const [good, mixed] = (['good', 'mixed'] as const).map((harmClass) =>
          perStrategy.reduce(
            (sum, g) => ({
              games: sum.games + g.harm[harmClass].games,
              through: sum.through + g.harm[harmClass].attacksThrough,
              deaths: sum.deaths + g.harm[harmClass].attackDeaths,
            }),
            { games: 0, through: 0, deaths: 0 },
          ),
        );
        const scenario = perStrategy[0]!.scenario;
        expect(good!.games, `${scenario}: good games`).toBeGreaterThanOrEqual(30);
        expect(good!.through / good!.games, `${scenario}: attacks`).toBeLessThan(
          mixed!.through / mixed!.games,
        );
        expect(good!.deaths / good!.games, `${scenario}: deaths`).toBeLessThan(
          mixed!.deaths / mixed!.games,
        );
      }
      await expect(formatHarm(games().map((g) => g.strategies))).toMatchFileSnapshot(
        './baseline/8-harm.txt',
      );
    },
    SLOW,
  );

  it(
    'skill: search against balanced, and strategic resets by strategy',
    async () => {
      // Skill matters: search reaches a good ending at least 10 points more often than balanced.
      // (Its other half, search reaching a strategic reset in a quarter of games, is only shown:
      // it fails in Karachi.)
      for (const g of games()) {
        const rate = (name: 'search' | 'balanced') =>
          goodRate(g.strategies[ALL_STRATEGIES.indexOf(name)]!.tally);
        expect(
          rate('search') - rate('balanced'),
          `${g.scenario}: search − balanced`,
        ).toBeGreaterThanOrEqual(10);
      }
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

describe('balance target 4: difficulty orders the outcomes', () =>
  difficultyOrdersOutcomes(
    'search',
    [BALANCE_PLAN.searchDifficultyScenario],
    BALANCE_PLAN.searchGames,
  ));
