// The model critic's per-scenario instruments (issue 10), shared by the critic-<scenario> test
// files: the exploit hunter's top plans and the sensitivity table, kept as committed baselines.
import { expect, it } from 'vitest';
import { BALANCE_PLAN, measureExploits, measureSensitivity } from '../../src/cli/balance-report';
import { formatExploits, formatSensitivity } from '../../src/cli/critic-report';
import type { ScenarioId } from '../../src/engine';
import { percent } from '../../src/engine/balance';
import { SLOW } from './targets';

export function criticOfScenario(scenario: ScenarioId): void {
  it(
    `${scenario}: the exploit hunter's best fixed plans against balanced`,
    async () => {
      const figures = measureExploits(scenario);
      const { finalists, pairedSingles } = BALANCE_PLAN.exploits;
      expect(figures.finalists).toHaveLength(finalists);
      expect(figures.pairs).toBe((pairedSingles * (pairedSingles - 1)) / 2);
      // No simple fixed plan reaches a good ending as often as balanced on the same seeds.
      const balanced = percent(figures.balanced.good, figures.balanced.games);
      for (const plan of figures.finalists)
        expect(percent(plan.good, plan.games), plan.label).toBeLessThan(balanced);
      await expect(formatExploits(figures, BALANCE_PLAN.exploits)).toMatchFileSnapshot(
        `./baseline/5-exploits-${scenario}.txt`,
      );
    },
    SLOW,
  );

  it(
    `${scenario}: each variable pinned low against high, the endings that change`,
    async () => {
      const figures = measureSensitivity(scenario);
      // Every variable the player watches changes at least a tenth of the endings.
      for (const row of figures.rows)
        expect(percent(row.changed, row.games), row.variable).toBeGreaterThanOrEqual(10);
      await expect(formatSensitivity(figures)).toMatchFileSnapshot(
        `./baseline/6-sensitivity-${scenario}.txt`,
      );
    },
    SLOW,
  );
}
