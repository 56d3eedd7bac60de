// Each ending's trigger, its grade and its causes; and the promise that no game is decided by doing
// nothing in its first week.
import { describe, expect, it } from 'vitest';
import { CONFIDENCE_BREAKS_AFTER, FINAL_WINDOW, checkEnding } from '../../src/engine/endings';
import {
  DIFFICULTIES,
  ENDINGS,
  SCENARIO_IDS,
  resolveTurn,
  type Ending,
  type EndingId,
  type GameState,
} from '../../src/engine';
import { game, weekRecord, withState } from './fixtures';

const sandbox = game('sandbox', 1);

function ended(state: GameState): Ending {
  const ending = checkEnding(state);
  if (!ending) throw new Error('Expected an ending');
  return ending;
}

/** Checks what every ending shares: its id, its grade, its title and its causes in plain words. */
function expectEnding(ending: Ending, id: EndingId, grade: Ending['grade'], week: number): void {
  expect(ending.id).toBe(id);
  expect(ending.grade).toBe(grade);
  expect(ending.title).toBe(ENDINGS[id].title);
  expect(ending.summary).toBe(ENDINGS[id].summary);
  expect(ending.week).toBe(week);
  expect(ending.causes.length).toBeGreaterThan(0);
  for (const cause of ending.causes) {
    expect(cause).toMatch(/^[A-Z0-9"].*[.]$/);
    expect(cause).not.toMatch(/undefined|NaN|null|\[object|[{}]/);
  }
}

/** The sandbox at its last week, with `attacks` a week over the last four and a bloody past. */
function lastWeek(attacks: readonly number[], patch: (s: GameState) => void = () => {}) {
  return withState(sandbox, (s) => {
    s.week = s.maxWeeks;
    const past = Array.from({ length: s.maxWeeks - 1 - attacks.length }, (_, i) =>
      weekRecord(s, i + 1, { attacks: 12 }),
    );
    const recent = attacks.map((n, i) => weekRecord(s, past.length + i + 1, { attacks: n }));
    s.history = [...past, ...recent];
    s.ladder = 2;
    patch(s);
  });
}

describe('the losses, checked every week', () => {
  it('open war when the ladder reaches its top', () => {
    const state = withState(sandbox, (s) => (s.ladder = 5));
    const ending = ended(state);
    expectEnding(ending, 'open-war', 'bad', 1);
    expect(ending.causes[0]).toBe("Kabul's hostility stood at 55 and its hardliners at 50.");
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
    expect(ending.causes[0]).toBe(
      `Public pressure stood at 90 or more for ${CONFIDENCE_BREAKS_AFTER} weeks running (now 93).`,
    );
    expect(ending.causes[1]).toBe(
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
    expect(ending.causes[0]).toBe(
      'Institutional cohesion collapsed to 5 while public pressure stood at 70.',
    );
    // Deterrence (45) had not worn down, so that cause is not claimed.
    expect(ending.causes.some((c) => c.startsWith('Deterrence'))).toBe(false);
    expect(checkEnding(state(6, 70))).toBeNull();
    expect(checkEnding(state(5, 69))).toBeNull();
  });

  it('the pipeline counts the weeks of crisis and ends the game on the fourth', () => {
    let state = withState(sandbox, (s) => (s.meters.publicPressure = 100));
    const weeks: (string | null)[] = [];
    for (let i = 0; i < CONFIDENCE_BREAKS_AFTER; i++) {
      state = withState(state, (s) => (s.meters.publicPressure = 100));
      const turn = resolveTurn(state, []);
      if (!turn.ok) throw new Error(turn.error.reason.message);
      state = turn.value.state;
      weeks.push(state.ending?.id ?? null);
    }
    expect(state.pressureCrisisWeeks).toBe(CONFIDENCE_BREAKS_AFTER);
    expect(weeks).toEqual([null, null, null, 'loss-of-confidence']);
  });

  it('fiscal crisis when the treasury runs dry', () => {
    const ending = ended(withState(sandbox, (s) => (s.meters.fiscalRoom = 0)));
    expectEnding(ending, 'fiscal-crisis', 'bad', 1);
    expect(ending.causes[0]).toBe('Fiscal room reached 0.');
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

describe('the graded endings, at the last week', () => {
  it('strategic reset: few attacks, verification, open crossings and a calm ladder', () => {
    const state = lastWeek([1, 1, 1, 2], (s) => (s.diplomacy.verification = true));
    const ending = ended(state);
    expectEnding(ending, 'strategic-reset', 'good', 24);
    expect(ending.causes).toContain(`5 attacks in the last ${FINAL_WINDOW} weeks.`);
    expect(ending.causes).toContain('A joint verification mechanism is working.');
    expect(ending.causes).toContain('Torkham and Chaman are open.');
  });

  it('is not reached one week before the last, however good the record', () => {
    const state = lastWeek([0, 0, 0, 0], (s) => {
      s.diplomacy.verification = true;
      s.week = s.maxWeeks - 1;
    });
    expect(checkEnding(state)).toBeNull();
  });

  it.each([
    ['six attacks', [1, 1, 2, 2], (s: GameState) => (s.diplomacy.verification = true)],
    ['no verification', [0, 0, 0, 0], () => {}],
    [
      'Torkham shut',
      [0, 0, 0, 0],
      (s: GameState) => {
        s.diplomacy.verification = true;
        s.crossings.torkham = { open: false, closedWeeks: 3 };
      },
    ],
  ])('fragile containment when the reset falls short: %s', (_, attacks, patch) => {
    expectEnding(ended(lastWeek(attacks, patch)), 'fragile-containment', 'good', 24);
  });

  it('fragile containment at its limits: eight attacks, ladder 2, public pressure 74', () => {
    const state = lastWeek([2, 2, 2, 2], (s) => (s.meters.publicPressure = 74));
    const ending = ended(state);
    expectEnding(ending, 'fragile-containment', 'good', 24);
    expect(ending.causes).toContain('No verification mechanism was agreed.');
    expect(ending.causes).toContain(
      'The ladder stands at "Border incidents"; public pressure at 74.',
    );
  });

  it.each([
    ['nine attacks', [3, 2, 2, 2], () => {}],
    ['the ladder at cross-border strikes', [0, 0, 0, 0], (s: GameState) => (s.ladder = 3)],
    ['public pressure at 75', [0, 0, 0, 0], (s: GameState) => (s.meters.publicPressure = 75)],
  ])('forever frontier otherwise: %s', (_, attacks, patch) => {
    expectEnding(ended(lastWeek(attacks, patch)), 'forever-frontier', 'mixed', 24);
  });

  it('the pipeline grades the game when the last week is resolved', () => {
    const state = lastWeek([0, 0, 0]);
    const turn = resolveTurn(state, []);
    if (!turn.ok) throw new Error(turn.error.reason.message);
    expect(turn.value.report.ending).toEqual(turn.value.state.ending);
    expect(['strategic-reset', 'fragile-containment', 'forever-frontier']).toContain(
      turn.value.state.ending?.id,
    );
    expect(turn.value.state.ending?.week).toBe(24);
  });
});

describe('no game is decided in week one by doing nothing', () => {
  it.each(SCENARIO_IDS.flatMap((scenario) => DIFFICULTIES.map((d) => [scenario, d] as const)))(
    '%s (%s): 200 seeds, no ending after week 1',
    (scenario, difficulty) => {
      const endings: string[] = [];
      for (let seed = 0; seed < 200; seed++) {
        const turn = resolveTurn(game(scenario, seed, difficulty), []);
        if (!turn.ok) throw new Error(turn.error.reason.message);
        if (turn.value.state.ending) endings.push(`seed ${seed}: ${turn.value.state.ending.id}`);
      }
      expect(endings).toEqual([]);
    },
  );
});
