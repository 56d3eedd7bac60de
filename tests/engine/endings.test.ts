// Each ending's trigger, its grade and its facts (and their words); the graded endings judged on
// outcomes against the scenario left alone; and the promise that no game is decided by doing
// nothing in its first week.
import { describe, expect, it } from 'vitest';
import {
  CONFIDENCE_BREAKS_AFTER,
  CONTAINMENT_SHARE,
  RESET_SHARE,
  checkEnding,
  closingWindow,
} from '../../src/engine/endings';
import {
  DIFFICULTIES,
  SCENARIOS,
  SCENARIO_IDS,
  resolveTurn,
  type Ending,
  type EndingId,
  type GameState,
  ENDING_GRADES,
} from '../../src/engine';
import { EN } from '../../src/text';
import { game, weekRecord, withState } from './fixtures';

const sandbox = game('sandbox', 1);

function ended(state: GameState): Ending {
  const ending = checkEnding(state);
  if (!ending) throw new Error('Expected an ending');
  return ending;
}

/** Checks what every ending shares: its id, its grade, its week, and its facts in plain words. */
function expectEnding(ending: Ending, id: EndingId, grade: Ending['grade'], week: number): void {
  expect(ending.id).toBe(id);
  expect(ending.grade).toBe(grade);
  expect(ending.week).toBe(week);
  expect(ending.causes.length).toBeGreaterThan(0);
  const words = EN.ending(ending);
  expect(words.title).toBe(EN.endingTitle(id));
  expect(words.summary).toBe(EN.endingSummary(id));
  expect(ENDING_GRADES[id]).toBe(grade);
  for (const cause of words.causes) {
    expect(cause).toMatch(/^[A-Z0-9"].*[.]$/);
    expect(cause).not.toMatch(/undefined|NaN|null|\[object|[{}]/);
  }
}

/** The words of an ending's facts. */
const causesOf = (ending: Ending) => EN.ending(ending).causes;

const WINDOW = closingWindow(24);
const ALONE = SCENARIOS.sandbox.leftAlone;
/** The most successful attacks (or Pakistani deaths) over the closing weeks within `share` percent of the scenario left alone. */
const within = (share: number, tenthsAWeek: number) =>
  Math.trunc((share * tenthsAWeek * WINDOW) / 1000);

/**
 * The sandbox at its last week: a bloody past, then `through` attacks that got through (and
 * `harm` Pakistanis killed) spread over the closing weeks, a calm ladder, open crossings.
 */
function lastWeek(through: number, harm: number, patch: (s: GameState) => void = () => {}) {
  return withState(sandbox, (s) => {
    s.week = s.maxWeeks;
    const past = Array.from({ length: s.maxWeeks - WINDOW }, (_, i) =>
      weekRecord(s, i + 1, { attacks: 12, harm: 90 }),
    );
    const closing = Array.from({ length: WINDOW }, (_, i) =>
      weekRecord(s, past.length + i + 1, {
        attacks: Math.trunc(through / WINDOW) + (i < through % WINDOW ? 1 : 0) + 1,
        foiled: 1,
        harm: Math.trunc(harm / WINDOW) + (i < harm % WINDOW ? 1 : 0),
      }),
    );
    s.history = [...past, ...closing];
    s.ladder = 2;
    patch(s);
  });
}

describe('the losses, checked every week', () => {
  it('open war when the ladder reaches its top', () => {
    const state = withState(sandbox, (s) => (s.ladder = 5));
    const ending = ended(state);
    expectEnding(ending, 'open-war', 'bad', 1);
    expect(ending.causes[0]).toEqual({ fact: 'kabul-at-war', hostility: 55, hardliners: 50 });
    expect(causesOf(ending)[0]).toBe(
      "Kabul's hostility stood at 55 and its hardliners at 50: strikes and clashes left no road back.",
    );
    expect(checkEnding(withState(sandbox, (s) => (s.ladder = 4)))).toBeNull();
  });

  it(`loss of confidence after ${CONFIDENCE_BREAKS_AFTER} weeks of public pressure at 90 or more`, () => {
    const crisis = (weeks: number) =>
      withState(sandbox, (s) => {
        s.pressureCrisisWeeks = weeks;
        s.meters.publicPressure = 93;
        s.meters.deterrence = 25;
      });
    expect(checkEnding(crisis(CONFIDENCE_BREAKS_AFTER - 1))).toBeNull();
    const ending = ended(crisis(CONFIDENCE_BREAKS_AFTER));
    expectEnding(ending, 'loss-of-confidence', 'bad', 1);
    expect(causesOf(ending)[0]).toBe(
      `Public pressure stood at 90 or more for ${CONFIDENCE_BREAKS_AFTER} weeks running (now 93).`,
    );
    expect(causesOf(ending)[1]).toBe(
      'Deterrence had worn down to 25: attacks seemed to go unanswered.',
    );
  });

  it('loss of confidence when cohesion collapses under high public pressure', () => {
    const state = (cohesion: number, publicPressure: number) =>
      withState(sandbox, (s) => {
        s.meters.cohesion = cohesion;
        s.meters.publicPressure = publicPressure;
      });
    const ending = ended(state(5, 70));
    expectEnding(ending, 'loss-of-confidence', 'bad', 1);
    expect(causesOf(ending)[0]).toBe(
      'Institutional cohesion collapsed to 5 while public pressure stood at 70.',
    );
    // Deterrence (45) had not worn down, so that cause is not claimed.
    expect(ending.causes.some((c) => c.fact === 'deterrence-worn')).toBe(false);
    expect(checkEnding(state(6, 70))).toBeNull();
    expect(checkEnding(state(5, 69))).toBeNull();
  });

  it('the pipeline counts the weeks of crisis and ends the game on the fourth', () => {
    let state = withState(sandbox, (s) => (s.meters.publicPressure = 100));
    const weeks: (string | null)[] = [];
    for (let i = 0; i < CONFIDENCE_BREAKS_AFTER; i++) {
      state = withState(state, (s) => (s.meters.publicPressure = 100));
      const turn = resolveTurn(state, []);
      if (!turn.ok) throw new Error(JSON.stringify(turn.error.reason));
      state = turn.value.state;
      weeks.push(state.ending?.id ?? null);
    }
    expect(state.pressureCrisisWeeks).toBe(CONFIDENCE_BREAKS_AFTER);
    expect(weeks).toEqual([null, null, null, 'loss-of-confidence']);
  });

  it('fiscal crisis when the treasury runs dry', () => {
    const ending = ended(withState(sandbox, (s) => (s.meters.fiscalRoom = 0)));
    expectEnding(ending, 'fiscal-crisis', 'bad', 1);
    expect(causesOf(ending)[0]).toBe(
      'Fiscal room reached 0; 0 million dollars of trade were lost to closed crossings.',
    );
    expect(checkEnding(withState(sandbox, (s) => (s.meters.fiscalRoom = 1)))).toBeNull();
  });

  it('open war takes precedence over the other losses', () => {
    const everything = withState(sandbox, (s) => {
      s.ladder = 5;
      s.meters.fiscalRoom = 0;
      s.pressureCrisisWeeks = CONFIDENCE_BREAKS_AFTER;
    });
    expect(ended(everything).id).toBe('open-war');
  });
});

describe('the graded endings, at the last week: outcomes against the scenario left alone', () => {
  const resetAttacks = within(RESET_SHARE, ALONE.through);
  const resetHarm = within(RESET_SHARE, ALONE.harm);
  const containAttacks = within(CONTAINMENT_SHARE, ALONE.through);
  const containHarm = within(CONTAINMENT_SHARE, ALONE.harm);
  const verified = (s: GameState) => (s.diplomacy.verification = true);

  it('the closing window is the last third of the game, never under four weeks', () => {
    expect([closingWindow(8), closingWindow(12), closingWindow(16), closingWindow(24)]).toEqual([
      4, 4, 5, 8,
    ]);
  });

  it('strategic reset: attacks and deaths at most half the left-alone rate, weaker militants, verification, open crossings, a calm ladder', () => {
    const ending = ended(lastWeek(resetAttacks, resetHarm, verified));
    expectEnding(ending, 'strategic-reset', 'good', 24);
    expect(ending.causes[0]).toEqual({
      fact: 'closing-attacks',
      weeks: WINDOW,
      through: resetAttacks,
      foiled: WINDOW,
      leftAlone: ALONE.through,
    });
    const words = causesOf(ending);
    expect(words[0]).toBe(
      `${resetAttacks} attacks got through in the last ${WINDOW} weeks (${WINDOW} more were foiled); left alone, the crisis brings about ${Math.round((ALONE.through * WINDOW) / 10)}.`,
    );
    expect(words).toContain('A joint verification mechanism is working.');
    expect(words).toContain('Torkham and Chaman are open.');
  });

  it('foiled attacks do not count against the grade', () => {
    const state = lastWeek(resetAttacks, resetHarm, (s) => {
      verified(s);
      for (const week of s.history.slice(-WINDOW)) {
        week.attacks += 5;
        week.foiled += 5;
      }
    });
    expect(ended(state).id).toBe('strategic-reset');
  });

  it('is not reached one week before the last, however good the record', () => {
    const state = lastWeek(0, 0, (s) => {
      verified(s);
      s.week = s.maxWeeks - 1;
    });
    expect(checkEnding(state)).toBeNull();
  });

  it.each([
    ['one attack too many', resetAttacks + 1, resetHarm, verified],
    ['one death too many', resetAttacks, resetHarm + 1, verified],
    ['no verification', 0, 0, () => {}],
    [
      'stronger militants than at the start',
      0,
      0,
      (s: GameState) => {
        verified(s);
        s.groups.ttp.strength += 1;
      },
    ],
    [
      'Torkham shut',
      0,
      0,
      (s: GameState) => {
        verified(s);
        s.crossings.torkham = { open: false, closedWeeks: 3 };
      },
    ],
  ])('fragile containment when the reset falls short: %s', (_, through, harm, patch) => {
    expectEnding(ended(lastWeek(through, harm, patch)), 'fragile-containment', 'good', 24);
  });

  it('fragile containment at its limits: ladder 2, public pressure 74', () => {
    const state = lastWeek(containAttacks, containHarm, (s) => (s.meters.publicPressure = 74));
    const ending = ended(state);
    expectEnding(ending, 'fragile-containment', 'good', 24);
    expect(causesOf(ending)).toContain('No verification mechanism was agreed.');
    expect(causesOf(ending)).toContain(
      'The ladder stands at "Border incidents"; public pressure at 74.',
    );
  });

  it.each([
    ['one attack too many', containAttacks + 1, 0, () => {}],
    ['one death too many', 0, containHarm + 1, () => {}],
    ['the ladder at cross-border strikes', 0, 0, (s: GameState) => (s.ladder = 3)],
    ['public pressure at 75', 0, 0, (s: GameState) => (s.meters.publicPressure = 75)],
    ['legitimacy under 30', 0, 0, (s: GameState) => (s.meters.legitimacy = 29)],
  ])('forever frontier otherwise: %s', (_, through, harm, patch) => {
    expectEnding(ended(lastWeek(through, harm, patch)), 'forever-frontier', 'mixed', 24);
  });

  it('a suspended mechanism is named as such', () => {
    const ending = ended(lastWeek(0, 0, (s) => (s.diplomacy.verificationSuspended = true)));
    expect(causesOf(ending)).toContain(
      'The verification mechanism was suspended after unilateral strikes and never renewed.',
    );
  });

  it('the pipeline grades the game when the last week is resolved', () => {
    const state = withState(lastWeek(0, 0), (s) => {
      s.history = s.history.slice(0, -1);
    });
    const turn = resolveTurn(state, []);
    if (!turn.ok) throw new Error(JSON.stringify(turn.error.reason));
    expect(turn.value.report.ending).toEqual(turn.value.state.ending);
    expect(['strategic-reset', 'fragile-containment', 'forever-frontier']).toContain(
      turn.value.state.ending?.id,
    );
    expect(turn.value.state.ending?.week).toBe(24);
  });
});

describe('the words of an ending live outside the game state', () => {
  it('a finished game stores ids and figures, none of the sentences shown for them', () => {
    const ending = ended(lastWeek(0, 0, (s) => (s.diplomacy.verification = true)));
    const stored = JSON.stringify(ending);
    const words = EN.ending(ending);
    for (const sentence of [words.title, words.summary, ...words.causes])
      expect(stored).not.toContain(sentence);
    expect(stored).not.toMatch(/[a-z]{3,} [a-z]{3,} [a-z]{3,}/);
  });
});

describe('no game is decided in week one by doing nothing', () => {
  it.each(SCENARIO_IDS.flatMap((scenario) => DIFFICULTIES.map((d) => [scenario, d] as const)))(
    '%s (%s): 200 seeds, no ending after week 1',
    (scenario, difficulty) => {
      const endings: string[] = [];
      for (let seed = 0; seed < 200; seed++) {
        const turn = resolveTurn(game(scenario, seed, difficulty), []);
        if (!turn.ok) throw new Error(JSON.stringify(turn.error.reason));
        if (turn.value.state.ending) endings.push(`seed ${seed}: ${turn.value.state.ending.id}`);
      }
      expect(endings).toEqual([]);
    },
  );
});
