// The balance targets (issue 5), shared by the balance test files: each file measures one slice so
// Vitest can run the slices in parallel. Every check reads the same figures the committed baseline
// shows (tests/balance/baseline/); after a deliberate balance change, review the figures and
// update the baseline with: npx vitest run --project unit tests/balance -u
import { expect, it } from 'vitest';
import {
  MUCH_LESS_POINTS,
  formatStrategies,
  goodRate,
  measureStrategies,
} from '../../src/cli/balance-report';
import type { ScenarioId } from '../../src/engine';
import type { StrategyName } from '../../src/engine/strategies';

/** Long enough for the search bot's games on a busy two-core machine. */
export const SLOW = 240_000;

/** Target 1 on one scenario: hawk and dove below balanced, and far below the search bot. */
export function noPureStrategyDominates(scenario: ScenarioId): void {
  it(
    `${scenario}: hawk and dove reach a good ending less often than balanced, and at least ${MUCH_LESS_POINTS} points less often than search`,
    async () => {
      const figures = measureStrategies(scenario);
      const rate = (name: StrategyName) =>
        goodRate(figures.rows.find((row) => row.strategy === name)!.tally);
      for (const pure of ['hawk', 'dove'] as const) {
        expect(rate(pure), `${pure} vs balanced`).toBeLessThan(rate('balanced'));
        expect(rate('search') - rate(pure), `search − ${pure}`).toBeGreaterThanOrEqual(
          MUCH_LESS_POINTS,
        );
      }
      expect(rate('search'), 'search vs balanced').toBeGreaterThan(rate('balanced'));
      await expect(formatStrategies(figures)).toMatchFileSnapshot(
        `./baseline/1-strategies-${scenario}.txt`,
      );
    },
    SLOW,
  );
}
