// The lab's run plan: a teacher's form checked with clear messages, the simulator's seeds, chunks
// that cover every seed of every strategy exactly once, and the number of workers.
import { describe, expect, it } from 'vitest';
import { MAX_SEED } from '../../src/engine';
import {
  MAX_GAMES,
  MAX_WORKERS,
  checkChoice,
  planChunks,
  seedsOf,
  simCommand,
  workerCount,
  type LabChoice,
} from '../../src/lab/lab-plan';

const FORM = {
  scenario: 'karachi',
  difficulty: 'normal',
  strategies: ['hawk', 'dove'],
  games: '200',
  firstSeed: '1',
};

describe('checking the form', () => {
  it('accepts a good form as numbers and known names', () => {
    expect(checkChoice(FORM)).toEqual({
      ok: true,
      value: {
        scenario: 'karachi',
        difficulty: 'normal',
        strategies: ['hawk', 'dove'],
        games: 200,
        firstSeed: 1,
      },
    });
  });

  it.each([
    [{ scenario: 'kabul' }, 'Choose a scenario.'],
    [{ difficulty: 'brutal' }, 'Choose a difficulty.'],
    [{ strategies: [] }, 'Choose at least one strategy.'],
    [{ strategies: ['pacifist'] }, 'Choose at least one strategy.'],
    [{ games: '0' }, `Games per strategy must be a whole number from 1 to ${MAX_GAMES}.`],
    [
      { games: String(MAX_GAMES + 1) },
      `Games per strategy must be a whole number from 1 to ${MAX_GAMES}.`,
    ],
    [{ games: '2.5' }, `Games per strategy must be a whole number from 1 to ${MAX_GAMES}.`],
    [{ games: '' }, `Games per strategy must be a whole number from 1 to ${MAX_GAMES}.`],
    [{ firstSeed: '-1' }, `The first seed must be a whole number from 0 to ${MAX_SEED}.`],
    [
      { firstSeed: String(MAX_SEED + 1) },
      `The first seed must be a whole number from 0 to ${MAX_SEED}.`,
    ],
    [{ firstSeed: '1e3' }, `The first seed must be a whole number from 0 to ${MAX_SEED}.`],
  ])('refuses %j with one sentence', (change, message) => {
    expect(checkChoice({ ...FORM, ...change })).toEqual({ ok: false, error: message });
  });

  it('drops unknown strategies but keeps the known ones', () => {
    const checked = checkChoice({ ...FORM, strategies: ['hawk', 'nope', 'search'] });
    expect(checked.ok && checked.value.strategies).toEqual(['hawk', 'search']);
  });

  it('allows the edges: one game, seed 0, the largest seed and the most games', () => {
    expect(checkChoice({ ...FORM, games: '1', firstSeed: '0' }).ok).toBe(true);
    expect(checkChoice({ ...FORM, games: String(MAX_GAMES), firstSeed: String(MAX_SEED) }).ok).toBe(
      true,
    );
  });
});

describe('seeds', () => {
  it('counts up from the first seed, as npm run sim does', () => {
    expect(seedsOf({ games: 4, firstSeed: 7 })).toEqual([7, 8, 9, 10]);
  });
  it('wraps after the largest seed, as npm run sim does', () => {
    expect(seedsOf({ games: 3, firstSeed: MAX_SEED - 1 })).toEqual([MAX_SEED - 1, MAX_SEED, 0]);
  });
  it('names the simulator command that plays the same games', () => {
    const choice: LabChoice = {
      scenario: 'doha-truce',
      difficulty: 'hard',
      strategies: ['dove'],
      games: 50,
      firstSeed: 9,
    };
    expect(simCommand(choice, 'dove')).toBe(
      'npm run sim -- --scenario doha-truce --difficulty unforgiving --seed 9 --games 50 --strategy dove',
    );
  });
});

describe('chunks', () => {
  const choice: LabChoice = {
    scenario: 'karachi',
    difficulty: 'normal',
    strategies: ['hawk', 'dove', 'search'],
    games: 203,
    firstSeed: 5,
  };

  it.each([1, 2, 3, 4])('cover every seed of every strategy once with %i workers', (workers) => {
    const chunks = planChunks(choice, workers);
    for (const strategy of choice.strategies) {
      const seeds = chunks.filter((c) => c.strategy === strategy).flatMap((c) => c.seeds);
      expect(seeds).toEqual(seedsOf(choice));
    }
    expect(chunks.every((c) => c.seeds.length > 0)).toBe(true);
  });

  it('give each worker several chunks, so they finish close together', () => {
    const chunks = planChunks(choice, 2);
    expect(chunks.length).toBeGreaterThanOrEqual(16);
    expect(Math.max(...chunks.map((c) => c.seeds.length))).toBeLessThanOrEqual(50);
  });

  it('keep a one-game run to one chunk', () => {
    expect(planChunks({ ...choice, strategies: ['dove'], games: 1 }, 4)).toEqual([
      { strategy: 'dove', seeds: [5] },
    ]);
  });
});

describe('workers', () => {
  it.each([
    [undefined, 1],
    [0, 1],
    [1, 1],
    [2, 2],
    [3, 3],
    [16, MAX_WORKERS],
    [Number.NaN, 1],
  ])('with hardwareConcurrency %s starts %i', (cores, expected) => {
    expect(workerCount(cores)).toBe(expected);
  });
});
