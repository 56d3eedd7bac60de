/**
 * The search bot: for each week it gathers candidate plans (from the other strategies), plays each
 * a few weeks ahead several times with a rollout policy, and keeps the plan whose futures score
 * best. It never reads the game's future dice: every rollout runs on a generator state of its own.
 */
import { Dice, seedState } from './random';
import { resolveTurn } from './turn';
import type { Decision, GameState } from './types';
import { OPEN_WAR } from './ids';

type Plan = (state: GameState, dice: Dice) => Decision[];

export interface SearchOptions {
  /** Strategies whose choices this week are the candidate plans. */
  proposals: readonly Plan[];
  /** How the rollouts play the weeks after the candidate week. */
  rollout: Plan;
  /** Futures played per candidate, and their length in weeks. */
  rollouts: number;
  horizon: number;
}

/** How good a state looks, in whole points: endings dominate, then the meters and the ladder. */
export function evaluate(state: GameState): number {
  if (state.ending) {
    if (state.ending.grade === 'good') return 10_000 + state.meters.legitimacy;
    if (state.ending.grade === 'mixed') return 2_000;
    return -10_000 + state.week * 10;
  }
  const m = state.meters;
  const crisis = m.publicPressure >= 80 ? (m.publicPressure - 80) * 20 : 0;
  const broke = m.fiscalRoom <= 15 ? (15 - m.fiscalRoom) * 30 : 0;
  const war = state.ladder >= OPEN_WAR - 1 ? 600 : 0;
  return (
    2 * (100 - m.publicPressure) +
    m.cohesion +
    m.fiscalRoom +
    m.legitimacy +
    m.deterrence -
    60 * state.ladder -
    crisis -
    broke -
    war
  );
}

function key(decisions: readonly Decision[]): string {
  return decisions.map((d) => `${d.response}@${d.target ?? ''}`).join('|');
}

/** Plays `first` this week and then the rollout policy, on dice that are not the game's. */
function future(state: GameState, first: Decision[], options: SearchOptions, salt: number): number {
  let current: GameState = {
    ...state,
    rng: seedState((state.seed ^ Math.imul(state.week, 0x9e3779b1) ^ salt) >>> 0),
  };
  const dice = new Dice(seedState(salt ^ 0x2545f491));
  for (let week = 0; week < options.horizon && !current.ending; week++) {
    const decisions = week === 0 ? first : options.rollout(current, dice);
    const turn = resolveTurn(current, decisions);
    if (!turn.ok) return -20_000;
    current = turn.value.state;
  }
  return evaluate(current);
}

export function makeSearchStrategy(options: SearchOptions): Plan {
  return (state, dice) => {
    const candidates = new Map<string, Decision[]>();
    for (const propose of options.proposals) {
      const plan = propose(state, dice);
      candidates.set(key(plan), plan);
    }
    let best: Decision[] = [];
    let bestScore = -Infinity;
    for (const plan of candidates.values()) {
      let total = 0;
      for (let r = 0; r < options.rollouts; r++)
        total += future(state, plan, options, 0x51ed + r * 7919);
      if (total > bestScore) {
        bestScore = total;
        best = plan;
      }
    }
    return best;
  };
}
