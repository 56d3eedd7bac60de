// The doctrines' expected attacks: zero without strength or footholds, higher with bolder
// militants, and close to the attacks the engine actually rolls over many games.
import { describe, expect, it } from 'vitest';
import { GROUP_IDS, resolveTurn, type GameState } from '../../src/engine';
import { Dice } from '../../src/engine/random';
import { balancedStrategy } from '../../src/engine/strategies';
import { expectedAttacks } from '../../src/engine/threat';
import { game, withState } from './fixtures';

describe('expected attacks', () => {
  it('is zero when no group is strong enough or has a foothold', () => {
    const weak = withState(game('sandbox', 1), (s) => {
      for (const group of GROUP_IDS) s.groups[group].strength = 0;
    });
    expect(expectedAttacks(weak)).toBe(0);
    const rooted = withState(game('sandbox', 1), (s) => {
      for (const district of Object.values(s.districts))
        for (const group of GROUP_IDS) district.presence[group] = 0;
    });
    expect(expectedAttacks(rooted)).toBe(0);
  });

  it('rises as groups grow past their rules’ thresholds, and with the difficulty’s aggression', () => {
    const state = game('sandbox', 1);
    const at = (strength: number) =>
      expectedAttacks(
        withState(state, (s) => {
          for (const group of GROUP_IDS) s.groups[group].strength = strength;
        }),
      );
    expect(at(32)).toBeGreaterThan(at(20));
    expect(at(45)).toBeGreaterThan(at(32));
    expect(expectedAttacks({ ...state, difficulty: 'hard' })).toBeGreaterThan(
      expectedAttacks({ ...state, difficulty: 'easy' }),
    );
  });

  it('agrees with the attacks the engine rolls, on average over many weeks (within 15%)', () => {
    let expected = 0;
    let rolled = 0;
    for (let seed = 1; seed <= 60; seed++) {
      let state: GameState = game('doha-truce', seed);
      const dice = new Dice(seed);
      while (!state.ending) {
        expected += expectedAttacks(state);
        const turn = resolveTurn(state, balancedStrategy(state, dice));
        if (!turn.ok) throw new Error(JSON.stringify(turn.error.reason));
        state = turn.value.state;
        rolled += 100 * state.thisWeek.attacks;
      }
    }
    expect(Math.abs(expected - rolled) / rolled).toBeLessThan(0.15);
  });
});
