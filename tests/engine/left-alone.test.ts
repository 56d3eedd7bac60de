// The final grade compares the closing weeks with what each scenario's crisis does when left alone
// (content/scenarios.ts, leftAlone). Those figures are measurements, so this test measures them
// again: games in which no one decides anything, played to the last week whatever happens (a loss
// does not stop the clock), on seeds the constants were not fitted to.
import { describe, expect, it } from 'vitest';
import { SCENARIOS, SCENARIO_IDS, resolveTurn, type GameState } from '../../src/engine';
import { closingWindow } from '../../src/engine/endings';
import { game } from './fixtures';

/** Successful attacks and Pakistani deaths a week over the closing weeks, in tenths. */
function leftAlone(scenario: (typeof SCENARIO_IDS)[number], seeds: readonly number[]) {
  let through = 0;
  let harm = 0;
  let weeks = 0;
  for (const seed of seeds) {
    let state: GameState = game(scenario, seed);
    const from = state.maxWeeks - closingWindow(state.maxWeeks) + 1;
    while (state.week <= state.maxWeeks) {
      const turn = resolveTurn({ ...state, ending: null }, []);
      if (!turn.ok) throw new Error(turn.error.reason.message);
      state = turn.value.state;
      const week = state.history.at(-1)!;
      if (week.week < from) continue;
      through += week.attacks - week.foiled;
      harm += week.harm;
      weeks += 1;
    }
  }
  return { through: (10 * through) / weeks, harm: (10 * harm) / weeks };
}

describe('what each crisis does when left alone', () => {
  const seeds = Array.from({ length: 200 }, (_, i) => 5000 + i);
  it.each(SCENARIO_IDS)('%s: the constants match a fresh measurement', (scenario) => {
    const measured = leftAlone(scenario, seeds);
    const stated = SCENARIOS[scenario].leftAlone;
    expect(Math.abs(measured.through - stated.through), 'attacks through').toBeLessThanOrEqual(2);
    expect(Math.abs(measured.harm - stated.harm), 'deaths').toBeLessThanOrEqual(stated.harm / 8);
  });
});
