// The final grade compares the closing weeks with what each scenario's crisis does when left alone
// (content/scenarios.ts, leftAlone). Those figures are measurements, so this test measures them
// again: games in which no one decides anything, played to the last week whatever happens (a loss
// does not stop the clock), on seeds the constants were not fitted to. A lesson's short game
// (length 'class') has its own figures (classLeftAlone), measured the same way.
import { describe, expect, it } from 'vitest';
import { SCENARIOS, SCENARIO_IDS, newGame, resolveTurn, type GameState } from '../../src/engine';
import { CLASS_WEEKS } from '../../src/engine/content/scenarios';
import { closingWindow, leftAloneRates } from '../../src/engine/endings';

/** Successful attacks and Pakistani deaths a week over the closing weeks, in tenths. */
function leftAlone(
  scenario: (typeof SCENARIO_IDS)[number],
  seeds: readonly number[],
  length?: 'class',
) {
  let through = 0;
  let harm = 0;
  let weeks = 0;
  for (const seed of seeds) {
    const opening = newGame({ scenario, seed, length });
    if (!opening.ok) throw new Error(opening.error);
    let state: GameState = opening.value;
    const from = state.maxWeeks - closingWindow(state.maxWeeks) + 1;
    while (state.week <= state.maxWeeks) {
      const turn = resolveTurn({ ...state, ending: null }, []);
      if (!turn.ok) throw new Error(JSON.stringify(turn.error.reason));
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

describe('what each crisis does when left alone over a lesson of the class length', () => {
  const seeds = Array.from({ length: 200 }, (_, i) => 5000 + i);
  it.each(SCENARIO_IDS)('%s: the class figures match a fresh measurement', (scenario) => {
    const measured = leftAlone(scenario, seeds, 'class');
    const stated = SCENARIOS[scenario].classLeftAlone;
    expect(Math.abs(measured.through - stated.through), 'attacks through').toBeLessThanOrEqual(2);
    expect(Math.abs(measured.harm - stated.harm), 'deaths').toBeLessThanOrEqual(stated.harm / 8);
  });

  it.each(SCENARIO_IDS)(
    '%s: a class game lasts the class length and is graded on its own figures',
    (scenario) => {
      const full = newGame({ scenario, seed: 1 });
      const short = newGame({ scenario, seed: 1, length: 'class' });
      if (!full.ok || !short.ok) throw new Error('no game');
      expect(short.value.maxWeeks).toBe(CLASS_WEEKS);
      expect(full.value.maxWeeks).toBe(SCENARIOS[scenario].weeks);
      expect(leftAloneRates(short.value)).toBe(SCENARIOS[scenario].classLeftAlone);
      expect(leftAloneRates(full.value)).toBe(SCENARIOS[scenario].leftAlone);
    },
  );
});
