// The engine's public face: options from people and files are checked with clear messages, replay
// keeps what it is asked for, names the week it could not apply and the first week that diverged, and fingerprints identify states.
import { describe, expect, it } from 'vitest';
import {
  MAX_SEED,
  SCENARIO_IDS,
  fingerprint,
  newGame,
  replay,
  resolveTurn,
  type GameState,
  type WeekReport,
} from '../../src/engine';
import { game, withState } from './fixtures';
import { EN } from '../../src/text';

function started(options: { scenario: unknown; seed: unknown; difficulty?: unknown }): GameState {
  const result = newGame(options);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('newGame', () => {
  it.each(SCENARIO_IDS)('starts %s at week 1 with no ending', (scenario) => {
    const state = started({ scenario, seed: 7 });
    expect(state).toMatchObject({ scenario, seed: 7, difficulty: 'normal', week: 1, ending: null });
    expect(state.history).toEqual([]);
  });

  it('accepts the smallest and the largest seed', () => {
    expect(started({ scenario: 'sandbox', seed: 0 }).seed).toBe(0);
    expect(started({ scenario: 'sandbox', seed: MAX_SEED }).seed).toBe(2 ** 32 - 1);
  });

  it('rejects an unknown scenario, naming the choices', () => {
    expect(newGame({ scenario: 'atlantis', seed: 1 })).toEqual({
      ok: false,
      error:
        'Unknown scenario "atlantis"; choose one of karachi, seven-camps, doha-truce, sandbox.',
    });
  });

  it.each([
    [-1, '-1'],
    [1.5, '1.5'],
    [2 ** 32, '4294967296'],
    ['7', '7'],
    [Number.NaN, 'NaN'],
    [null, 'null'],
  ])('rejects the bad seed %j', (seed, shown) => {
    expect(newGame({ scenario: 'sandbox', seed })).toEqual({
      ok: false,
      error: `Bad seed "${shown}"; a seed is a whole number from 0 to 4294967295.`,
    });
  });

  it('rejects an unknown difficulty, naming the choices', () => {
    expect(newGame({ scenario: 'sandbox', seed: 1, difficulty: 'nightmare' })).toEqual({
      ok: false,
      error: 'Unknown difficulty "nightmare"; choose one of easy, normal, hard.',
    });
  });
});

describe('replay', () => {
  const options = { scenario: 'sandbox', seed: 3 };
  const weeks = [[{ response: 'apex-committee' }], [], [{ response: 'envoy-to-kabul' }]];

  /** The engine's own states and reports, stepped here without replay. */
  function stepped() {
    let state = started(options);
    const states = [state];
    const reports: WeekReport[] = [];
    for (const week of weeks) {
      const turn = resolveTurn(state, week);
      if (!turn.ok) throw new Error(JSON.stringify(turn.error.reason));
      state = turn.value.state;
      states.push(state);
      reports.push(turn.value.report);
    }
    return { states, reports, fingerprints: states.slice(1).map(fingerprint) };
  }

  it('folds resolveTurn over the weeks and fingerprints each one', () => {
    const result = replay(options, weeks);
    if (!result.ok) throw new Error(JSON.stringify(result.error.reason));
    const expected = stepped();
    expect(result.value.fingerprints).toEqual(expected.fingerprints);
    expect(result.value.final.week).toBe(4);
    expect(fingerprint(result.value.final)).toBe(expected.fingerprints[2]);
    expect(fingerprint(result.value.opening)).toBe(fingerprint(started(options)));
    expect(result.value.options).toEqual({ ...options, difficulty: 'normal' });
    expect(result.value.weeks).toEqual(weeks);
    expect(result.value.divergedAt).toBeNull();
  });

  it('keeps states and reports only when asked', () => {
    const expected = stepped();
    const bare = replay(options, weeks);
    expect(bare.ok && bare.value.states).toBeNull();
    expect(bare.ok && bare.value.reports).toBeNull();
    const reportsOnly = replay(options, weeks, { reports: true });
    expect(reportsOnly.ok && reportsOnly.value.states).toBeNull();
    expect(reportsOnly.ok && reportsOnly.value.reports).toEqual(expected.reports);
    const full = replay(options, weeks, { states: true, reports: true });
    if (!full.ok) throw new Error(JSON.stringify(full.error.reason));
    expect(full.value.states.map(fingerprint)).toEqual(expected.states.map(fingerprint));
    expect(full.value.reports.map((r) => r.week)).toEqual([1, 2, 3]);
  });

  it('checks recorded fingerprints and names the first week that differs', () => {
    const { fingerprints } = stepped();
    const matching = replay(options, weeks, { recorded: fingerprints });
    expect(matching.ok && matching.value.divergedAt).toBeNull();
    for (const week of [1, 2, 3]) {
      const recorded = fingerprints.map((print, i) => (i >= week - 1 ? '0000000000000000' : print));
      const result = replay(options, weeks, { recorded });
      if (!result.ok) throw new Error(JSON.stringify(result.error.reason));
      expect(result.value.divergedAt).toBe(week);
      // The replay goes on after a divergence: every week is still played and fingerprinted.
      expect(result.value.fingerprints).toEqual(fingerprints);
    }
    // Fewer recorded fingerprints than weeks: only the recorded weeks are checked.
    const short = replay(options, weeks, { recorded: fingerprints.slice(0, 1) });
    expect(short.ok && short.value.divergedAt).toBeNull();
  });

  it('names the week whose decisions are illegal, keeping the weeks before it', () => {
    const result = replay(options, [[], [{ response: 'apex-committee' }], [{ response: 'nuke' }]], {
      states: true,
    });
    if (result.ok) throw new Error('An unknown response was accepted');
    expect(result.error.week).toBe(3);
    expect(result.error.reason).toEqual({
      code: 'unknown-response',
      problem: 'no-such-response',
      response: 'nuke',
    });
    expect(EN.unavailable(result.error.reason)).toBe('There is no response "nuke".');
    expect(result.error.before?.fingerprints).toHaveLength(2);
    expect(result.error.before?.states).toHaveLength(3);
    expect(result.error.before?.final.week).toBe(3);
  });

  it('names the week when a response is still cooling down', () => {
    const apex = [{ response: 'apex-committee' }];
    const result = replay(options, [apex, apex]);
    expect(result).toMatchObject({
      ok: false,
      error: { week: 2, reason: { code: 'cooldown', untilWeek: 4, afterEnd: false } },
    });
    if (!result.ok)
      expect(EN.unavailable(result.error.reason)).toBe('Used recently; available again in week 4.');
  });

  it('answers bad options as week 0 with the option message', () => {
    expect(replay({ scenario: 'sandbox', seed: -1 }, [[]])).toMatchObject({
      ok: false,
      error: {
        week: 0,
        reason: { code: 'bad-options', message: expect.stringContaining('Bad seed "-1"') },
        before: null,
      },
    });
  });

  it('refuses weeks after the game has ended, naming the first of them', () => {
    // Karachi lasts 12 weeks, so 30 empty weeks outrun it whatever happens.
    const weeks = Array.from({ length: 30 }, () => []);
    const result = replay({ scenario: 'karachi', seed: 1 }, weeks);
    if (result.ok) throw new Error('Replay ran past the end of the game');
    const ending = result.error.before?.final.ending;
    expect(ending).toBeTruthy();
    expect(result.error.week).toBe((ending?.week ?? 0) + 1);
    expect(ending?.week).toBeLessThanOrEqual(12);
    expect(result.error.reason).toEqual({ code: 'already-ended', week: ending?.week });
    expect(EN.unavailable(result.error.reason)).toBe(
      `The game had already ended in week ${ending?.week}.`,
    );
  });
});

describe('fingerprint', () => {
  it('is sixteen hex digits', () => {
    expect(fingerprint(game())).toMatch(/^[0-9a-f]{16}$/);
  });

  it('is equal for two independently created equal states', () => {
    const a = started({ scenario: 'doha-truce', seed: 99, difficulty: 'hard' });
    const b = started({ scenario: 'doha-truce', seed: 99, difficulty: 'hard' });
    expect(a).not.toBe(b);
    expect(fingerprint(a)).toBe(fingerprint(b));
  });

  it('does not depend on the order in which keys were written', () => {
    const state = game();
    const reversed = JSON.parse(
      JSON.stringify(state, (_, value: unknown) =>
        value && typeof value === 'object' && !Array.isArray(value)
          ? Object.fromEntries(Object.entries(value).reverse())
          : value,
      ),
    ) as GameState;
    expect(Object.keys(reversed)[0]).not.toBe(Object.keys(state)[0]);
    expect(fingerprint(reversed)).toBe(fingerprint(state));
  });

  it('changes after a turn, and with the seed, and with any one value', () => {
    const state = game('sandbox', 1);
    const turn = resolveTurn(state, []);
    if (!turn.ok) throw new Error(JSON.stringify(turn.error.reason));
    const prints = [
      fingerprint(state),
      fingerprint(turn.value.state),
      fingerprint(game('sandbox', 2)),
      fingerprint(withState(state, (s) => (s.districts.bannu.trust += 1))),
      fingerprint(withState(state, (s) => (s.crossings.arandu.open = false))),
    ];
    expect(new Set(prints).size).toBe(prints.length);
  });
});
