// The five advisors: always present, always legal, computed from the state with its numbers in their
// words, deterministic, and in disagreement; and the advisor strategies play whole games legally.
import { describe, expect, it } from 'vitest';
import {
  ADVISOR_IDS,
  RESPONSES,
  SCENARIO_IDS,
  adviceFor,
  fingerprint,
  validateDecisions,
  type Advice,
  type AdvisorId,
  type GameState,
  type ScenarioId,
} from '../../src/engine';
import { ADVISORS } from '../../src/engine/content/advisors';
import { cloneState } from '../../src/engine/state';
import { STRATEGIES, isStrategyName, playGame, type Strategy } from '../../src/engine/strategies';
import { EN } from '../../src/text';
import { game, withState } from './fixtures';

const TITLES: Record<AdvisorId, string> = {
  military: 'Military command',
  foreign: 'Foreign Office',
  province: 'KP provincial government',
  finance: 'Finance',
  interior: 'Interior and intelligence',
};
const CATEGORY = new Map(RESPONSES.map((r) => [r.id, r.category]));

function advisor(state: GameState, id: AdvisorId): Advice {
  const found = adviceFor(state).find((a) => a.advisor === id);
  if (!found) throw new Error(`No advice from ${id}`);
  return found;
}

/** Every week's state of a game played by `strategy`, from the opening to the last decision. */
function statesOf(scenario: ScenarioId, seed: number, strategy: Strategy): GameState[] {
  const states: GameState[] = [];
  playGame({ scenario, seed, difficulty: 'normal' }, (state, dice) => {
    states.push(state);
    return strategy(state, dice);
  });
  return states;
}

/** A spread of states: every week of a hawkish and a dovish game in every scenario. */
const SAMPLES: GameState[] = SCENARIO_IDS.flatMap((scenario) => [
  ...statesOf(scenario, 11, STRATEGIES.hawk),
  ...statesOf(scenario, 12, STRATEGIES.dove),
]);

describe('advisors', () => {
  it('every pick in the advisors table names a real response', () => {
    for (const id of ADVISOR_IDS)
      for (const pick of ADVISORS[id].picks) expect(CATEGORY.has(pick.response)).toBe(true);
  });

  it('gives five advisors in a fixed order, with their titles, in every state', () => {
    expect(SAMPLES.length).toBeGreaterThan(40);
    const finished = withState(game('sandbox'), (s) => {
      s.ending = { id: 'open-war', grade: 'bad', week: 1, causes: [] };
    });
    for (const state of [...SAMPLES, finished]) {
      const advice = adviceFor(state);
      expect(advice.map((a) => a.advisor)).toEqual([...ADVISOR_IDS]);
      expect(advice.map((a) => EN.advisorTitle(a.advisor))).toEqual(
        ADVISOR_IDS.map((id) => TITLES[id]),
      );
    }
    // Once the game is over nothing is available, so nothing is recommended.
    expect(adviceFor(finished).every((a) => a.recommendations.length === 0)).toBe(true);
  });

  it('recommends only responses that are legal this week, each on its own, at most three', () => {
    let counted = 0;
    for (const state of SAMPLES) {
      for (const advice of adviceFor(state)) {
        expect(advice.recommendations.length).toBeLessThanOrEqual(3);
        const ids = advice.recommendations.map((r) => r.response);
        expect(new Set(ids).size).toBe(ids.length);
        for (const { response, target, reason } of advice.recommendations) {
          const decision = target === undefined ? { response } : { response, target };
          const check = validateDecisions(state, [decision]);
          expect(check.ok, `${advice.advisor}: ${response} ${target ?? ''}`).toBe(true);
          expect(EN.advice(reason)).toMatch(/\d/);
          expect(EN.advice(reason)).not.toMatch(/undefined|NaN|null|\[object/);
          counted++;
        }
      }
    }
    expect(counted).toBeGreaterThan(SAMPLES.length * 5);
  });

  it('every stance is a sentence that cites a number', () => {
    for (const state of SAMPLES)
      for (const { stance: words } of adviceFor(state)) {
        const stance = EN.stance(words);
        expect(stance).toMatch(/^[A-Z0-9"].*[.]$/);
        expect(stance).toMatch(/\d/);
        expect(stance).not.toMatch(/undefined|NaN|null|\[object/);
      }
  });

  it.each(['karachi', 'seven-camps'] as const)(
    'disagree at the opening of %s: at least three different top recommendations',
    (scenario) => {
      const tops = adviceFor(game(scenario)).map((a) => a.recommendations[0]?.response);
      expect(tops.every((t) => t !== undefined)).toBe(true);
      expect(new Set(tops).size).toBeGreaterThanOrEqual(3);
    },
  );

  it('military command answers with force when deterrence is low; the Foreign Office talks', () => {
    const karachi = game('karachi');
    const military = advisor(karachi, 'military');
    // At the opening nothing says deterrence fell; it is only low.
    expect(EN.stance(military.stance)).toContain(`stands low at ${karachi.meters.deterrence}`);
    for (const r of military.recommendations)
      expect(['Cross-border military', 'Internal operations']).toContain(CATEGORY.get(r.response));
    const foreign = advisor(game('seven-camps'), 'foreign');
    expect(foreign.recommendations[0]?.response).toMatch(/^talks-/);
    for (const r of foreign.recommendations)
      expect(['Cross-border military', 'Internal operations']).not.toContain(
        CATEGORY.get(r.response),
      );
  });

  it('each stance reads the number that drives it', () => {
    const sandbox = game('sandbox');
    const cases: [AdvisorId, (s: GameState) => void, string][] = [
      ['military', (s) => (s.meters.deterrence = 23), 'Deterrence stands low at 23'],
      ['foreign', (s) => (s.kabul.hostility = 81), "Kabul's hostility is 81"],
      ['province', (s) => (s.districts['north-waziristan'].police = 7), 'stand at 7'],
      ['province', (s) => (s.meters.cohesion = 33), 'down to 33'],
      ['finance', (s) => (s.meters.fiscalRoom = 17), 'Fiscal room is down to 17'],
      ['interior', (s) => (s.districts.karachi.presence.jua = 60), 'militant presence 88'],
    ];
    for (const [id, patch, words] of cases) {
      expect(EN.stance(advisor(sandbox, id).stance)).not.toContain(words);
      expect(EN.stance(advisor(withState(sandbox, patch), id).stance)).toContain(words);
    }
  });

  it('military command says deterrence has fallen only when it is lower than a week before', () => {
    const played = statesOf('karachi', 3, STRATEGIES.dove).filter((s) => s.history.length >= 2);
    const stance = (s: GameState, before: number, now: number) =>
      advisor(
        withState(s, (w) => {
          const set = (back: number, deterrence: number) => {
            const at = w.history.length - back;
            const record = w.history[at]!;
            w.history[at] = { ...record, meters: { ...record.meters, deterrence } };
          };
          set(2, before);
          set(1, now);
          w.meters.deterrence = now;
        }),
        'military',
      ).stance;
    const worded = (s: GameState, before: number, now: number) => EN.stance(stance(s, before, now));
    const state = played[0]!;
    expect(worded(state, 50, 40)).toContain('Deterrence has fallen to 40');
    expect(worded(state, 30, 40)).toContain('Deterrence stands low at 40');
    expect(worded(state, 40, 40)).not.toContain('fallen');
  });

  it('Finance warns against costly choices when fiscal room is low', () => {
    const poor = withState(game('sandbox'), (s) => (s.meters.fiscalRoom = 20));
    const finance = advisor(poor, 'finance');
    expect(EN.stance(finance.stance)).toContain('No costly choices');
    expect(finance.recommendations[0]?.response).toBe('gulf-support');
    const cost = (a: Advice) =>
      a.recommendations.reduce(
        (sum, r) => sum + (RESPONSES.find((d) => d.id === r.response)?.fiscal ?? 0),
        0,
      );
    expect(cost(finance)).toBeLessThan(cost(advisor(poor, 'military')));
  });

  it('is deterministic and leaves the state untouched', () => {
    for (const state of SAMPLES.filter((_, i) => i % 7 === 0)) {
      const before = fingerprint(state);
      const first = adviceFor(state);
      expect(adviceFor(cloneState(state))).toEqual(first);
      expect(adviceFor(state)).toEqual(first);
      expect(fingerprint(state)).toBe(before);
    }
  });
});

describe('advisor strategies', () => {
  const NAMES = ADVISOR_IDS.map((id) => `advisor:${id}`);

  it('are in the strategies table under their names', () => {
    for (const name of NAMES) {
      expect(isStrategyName(name)).toBe(true);
      if (isStrategyName(name)) expect(typeof STRATEGIES[name]).toBe('function');
    }
    expect(isStrategyName('advisor:nobody')).toBe(false);
  });

  it.each(SCENARIO_IDS)(
    'play %s to its ending with only legal moves, for every advisor',
    (scenario) => {
      const histories = new Set<string>();
      for (const name of NAMES) {
        if (!isStrategyName(name)) throw new Error(name);
        // playGame throws on the first illegal move.
        const played = playGame({ scenario, seed: 5, difficulty: 'normal' }, STRATEGIES[name]);
        expect(played.state.ending).not.toBeNull();
        expect(played.weeks.length).toBeGreaterThan(0);
        // An advisor with nothing to advise leaves the week empty: most weeks it has something.
        const active = played.weeks.filter((week) => week.length > 0).length;
        expect(active * 4).toBeGreaterThanOrEqual(played.weeks.length * 3);
        histories.add(JSON.stringify(played.weeks[0]));
      }
      // Following different advisors makes different first weeks.
      expect(histories.size).toBeGreaterThanOrEqual(3);
    },
  );

  it('play on hard difficulty too (less capacity, less money)', () => {
    for (const name of NAMES) {
      if (!isStrategyName(name)) throw new Error(name);
      const played = playGame(
        { scenario: 'karachi', seed: 9, difficulty: 'hard' },
        STRATEGIES[name],
      );
      expect(played.state.ending).not.toBeNull();
    }
  });
});
