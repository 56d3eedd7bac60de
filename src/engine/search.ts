/**
 * The search bot: each week it gathers candidate plans, plays each one week ahead on several
 * futures of its own dice, and judges the states it reaches. Every candidate meets the same
 * futures (common random numbers), so plans are compared on equal luck. It never reads the game's
 * future dice: each imagined week runs on a generator state of its own.
 *
 * Why one week and not longer rollouts: the judgement below already projects the final grade, and
 * playing further weeks with a fixed policy only added noise (measured on rules 1: 4–6-week
 * rollouts won fewer games at several times the cost; on rules 2 a second week of the balanced
 * plan won 9 more points of good endings in Karachi but 6 fewer resets, at 2.6 times the cost).
 *
 * The judgement follows how the game is graded (endings.ts): a good ending needs the closing
 * weeks' successful attacks and deaths well below what the scenario does when left alone, a low
 * ladder, public pressure under control and legitimacy intact; a strategic reset also needs the
 * groups no stronger than at the opening, a working verification mechanism and the main
 * crossings open. So besides the meters it projects those shares from the doctrines' own rules,
 * and values each step on the road to verification (talks progress, a truce).
 */
import { SCENARIOS } from './content/scenarios';
import {
  CONTAINMENT_SHARE,
  GOOD_LEGITIMACY,
  RESET_SHARE,
  closingWeeks,
  militantStrength,
} from './endings';
import { OPEN_WAR } from './ids';
import { seedState, type Dice } from './random';
import { expectedAttacks } from './threat';
import { resolveTurn } from './turn';
import type { GameState, ValidDecision } from './types';

type Plan = (state: GameState, dice: Dice) => ValidDecision[];

export interface SearchOptions {
  /** Strategies whose choices this week are the candidate plans; the first gives the default. */
  proposals: readonly Plan[];
  /** Futures (samples of the week's dice) played per candidate. */
  futures: number;
  /** How many standard errors a plan must gain over the default plan to replace it. */
  margin: number;
}

/** The share of attacks that get through, in percent, when the search projects the closing weeks. */
const THROUGH_PERCENT = 75;

/**
 * What the final grade will read, projected: the closing weeks' attacks that got through and the
 * Pakistani deaths, those already in the window plus the window's weeks still to come at the rate
 * the doctrines would attack now, each as a percentage of the scenario left alone (endings.ts).
 */
function projectedShares(state: GameState): { attacks: number; harm: number } {
  const closing = closingWeeks(state);
  const leftAlone = SCENARIOS[state.scenario].leftAlone;
  const toCome = Math.max(0, Math.min(closing.weeks, state.maxWeeks - state.week + 1));
  // In hundredths of an attack.
  const expected = Math.trunc((toCome * expectedAttacks(state) * THROUGH_PERCENT) / 100);
  const through = closing.through * 100 + expected;
  const harm = closing.harm * 100 + Math.trunc((expected * leftAlone.harm) / leftAlone.through);
  // Left alone is in tenths a week: value ×1000 / (tenths × weeks) is a percentage.
  return {
    attacks: Math.trunc((through * 10) / Math.max(1, leftAlone.through * closing.weeks)),
    harm: Math.trunc((harm * 10) / Math.max(1, leftAlone.harm * closing.weeks)),
  };
}

/** Talks progress that opens a verification proposal (content/responses/diplomacy.ts). */
const VERIFY_AT = 60;

/** How good a state looks, in whole points: endings dominate, then what the final grade reads. */
export function evaluate(state: GameState): number {
  if (state.ending) {
    if (state.ending.id === 'strategic-reset') return 14_000 + state.meters.legitimacy;
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
  // The grade: the worse of the two shares, with steps where a reset and containment are lost.
  const shares = projectedShares(state);
  const worst = Math.max(shares.attacks, shares.harm);
  const grade =
    8 * worst +
    (worst > RESET_SHARE ? 12 * (worst - RESET_SHARE) : 0) +
    (worst > CONTAINMENT_SHARE ? 20 * (worst - CONTAINMENT_SHARE) : 0);
  // A reset needs the groups no stronger than at the opening.
  const strength = militantStrength(state) - state.openingStrength;
  const stronger = 4 * strength + (strength > 0 ? 12 * strength : 0);
  const d = state.diplomacy;
  const road = d.verification
    ? 1200
    : 12 * Math.min(VERIFY_AT, d.talksProgress) +
      (d.truceWeeks > 0 ? 40 : 0) -
      (d.verificationSuspended ? 100 : 0);
  const reset =
    road + (state.crossings.torkham.open ? 60 : 0) + (state.crossings.chaman.open ? 60 : 0);
  return (
    2 * (100 - m.publicPressure) +
    m.cohesion +
    m.fiscalRoom +
    m.legitimacy +
    m.deterrence -
    30 * state.ladder -
    grade -
    stronger +
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
