// Illegal input is a value, not an exception: whatever a week's "decisions" are (any JSON, junk
// objects, unknown ids, wrong or missing targets, duplicates, too many), resolveTurn answers with a
// new state or a typed reason, never throws, and never touches the state it was given.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DIFFICULTIES,
  DISTRICT_IDS,
  PROVINCE_IDS,
  RESPONSES,
  SCENARIO_IDS,
  newGame,
  resolveTurn,
  responsesFor,
  type GameState,
  type Unavailable,
} from '../../src/engine';
import { playGame, randomStrategy } from '../../src/engine/strategies';
import { EN } from '../../src/text';

const CODES: ReadonlySet<Unavailable['code']> = new Set([
  'unknown-response',
  'needs-target',
  'bad-target',
  'cooldown',
  'ladder',
  'prerequisite',
  'capacity',
  'fiscal',
  'duplicate',
  'game-over',
]);

/** Every state of one random game per scenario and difficulty, the finished ones included. */
function statePool(): GameState[] {
  const pool: GameState[] = [];
  SCENARIO_IDS.forEach((scenario, i) =>
    DIFFICULTIES.forEach((difficulty, j) => {
      const options = { scenario, seed: 1000 + 10 * i + j, difficulty };
      const { weeks } = playGame(options, randomStrategy);
      const start = newGame(options);
      if (!start.ok) throw new Error(start.error);
      let state = start.value;
      pool.push(state);
      for (const decisions of weeks) {
        const turn = resolveTurn(state, decisions);
        if (!turn.ok) throw new Error(JSON.stringify(turn.error.reason));
        state = turn.value.state;
        pool.push(state);
      }
    }),
  );
  return pool;
}

const RESPONSE_IDS = RESPONSES.map((r) => r.id);
const PLACES: readonly string[] = [...DISTRICT_IDS, ...PROVINCE_IDS];

const responseArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...RESPONSE_IDS) },
  fc.string(),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', ''),
  fc.jsonValue(),
);
const targetArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PLACES) },
  fc.string(),
  fc.constantFrom('__proto__', 'constructor', 'Peshawar', ' peshawar', 'none'),
  fc.jsonValue(),
);
/** Something shaped roughly like a decision, often nearly right. */
const decisionLikeArb = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ response: responseArb, target: targetArb }, { requiredKeys: [] }),
  },
  fc.record({ response: responseArb, target: targetArb, extra: fc.jsonValue() }),
  fc.dictionary(fc.string(), fc.jsonValue()),
  fc.jsonValue(),
);
const decisionsArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.array(decisionLikeArb, { maxLength: 8 }) },
  fc.jsonValue(),
  fc.anything(),
  fc.array(fc.anything(), { maxLength: 4 }),
);

describe('bad decisions', () => {
  let pool: GameState[] = [];
  beforeAll(() => {
    pool = statePool();
  });

  it('never throw, answer ok or a typed reason, and leave the state untouched', () => {
    let refused = 0;
    let accepted = 0;
    fc.assert(
      fc.property(fc.nat(), decisionsArb, (which, decisions) => {
        const state = pool[which % pool.length]!;
        const copy = structuredClone(state);
        const decisionsText = JSON.stringify(decisions);
        const result = resolveTurn(state, decisions);
        if (!isDeepStrictEqual(state, copy))
          throw new Error('resolveTurn changed the state it was given');
        if (JSON.stringify(decisions) !== decisionsText)
          throw new Error('resolveTurn changed the decisions');
        if (result.ok) {
          accepted++;
          expect(Array.isArray(decisions)).toBe(true);
          expect(result.value.state).not.toBe(state);
          expect(result.value.state.week).toBe(state.week + 1);
          expect(result.value.report.decisions).toHaveLength((decisions as unknown[]).length);
        } else {
          refused++;
          const { index, reason } = result.error;
          expect(CODES.has(reason.code), `unknown code ${reason.code}`).toBe(true);
          expect(EN.unavailable(reason).trim()).not.toBe('');
          const length = Array.isArray(decisions) ? decisions.length : 0;
          expect(Number.isInteger(index) && index >= -1 && index < length).toBe(true);
          if (reason.code === 'cooldown') expect(reason.untilWeek).toBeGreaterThan(state.week);
          if (state.ending) expect(reason.code).toBe('game-over');
        }
      }),
      { numRuns: 2500 },
    );
    // Both answers must have been exercised, or the property proved little.
    expect(refused).toBeGreaterThan(100);
    expect(accepted).toBeGreaterThan(20);
  }, 60_000);

  it('one decision is accepted exactly when responsesFor offers it, else refused for the same reason', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.nat(), fc.boolean(), (which, pick, place, omit) => {
        const state = pool[which % pool.length]!;
        const options = responsesFor(state);
        const option = options[pick % options.length]!;
        const target = option.targets[place % Math.max(1, option.targets.length)];
        const decision =
          option.target === 'none' || (omit && option.unavailable === null)
            ? { response: option.id }
            : { response: option.id, target: target!.id };
        const result = resolveTurn(state, [decision]);
        if (option.unavailable) {
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.error.reason.code).toBe(option.unavailable.code);
        } else if (option.target !== 'none' && !('target' in decision)) {
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.error.reason.code).toBe('needs-target');
        } else if (target && target.reason !== null) {
          expect(result.ok).toBe(false);
          if (!result.ok) {
            expect(result.error.reason.code).toBe('bad-target');
            expect(result.error.reason).toEqual({
              code: 'bad-target',
              problem: 'unsuitable',
              reason: target.reason,
            });
          }
        } else {
          expect(result.ok, result.ok ? '' : EN.unavailable(result.error.reason)).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
  }, 60_000);
});
