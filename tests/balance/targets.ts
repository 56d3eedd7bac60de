// The balance targets shared by the balance test files: each file measures one slice so Vitest
// can run the slices in parallel. Every check reads the same figures the committed baseline
// shows (tests/balance/baseline/); after a deliberate balance change, review the figures and
// update the baseline with: npx vitest run --project unit tests/balance -u
import { expect } from 'vitest';
import { MUCH_LESS_POINTS, goodRate, type StrategyFigures } from '../../src/cli/balance-report';
import type { StrategyName } from '../../src/engine/strategies';

/** Long enough for the search bot's games on a two-core machine shared by several helpers. */
export const SLOW = 480_000;

/** Target 1 on one scenario: hawk and dove below balanced, and far below the search bot. */
export function noPureStrategyDominates(figures: StrategyFigures): void {
  const rate = (name: StrategyName) =>
    goodRate(figures.rows.find((row) => row.strategy === name)!.tally);
  for (const pure of ['hawk', 'dove'] as const) {
    expect(rate(pure), `${pure} vs balanced`).toBeLessThan(rate('balanced'));
    expect(rate('search') - rate(pure), `search − ${pure}`).toBeGreaterThanOrEqual(
      MUCH_LESS_POINTS,
    );
  }
  expect(rate('search'), 'search vs balanced').toBeGreaterThan(rate('balanced'));
}
