/**
 * Sensitivity: does a variable the player watches change how games end? Each national meter,
 * Kabul's restraint and Afghan trade dependence is pinned low in one arm and high in the other
 * (set on the state before every week) while the balanced strategy plays the same seeds on the
 * same strategy dice in both arms; the figure is the share of games whose ending differs.
 * Pure and deterministic.
 */
import { ENDING_GRADES } from './endings';
import { METER_IDS, type ScenarioId } from './ids';
import { Dice, seedState } from './random';
import { createState } from './state';
import { balancedStrategy, type Strategy } from './strategies';
import { resolveTurn } from './turn';
import type { EndingId, GameState } from './types';

export interface PinnedVariable {
  id: string;
  /** Returns a copy of the state with the variable set to `value`. */
  pin: (state: GameState, value: number) => GameState;
  read: (state: GameState) => number;
}

/** The variables pinned: every national meter, then Kabul's restraint and trade dependence. */
export const PINNED_VARIABLES: readonly PinnedVariable[] = [
  ...METER_IDS.map((meter) => ({
    id: meter,
    pin: (state: GameState, value: number) => ({
      ...state,
      meters: { ...state.meters, [meter]: value },
    }),
    read: (state: GameState) => state.meters[meter],
  })),
  {
    id: 'kabul.restraint',
    pin: (state, value) => ({ ...state, kabul: { ...state.kabul, restraint: value } }),
    read: (state) => state.kabul.restraint,
  },
  {
    id: 'kabul.tradeDependence',
    pin: (state, value) => ({ ...state, kabul: { ...state.kabul, tradeDependence: value } }),
    read: (state) => state.kabul.tradeDependence,
  },
];

/** The two levels each variable is held at. */
export const PIN_LEVELS = { low: 35, high: 85 } as const;

/**
 * Plays one game with `strategy`, the variable set to `value` before every week (so every
 * decision and every rule of the week reads it there); the strategy's dice depend on the seed.
 */
export function playPinned(
  scenario: ScenarioId,
  seed: number,
  strategy: Strategy,
  variable: PinnedVariable,
  value: number,
  observe?: (pinned: GameState) => void,
): GameState {
  let state = createState(scenario, seed, 'normal');
  const dice = new Dice(seedState(seed ^ 0x5f3759df));
  while (!state.ending) {
    const pinned = variable.pin(state, value);
    observe?.(pinned);
    const turn = resolveTurn(pinned, strategy(pinned, dice));
    if (!turn.ok)
      throw new Error(`Illegal move in week ${state.week}: ${JSON.stringify(turn.error.reason)}`);
    state = turn.value.state;
  }
  return state;
}

export interface SensitivityRow {
  variable: string;
  games: number;
  /** Games whose ending differs between the two arms. */
  changed: number;
  /** Good endings in each arm. */
  goodLow: number;
  goodHigh: number;
}

export interface SensitivityFigures {
  scenario: ScenarioId;
  rows: SensitivityRow[];
}

const isGood = (id: EndingId) => ENDING_GRADES[id] === 'good';

export function sensitivity(scenario: ScenarioId, games: number): SensitivityFigures {
  return {
    scenario,
    rows: PINNED_VARIABLES.map((variable) => {
      const row = { variable: variable.id, games, changed: 0, goodLow: 0, goodHigh: 0 };
      for (let seed = 1; seed <= games; seed++) {
        const low = playPinned(scenario, seed, balancedStrategy, variable, PIN_LEVELS.low);
        const high = playPinned(scenario, seed, balancedStrategy, variable, PIN_LEVELS.high);
        if (low.ending!.id !== high.ending!.id) row.changed += 1;
        if (isGood(low.ending!.id)) row.goodLow += 1;
        if (isGood(high.ending!.id)) row.goodHigh += 1;
      }
      return row;
    }),
  };
}
