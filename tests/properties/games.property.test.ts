// Thousands of random legal games per run: none throws, every number stays a bounded integer, every
// actor leaves a trace, every change has a cause, every game ends in time, and replaying the same
// inputs gives the same fingerprint every week. Some games are played by the built-in random
// strategy, the others by fast-check itself choosing each week from what responsesFor offers (so a
// failure shrinks to a short list of choices). The invariants live in ./invariants.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DIFFICULTIES,
  MAX_SEED,
  SCENARIO_IDS,
  fingerprint,
  newGame,
  replay,
  resolveTurn,
  responsesFor,
  weeklyCapacity,
  type Decision,
  type GameState,
} from '../../src/engine';
import { playGame, randomStrategy } from '../../src/engine/strategies';
import { checkGame, type Options } from './invariants';

const optionsArb: fc.Arbitrary<Options> = fc.record({
  scenario: fc.constantFrom(...SCENARIO_IDS),
  seed: fc.integer({ min: 0, max: MAX_SEED }),
  difficulty: fc.constantFrom(...DIFFICULTIES),
});

/** One pick: which open response (modulo how many are open) and which of its valid targets. */
type Pick = [response: number, target: number];
/** Fast-check's plan for a whole game: up to eight picks a week, for the longest scenario. */
const planArb = fc.array(fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 }), {
  minLength: 24,
  maxLength: 24,
});

/** Turns a week's picks into legal decisions: only open responses and valid targets, within the week. */
function chooseWeek(state: GameState, picks: readonly Pick[]): Decision[] {
  const open = responsesFor(state).filter((option) => option.unavailable === null);
  let actions = weeklyCapacity(state);
  let fiscal = state.meters.fiscalRoom;
  const taken = new Set<string>();
  const decisions: Decision[] = [];
  for (const [which, where] of picks) {
    const option = open[which % open.length];
    if (!option || taken.has(option.id) || (option.exclusive && taken.has(option.exclusive)))
      continue;
    if (option.actions > actions || option.fiscal > fiscal) continue;
    if (option.target === 'none') {
      decisions.push({ response: option.id });
    } else {
      const targets = option.targets.filter((t) => t.reason === null);
      decisions.push({ response: option.id, target: targets[where % targets.length]!.id });
    }
    actions -= option.actions;
    fiscal -= option.fiscal;
    taken.add(option.id);
    if (option.exclusive) taken.add(option.exclusive);
  }
  return decisions;
}

describe('random legal games', () => {
  it('built-in random strategy: invariants hold and a replay ends on the same fingerprint', () => {
    fc.assert(
      fc.property(optionsArb, (options) => {
        const played = playGame(options, randomStrategy);
        const checked = checkGame(options, played.weeks, { everyWeek: false });
        expect(fingerprint(checked.state)).toBe(fingerprint(played.state));
      }),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('fast-check chooses every decision: accepted, invariants hold, replays match', () => {
    fc.assert(
      fc.property(optionsArb, planArb, (options, plan) => {
        const start = newGame(options);
        if (!start.ok) throw new Error(start.error);
        let state = start.value;
        const weeks: Decision[][] = [];
        const fingerprints: string[] = [];
        while (!state.ending) {
          const decisions = chooseWeek(state, plan[state.week - 1] ?? []);
          const turn = resolveTurn(state, decisions);
          if (!turn.ok)
            throw new Error(
              `week ${state.week} refused an offered choice: ${JSON.stringify(turn.error.reason)}`,
            );
          state = turn.value.state;
          weeks.push(decisions);
          fingerprints.push(fingerprint(state));
        }
        expect(checkGame(options, weeks).fingerprints).toEqual(fingerprints);
        const again = replay(options, weeks);
        if (!again.ok) throw new Error(JSON.stringify(again.error.reason));
        expect(again.value.fingerprints).toEqual(fingerprints);
      }),
      { numRuns: 400 },
    );
  }, 120_000);
});
