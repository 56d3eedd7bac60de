// The plain-language reading of a lab run: counts and shares from the games, the commonest ending
// with the figure behind it, and which strategy did best.
import { describe, expect, it } from 'vitest';
import { comparisonOf, readingFor } from '../../src/lab/lab-reading';
import { summarise } from '../../src/lab/lab-results';
import { labGame } from './fixtures';

describe('reading a strategy', () => {
  it('says how often it reached a good ending and what usually happened instead', () => {
    const games = [
      labGame({
        strategy: 'dove',
        seed: 1,
        ending: 'loss-of-confidence',
        turns: 4,
        publicPressure: 95,
      }),
      labGame({
        strategy: 'dove',
        seed: 2,
        ending: 'loss-of-confidence',
        turns: 6,
        publicPressure: 91,
      }),
      labGame({ strategy: 'dove', seed: 3, ending: 'fragile-containment', turns: 12 }),
    ];
    const [dove] = summarise(games, ['dove']);
    expect(readingFor(dove!, 'Dove')).toBe(
      'Dove reaches a good ending in 1 of 3 games (33.3%). Most often (2 games) it ends in loss of public confidence: public confidence breaks around week 5, with public pressure at 93 on average. Games last 7.3 of 12 weeks on average.',
    );
  });

  it('says "every game" when one ending takes them all', () => {
    const games = [1, 2].map((seed) =>
      labGame({ strategy: 'hawk', seed, ending: 'fiscal-crisis', turns: 8, tradeLost: 300 + seed }),
    );
    const [hawk] = summarise(games, ['hawk']);
    expect(readingFor(hawk!, 'Hawk')).toBe(
      'Hawk reaches a good ending in 0 of 2 games (0.0%). Every game ends in fiscal crisis: the treasury runs dry around week 8, with 302 million dollars of trade lost on average. Games last 8 of 12 weeks on average.',
    );
  });

  it('reads a strategy with no games without inventing an ending', () => {
    const [none] = summarise([], ['random']);
    expect(readingFor(none!, 'Random')).toBe(
      'Random reaches a good ending in 0 of 0 games (0.0%).',
    );
  });
});

describe('comparing strategies', () => {
  const games = [
    labGame({ strategy: 'hawk', seed: 1, ending: 'open-war' }),
    labGame({ strategy: 'hawk', seed: 2, ending: 'open-war' }),
    labGame({ strategy: 'balanced', seed: 1, ending: 'strategic-reset' }),
    labGame({ strategy: 'balanced', seed: 2, ending: 'open-war' }),
  ];
  const name = (r: { strategy: string }) => r.strategy;

  it('names the most and the fewest good endings', () => {
    expect(comparisonOf(summarise(games, ['hawk', 'balanced']), name)).toBe(
      'Most good endings: balanced (50.0%). Fewest: hawk (0.0%).',
    );
  });
  it('names every strategy tied for most or fewest', () => {
    const more = [
      ...games,
      labGame({ strategy: 'dove', seed: 1, ending: 'loss-of-confidence' }),
      labGame({ strategy: 'dove', seed: 2, ending: 'open-war' }),
      labGame({ strategy: 'random', seed: 1, ending: 'open-war' }),
      labGame({ strategy: 'random', seed: 2, ending: 'open-war' }),
    ];
    expect(comparisonOf(summarise(more, ['hawk', 'balanced', 'dove', 'random']), name)).toBe(
      'Most good endings: balanced (50.0%). Fewest: hawk, dove and random (0.0%).',
    );
  });
  it('says when they are level', () => {
    const level = games.filter((g) => g.ending === 'open-war' && g.seed === 1);
    expect(comparisonOf(summarise(level, ['hawk', 'balanced']), name)).toBe(
      'All 2 strategies reach a good ending equally often (0.0%).',
    );
  });
  it('has nothing to compare for one strategy', () => {
    expect(comparisonOf(summarise(games, ['hawk']), name)).toBeNull();
  });
});
