// Balance target 2: every ending is reachable in every scenario, and none by idling in week one.
import { describe, expect, it } from 'vitest';
import { BALANCE_PLAN, formatReach, measureReach } from '../../src/cli/balance-report';
import { ENDING_IDS } from '../../src/engine';
import { DIFFICULTIES, SCENARIO_IDS } from '../../src/engine';
import { SLOW } from './targets';

describe('balance target 2: every ending is reachable, none by doing nothing in week one', () => {
  it.each(SCENARIO_IDS)(
    '%s',
    async (scenario) => {
      const figures = measureReach(scenario);
      const missing = ENDING_IDS.filter((id) => figures.reach[id] === null);
      expect(missing, `endings no game reached in ${scenario}`).toEqual([]);
      for (const difficulty of DIFFICULTIES)
        expect(
          figures.idleEndings[difficulty],
          `${difficulty}: games ended by an idle first week out of ${BALANCE_PLAN.idleSeeds}`,
        ).toBe(0);
      await expect(formatReach(figures)).toMatchFileSnapshot(
        `./baseline/2-reachable-${scenario}.txt`,
      );
    },
    SLOW,
  );
});
