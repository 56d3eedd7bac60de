// Balance target 4, shared by its two test files: easy ≥ normal ≥ hard in good endings, and the
// reverse in losses, for every scenario measured and for the scenarios pooled.
import { expect, it } from 'vitest';
import { formatDifficulty, goodRate, measureDifficulty } from '../../src/cli/balance-report';
import { percent, pooled } from '../../src/engine/balance';
import { DIFFICULTIES, type ScenarioId } from '../../src/engine';
import type { StrategyName } from '../../src/engine/strategies';
import { SLOW } from './targets';

export function difficultyOrdersOutcomes(
  strategy: StrategyName,
  scenarios: readonly ScenarioId[],
  games: number,
): void {
  it(
    `${strategy}: good endings easy ≥ normal ≥ hard and losses the other way (${games} games a cell)`,
    async () => {
      const figures = measureDifficulty(strategy, scenarios, games);
      const rows = [
        ...figures.rows,
        {
          scenario: 'all',
          tallies: Object.fromEntries(
            DIFFICULTIES.map((d) => [d, pooled(figures.rows.map((r) => r.tallies[d]))]),
          ),
        },
      ];
      for (const row of rows) {
        const [easy, normal, hard] = DIFFICULTIES.map((d) => row.tallies[d]!);
        expect(goodRate(easy!), `${row.scenario}: easy vs normal`).toBeGreaterThanOrEqual(
          goodRate(normal!),
        );
        expect(goodRate(normal!), `${row.scenario}: normal vs hard`).toBeGreaterThanOrEqual(
          goodRate(hard!),
        );
        const lost = (t: typeof easy) => percent(t!.bad, t!.games);
        expect(lost(easy), `${row.scenario}: losses easy vs normal`).toBeLessThanOrEqual(
          lost(normal),
        );
        expect(lost(normal), `${row.scenario}: losses normal vs hard`).toBeLessThanOrEqual(
          lost(hard),
        );
      }
      // The promise must be felt, not just hold: hard is clearly harder than easy.
      const all = rows.at(-1)!.tallies;
      expect(goodRate(all.easy!) - goodRate(all.hard!)).toBeGreaterThanOrEqual(25);
      await expect(formatDifficulty(figures)).toMatchFileSnapshot(
        `./baseline/4-difficulty-${strategy}.txt`,
      );
    },
    SLOW,
  );
}
