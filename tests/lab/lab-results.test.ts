// The lab's figures from a run's games: ending counts, spreads with interpolated quartiles, and
// independence from the order the workers finished in.
import { describe, expect, it } from 'vitest';
import { type EndingId, ENDING_GRADES, ENDING_IDS } from '../../src/engine';
import type { GameSummary } from '../../src/engine/game-summary';
import {
  ENDING_ORDER,
  METRICS,
  countEndings,
  figureText,
  meanText,
  percent,
  spreadOf,
  summarise,
} from '../../src/lab/lab-results';
import { labGame } from './fixtures';

describe('spread of a figure', () => {
  it('gives mean, extremes and interpolated quartiles', () => {
    expect(spreadOf([4, 1, 3, 2])).toEqual({
      mean: 2.5,
      min: 1,
      lowerQuartile: 1.75,
      median: 2.5,
      upperQuartile: 3.25,
      max: 4,
    });
  });
  it('of one game is that game', () => {
    expect(spreadOf([7])).toEqual({
      mean: 7,
      min: 7,
      lowerQuartile: 7,
      median: 7,
      upperQuartile: 7,
      max: 7,
    });
  });
  it('of no games is all zero', () => {
    expect(Object.values(spreadOf([]))).toEqual([0, 0, 0, 0, 0, 0]);
  });
});

describe('endings', () => {
  it('are ordered from good to bad and cover every ending', () => {
    expect([...ENDING_ORDER].sort()).toEqual([...ENDING_IDS].sort());
    const grades = ENDING_ORDER.map((id) => ENDING_GRADES[id]);
    expect(grades).toEqual([...grades].sort((a, b) => rank(a) - rank(b)));
  });
  it('are counted, with zero for endings never reached', () => {
    const games = (['open-war', 'open-war', 'fiscal-crisis'] as EndingId[]).map((ending, i) =>
      labGame({ seed: i, ending }),
    );
    const counts = countEndings(games);
    expect(counts['open-war']).toBe(2);
    expect(counts['fiscal-crisis']).toBe(1);
    expect(counts['strategic-reset']).toBe(0);
    expect(Object.keys(counts)).toHaveLength(ENDING_ORDER.length);
  });
});

function rank(grade: string): number {
  return ['good', 'mixed', 'bad'].indexOf(grade);
}

describe('summary per strategy', () => {
  const games: GameSummary[] = [
    labGame({ strategy: 'hawk', seed: 1, ending: 'open-war', attacks: 10 }),
    labGame({ strategy: 'hawk', seed: 2, ending: 'fiscal-crisis', attacks: 20 }),
    labGame({ strategy: 'dove', seed: 1, ending: 'strategic-reset', attacks: 2 }),
    labGame({ strategy: 'dove', seed: 2, ending: 'fragile-containment', attacks: 4 }),
    labGame({ strategy: 'dove', seed: 3, ending: 'forever-frontier', attacks: 9 }),
  ];

  it('counts good endings and spreads each figure within the strategy', () => {
    const [hawk, dove] = summarise(games, ['hawk', 'dove']);
    expect(hawk!.good).toBe(0);
    expect(dove!.good).toBe(2);
    expect(hawk!.spreads.attacks!.mean).toBe(15);
    expect(dove!.spreads.attacks!.median).toBe(4);
    expect(dove!.games.map((g) => g.seed)).toEqual([1, 2, 3]);
  });

  it('does not depend on the order the games arrived in', () => {
    const reversed = summarise([...games].reverse(), ['hawk', 'dove']);
    const forward = summarise(games, ['hawk', 'dove']);
    expect(reversed.map((r) => [r.endings, r.good, r.spreads])).toEqual(
      forward.map((r) => [r.endings, r.good, r.spreads]),
    );
  });

  it('keeps a strategy with no games, empty', () => {
    const [random] = summarise(games, ['random']);
    expect(random!.games).toEqual([]);
    expect(random!.good).toBe(0);
  });

  it('reads every metric from the game record', () => {
    const game = labGame({ attacks: 11 });
    const read = Object.fromEntries(METRICS.map((m) => [m.id, m.read(game)]));
    expect(read.attacks).toBe(11);
    expect(read.weeks).toBe(game.score.weeks);
    expect(read.publicPressure).toBe(game.final.publicPressure);
    expect(read.ladder).toBe(game.final.ladder);
    expect(new Set(METRICS.map((m) => m.id)).size).toBe(METRICS.length);
  });
});

describe('text of figures', () => {
  it('prints shares and means as the simulator does, one decimal', () => {
    expect(percent(1, 3)).toBe('33.3');
    expect(percent(0, 0)).toBe('0.0');
    expect(meanText(2)).toBe('2.0');
  });
  it('prints whole quartiles whole and others to one decimal', () => {
    expect(figureText(4)).toBe('4');
    expect(figureText(1.75)).toBe('1.8');
  });
});
