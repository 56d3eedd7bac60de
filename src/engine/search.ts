/**
 * The search bot: each week it gathers candidate plans, plays each one week ahead on several
 * futures of its own dice, and judges the states it reaches. Every candidate meets the same
 * futures (common random numbers), so plans are compared on equal luck. It never reads the game's
 * future dice: each imagined week runs on a generator state of its own.
 *
 * Why one week and not longer rollouts: the judgement below already projects the final grade, and
 * playing further weeks with a fixed policy only added noise (measured: 4–6-week rollouts won
 * fewer games at several times the cost).
 *
 * The judgement follows how the game is graded (endings.ts): a good ending needs few attacks in
 * the last weeks, a low ladder, public pressure under control and legitimacy intact. So besides
 * the meters it projects the attacks the final grade will count, from the doctrines' own rules.
 */
import { FINAL_WINDOW, GOOD_LEGITIMACY } from './endings';
import { GROUP_IDS, OPEN_WAR } from './ids';
import { seedState, type Dice } from './random';
import { expectedAttacks } from './threat';
import { resolveTurn } from './turn';
import type { GameState, ValidDecision } from './types';

type Plan = (state: GameState, dice: Dice) => ValidDecision[];

interface SearchOptions {
  /** Strategies whose choices this week are the candidate plans; the first gives the default. */
  proposals: readonly Plan[];
  /** Futures (samples of the week's dice) played per candidate. */
  futures: number;
  /** How many standard errors a plan must gain over the default plan to replace it. */
  margin: number;
}

/**
 * The attacks the final grade will count: those already in its window, plus the weeks of the
 * window still to come at the rate the doctrines would attack now. In hundredths.
 */
function projectedFinalAttacks(state: GameState): number {
  const windowStart = state.maxWeeks - FINAL_WINDOW + 1;
  let past = 0;
  for (const week of state.history) if (week.week >= windowStart) past += week.attacks;
  const toCome = Math.min(FINAL_WINDOW, state.maxWeeks - state.week + 1);
  return past * 100 + toCome * expectedAttacks(state);
}

/** The strength from which most groups' unprovoked attack rules open (content/doctrines.ts). */
const ATTACK_STRENGTH = 35;

/** How far the groups stand above that strength, summed: how long the attacks will last. */
function threat(state: GameState): number {
  let total = 0;
  for (const group of GROUP_IDS)
    total += Math.max(0, state.groups[group].strength - ATTACK_STRENGTH);
  return total;
}

/** How good a state looks, in whole points: endings dominate, then what the final grade reads. */
export function evaluate(state: GameState): number {
  if (state.ending) {
    if (state.ending.id === 'strategic-reset') return 12_000 + state.meters.legitimacy;
    if (state.ending.grade === 'good') return 10_000 + state.meters.legitimacy;
    if (state.ending.grade === 'mixed') return 2_000;
    return -10_000 + state.week * 10;
  }
  const m = state.meters;
  const crisis = m.publicPressure >= 75 ? (m.publicPressure - 74) * 25 : 0;
  const broke = m.fiscalRoom <= 15 ? (15 - m.fiscalRoom) * 30 : 0;
  const war = state.ladder >= OPEN_WAR - 1 ? 600 : 0;
  const hot = state.ladder > 2 ? 150 : 0;
  const shunned =
    m.legitimacy < GOOD_LEGITIMACY + 5 ? (GOOD_LEGITIMACY + 5 - m.legitimacy) * 20 : 0;
  const reset =
    (state.diplomacy.verification ? 150 : 0) +
    (state.crossings.torkham.open ? 40 : 0) +
    (state.crossings.chaman.open ? 40 : 0);
  const attacks = Math.trunc((80 * projectedFinalAttacks(state)) / 100) + 6 * threat(state);
  return (
    2 * (100 - m.publicPressure) +
    m.cohesion +
    m.fiscalRoom +
    m.legitimacy +
    m.deterrence -
    60 * state.ladder -
    attacks +
    reset -
    crisis -
    broke -
    war -
    hot -
    shunned
  );
}

function key(decisions: readonly ValidDecision[]): string {
  return decisions.map((d) => `${d.response}@${d.target ?? ''}`).join('|');
}

/** Plays `plan` this week on dice that are not the game's, and judges the state it leads to. */
function future(state: GameState, plan: ValidDecision[], salt: number): number {
  const imagined: GameState = {
    ...state,
    rng: seedState((state.seed ^ Math.imul(state.week, 0x9e3779b1) ^ salt) >>> 0),
  };
  const turn = resolveTurn(imagined, plan);
  return turn.ok ? evaluate(turn.value.state) : -20_000;
}

/**
 * The first proposal is the default plan. Another plan replaces it only when, over the same
 * imagined futures, it beats the default by more than `margin` standard errors of the paired
 * differences: with noisy futures, the best-looking of many plans is often just the luckiest.
 */
export function makeSearchStrategy(options: SearchOptions): Plan {
  return (state, dice) => {
    const candidates = new Map<string, ValidDecision[]>();
    for (const propose of options.proposals) {
      const plan = propose(state, dice);
      if (!candidates.has(key(plan))) candidates.set(key(plan), plan);
    }
    const salts = Array.from({ length: options.futures }, (_, r) => 0x51ed + r * 7919);
    const plans = [...candidates.values()];
    const base = salts.map((salt) => future(state, plans[0]!, salt));
    let best = plans[0]!;
    let bestGain = 0;
    for (const plan of plans.slice(1)) {
      const gains = salts.map((salt, r) => future(state, plan, salt) - base[r]!);
      const mean = gains.reduce((a, b) => a + b, 0) / gains.length;
      const variance =
        gains.reduce((a, g) => a + (g - mean) * (g - mean), 0) / (gains.length - 1 || 1);
      // The one exception to the engine's integer maths: IEEE 754 rounds a square root exactly,
      // so it is the same in every JavaScript engine, and only the search bot reads it.
      // eslint-disable-next-line no-restricted-properties
      const standardError = Math.sqrt(variance / gains.length);
      if (mean > options.margin * standardError && mean > bestGain) {
        best = plan;
        bestGain = mean;
      }
    }
    return best;
  };
}
