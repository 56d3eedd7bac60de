// Predictions are checked against the engine's reports. Over many weeks of real games each
// reaction is checked against a second reading of the same week from another part of the engine's
// output (the states before and after, the scorecard's running counts), and each one both happens
// and fails to happen somewhere, so no check is dead. Scoring: hits and Brier's score by hand.
import { describe, expect, it } from 'vitest';
import { DISTRICTS, DISTRICT_IDS, type GameState, type WeekReport } from '../../src/engine';
import { STRATEGIES, playGame } from '../../src/engine/strategies';
import {
  BRIER_EXPLAINED,
  PREDICTIONS,
  cameTrue,
  playedWeeks,
  predictionsFor,
  scorePredictions,
  type PlayedWeek,
} from '../../src/classroom/predictions';
import { PREDICTION_IDS, type PredictionId } from '../../src/model/classroom';

interface Week {
  before: GameState;
  after: GameState;
  report: WeekReport;
}

/** Weeks of real games: hawkish, dovish, balanced and random play over the four scenarios. */
const WEEKS: Week[] = (() => {
  const weeks: Week[] = [];
  for (const scenario of ['karachi', 'seven-camps', 'doha-truce', 'sandbox'] as const)
    for (const [name, seed] of [
      ['balanced', 11],
      ['hawk', 12],
      ['dove', 13],
      ['random', 14],
    ] as const)
      playGame(
        { scenario, seed, difficulty: 'normal' },
        STRATEGIES[name],
        (before, report, after) => weeks.push({ before, after, report }),
      );
  return weeks;
})();

const played = (week: Week): PlayedWeek => ({ report: week.report, history: week.after.history });
const deathsOfPakistanis = (state: GameState) =>
  state.tally.civiliansPakistan + state.tally.police + state.tally.soldiers;
const urbanHarm = (state: GameState) =>
  DISTRICT_IDS.filter((id) => DISTRICTS[id].urban).reduce(
    (sum, id) => sum + state.districts[id].civilianHarm,
    0,
  );

/** A second reading of each reaction, from the states and counts instead of the report. */
const SECOND_READING: Partial<Record<PredictionId, (week: Week) => boolean>> = {
  'attack-foiled': ({ before, after }) => after.tally.foiled > before.tally.foiled,
  'no-deaths': ({ before, after }) => deathsOfPakistanis(after) === deathsOfPakistanis(before),
  'ladder-up': ({ before, after }) => after.ladder > before.ladder,
  'ladder-down': ({ before, after }) => after.ladder < before.ladder,
  'pressure-up': ({ before, after }) => after.meters.publicPressure > before.meters.publicPressure,
  'talks-advance': ({ before, after }) =>
    after.diplomacy.talksProgress > before.diplomacy.talksProgress,
  'china-mediation': ({ before, after }) =>
    after.powers.china.offer === 'mediation' &&
    after.powers.china.offerUntil > before.powers.china.offerUntil,
};

describe('each prediction, checked against the engine', () => {
  it('the games give enough weeks to judge', () => {
    expect(WEEKS.length).toBeGreaterThan(150);
  });

  it.each(PREDICTION_IDS)('%s happens in some weeks and not in others', (id) => {
    const outcomes = WEEKS.filter((w) => PREDICTIONS[id].fromWeek <= w.report.week).map((w) =>
      cameTrue({ id, confidence: 70 }, played(w)),
    );
    expect(outcomes.filter(Boolean).length, 'weeks it happened').toBeGreaterThan(0);
    expect(outcomes.filter((x) => !x).length, 'weeks it did not').toBeGreaterThan(0);
  });

  it.each(Object.entries(SECOND_READING))(
    '%s agrees with the states before and after',
    (id, second) => {
      for (const week of WEEKS)
        expect(
          cameTrue({ id: id as PredictionId, confidence: 60 }, played(week)),
          `${week.after.scenario} week ${week.report.week}`,
        ).toBe(second!(week));
    },
  );

  it('a city attack that gets through is one where a city counts new dead or a deadly attack event', () => {
    for (const week of WEEKS) {
      const city = cameTrue({ id: 'city-attack', confidence: 60 }, played(week));
      // Civilians killed in a city mean some attack there got through (only attacks kill there).
      if (urbanHarm(week.after) > urbanHarm(week.before)) expect(city).toBe(true);
      if (city) expect(week.after.thisWeek.attacks).toBeGreaterThan(week.after.thisWeek.foiled);
    }
  });

  it('Kabul at the border is a week with border incidents', () => {
    for (const week of WEEKS)
      if (cameTrue({ id: 'kabul-border', confidence: 60 }, played(week)))
        expect(week.after.thisWeek.incidents).toBeGreaterThan(0);
  });

  it('fewer attacks than last week compares the two weeks\u2019 lines, and is not offered in week 1', () => {
    expect(predictionsFor(1)).not.toContain('attacks-fall');
    expect(predictionsFor(2)).toContain('attacks-fall');
    for (const week of WEEKS.filter((w) => w.report.week > 1)) {
      const last = week.before.history.at(-1)!;
      const now = week.after.history.at(-1)!;
      expect(cameTrue({ id: 'attacks-fall', confidence: 60 }, played(week))).toBe(
        now.attacks - now.foiled < last.attacks - last.foiled,
      );
    }
  });
});

describe('scoring', () => {
  const game = WEEKS.slice(0, 4);
  const weeks = game.map(played);

  it('counts hits and averages the Brier terms', () => {
    const truth = weeks.map((week) => cameTrue({ id: 'pressure-up', confidence: 50 }, week));
    const entries = [
      { week: 1, prediction: { id: 'pressure-up' as const, confidence: 100 } },
      { week: 2, justification: 'no prediction this week' },
      { week: 3, prediction: { id: 'pressure-up' as const, confidence: 80 } },
      { week: 9, prediction: { id: 'pressure-up' as const, confidence: 90 } },
    ];
    const score = scorePredictions(entries, weeks);
    expect(score.outcomes.map((o) => o.week)).toEqual([1, 3]);
    const term = (p: number, hit: boolean) => (p - (hit ? 1 : 0)) ** 2;
    expect(score.hits).toBe(Number(truth[0]) + Number(truth[2]));
    expect(score.brier).toBeCloseTo((term(1, truth[0]!) + term(0.8, truth[2]!)) / 2, 12);
  });

  it('a certain, right prediction scores 0; a certain, wrong one 1; nothing predicted has no score', () => {
    const truth = cameTrue({ id: 'pressure-up', confidence: 50 }, weeks[0]!);
    const right = truth ? 'pressure-up' : 'ladder-up';
    const wrongId: PredictionId = truth ? 'ladder-up' : 'pressure-up';
    if (!truth) expect(cameTrue({ id: 'ladder-up', confidence: 50 }, weeks[0]!)).toBe(true);
    const certain = (id: PredictionId) =>
      scorePredictions([{ week: 1, prediction: { id, confidence: 100 } }], weeks).brier;
    expect(certain(right as PredictionId)).toBe(0);
    if (!cameTrue({ id: wrongId, confidence: 50 }, weeks[0]!)) expect(certain(wrongId)).toBe(1);
    expect(scorePredictions([], weeks)).toEqual({ outcomes: [], hits: 0, brier: null });
  });

  it('is explained in one sentence', () => {
    expect(BRIER_EXPLAINED.split(/[.!?](\s|$)/).filter((s) => s.trim()).length).toBe(1);
  });

  it('reads a whole game from its reports and last history', () => {
    const last = game.at(-1)!.after.history;
    expect(
      playedWeeks(
        game.map((w) => w.report),
        last,
      ),
    ).toHaveLength(4);
  });
});
