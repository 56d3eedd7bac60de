// Pins the seeded generator: a change to seedState or step changes every game, so it must show here.
import { describe, expect, it } from 'vitest';
import { Dice, seedState, step } from '../../src/engine/random';
import { ScriptedDice } from './fixtures';

function firstOutputs(state: number, count: number): number[] {
  const outputs: number[] = [];
  for (let i = 0; i < count; i++) {
    const [next, output] = step(state);
    outputs.push(output);
    state = next;
  }
  return outputs;
}

describe('seeded generator', () => {
  it.each([
    [
      0,
      2462723854,
      [
        2673918951, 1525398398, 1851933717, 1087923286, 744930619, 2388801345, 3283966901,
        4255083168,
      ],
    ],
    [
      1,
      920564995,
      [
        2243319414, 3892457524, 3774914640, 1708185691, 4150724432, 802420870, 1876607885,
        2762743136,
      ],
    ],
    [
      42,
      3856264912,
      [
        1055361356, 2471454178, 1528541377, 2819395841, 3402166566, 1981767907, 1894031568,
        3572063534,
      ],
    ],
  ])('seed %i scrambles to %i and gives its pinned first eight outputs', (seed, state, outputs) => {
    expect(seedState(seed)).toBe(state);
    expect(firstOutputs(seedState(seed), 8)).toEqual(outputs);
  });

  it('advances its state by the golden-ratio increment, as unsigned 32-bit integers', () => {
    let state = seedState(7);
    const faults: string[] = [];
    for (let i = 0; i < 1000; i++) {
      const [next, output] = step(state);
      if (next !== (state + 0x6d2b79f5) >>> 0) faults.push(`state after ${state}: ${next}`);
      if (!Number.isInteger(output) || output < 0 || output > 0xffffffff)
        faults.push(`output after ${state}: ${output}`);
      state = next;
    }
    expect(faults).toEqual([]);
  });

  it('gives different opening states for neighbouring seeds', () => {
    const states = new Set(Array.from({ length: 1000 }, (_, seed) => seedState(seed)));
    expect(states.size).toBe(1000);
  });
});

describe('Dice', () => {
  it('rolls d100 in 0..99, reaching both ends and every value between', () => {
    const dice = new Dice(seedState(3));
    const seen = new Set<number>();
    for (let i = 0; i < 20000; i++) seen.add(dice.d100());
    expect([...seen].every((roll) => Number.isInteger(roll) && roll >= 0 && roll <= 99)).toBe(true);
    expect(seen.size).toBe(100);
  });

  it('rolls d100 near-uniformly (each tenth of the range within 10% of its share)', () => {
    const dice = new Dice(seedState(11));
    const buckets = new Array<number>(10).fill(0);
    const draws = 50000;
    for (let i = 0; i < draws; i++) buckets[Math.trunc(dice.d100() / 10)]! += 1;
    for (const bucket of buckets) expect(Math.abs(bucket - draws / 10)).toBeLessThan(draws / 100);
  });

  it.each([
    [0, 0],
    [3, 7],
    [-5, 5],
    [15000, 29999],
  ])('draws between(%i, %i) inclusive of both bounds and nothing outside', (low, high) => {
    const dice = new Dice(seedState(5));
    let min = Infinity;
    let max = -Infinity;
    let whole = true;
    const draws = high - low > 100 ? 200000 : 5000;
    for (let i = 0; i < draws; i++) {
      const value = dice.between(low, high);
      whole &&= Number.isInteger(value);
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
    expect(whole).toBe(true);
    expect(min).toBe(low);
    expect(max).toBe(high);
  });

  it('keeps its whole state in one number: two dice from the same state agree', () => {
    const a = new Dice(seedState(9));
    const b = new Dice(seedState(9));
    const rollsA = Array.from({ length: 50 }, () => a.below(1000));
    const rollsB = Array.from({ length: 50 }, () => b.below(1000));
    expect(rollsA).toEqual(rollsB);
    expect(a.state).toBe(b.state);
    expect(a.state).not.toBe(seedState(9));
  });
});

describe('ScriptedDice (the test fixture)', () => {
  it('serves scripted d100 rolls and draws, then falls back to the real generator', () => {
    const dice = new ScriptedDice(seedState(2), [42], [3]);
    const real = new Dice(seedState(2));
    expect(dice.d100()).toBe(42);
    expect(dice.below(6)).toBe(3);
    expect(dice.d100()).toBe(real.d100());
    expect(dice.below(6)).toBe(real.below(6));
    expect(dice.log.map((d) => d.scripted)).toEqual([true, true, false, false]);
  });

  it('refuses a scripted value that the draw could never produce', () => {
    expect(() => new ScriptedDice(1, [], [6]).below(6)).toThrow(/below 6/);
  });
});
