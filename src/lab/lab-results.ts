/**
 * What a lab run shows, computed from its games: per strategy, how often each ending came and the
 * spread of every scorecard figure and final meter. Pure and order-independent, so the same games
 * give the same figures however the workers happened to finish.
 */
import { METER_IDS, type EndingId, ENDING_GRADES, ENDING_IDS } from '../engine';
import type { StrategyName } from '../engine/strategies';
import type { GameSummary } from '../engine/game-summary';
import { METERS } from '../ui/labels';

/** Endings from best to worst, the order of every chart and table. */
export const ENDING_ORDER: readonly EndingId[] = (['good', 'mixed', 'bad'] as const).flatMap(
  (grade) => ENDING_IDS.filter((id) => ENDING_GRADES[id] === grade),
);

export interface Metric {
  id: string;
  label: string;
  /** Scorecard figures are the simulator's "mean scorecard"; the rest are meters at the end. */
  group: 'scorecard' | 'end';
  read: (game: GameSummary) => number;
}

export const METRICS: readonly Metric[] = [
  // Per week played, so a game that ended early is not counted as a quieter one.
  {
    id: 'attacksPerWeek',
    label: 'Militant attacks per week played',
    group: 'scorecard',
    read: (g) => g.score.attacks / g.score.weeks,
  },
  { id: 'attacks', label: 'Militant attacks', group: 'scorecard', read: (g) => g.score.attacks },
  {
    id: 'civiliansPakistan',
    label: 'Pakistani civilians killed',
    group: 'scorecard',
    read: (g) => g.score.civiliansPakistan,
  },
  {
    id: 'civiliansAfghanistan',
    label: 'Afghan civilians killed',
    group: 'scorecard',
    read: (g) => g.score.civiliansAfghanistan,
  },
  { id: 'police', label: 'Police killed', group: 'scorecard', read: (g) => g.score.police },
  { id: 'soldiers', label: 'Soldiers killed', group: 'scorecard', read: (g) => g.score.soldiers },
  {
    id: 'militants',
    label: 'Militants reported killed',
    group: 'scorecard',
    read: (g) => g.score.militants,
  },
  {
    id: 'displaced',
    label: 'People displaced',
    group: 'scorecard',
    read: (g) => g.score.displaced,
  },
  {
    id: 'deportations',
    label: 'Afghans deported',
    group: 'scorecard',
    read: (g) => g.score.deportations,
  },
  {
    id: 'tradeLostMillions',
    label: 'Trade lost (million dollars)',
    group: 'scorecard',
    read: (g) => g.score.tradeLostMillions,
  },
  {
    id: 'ladderPeak',
    label: 'Highest rung of the ladder (0–5)',
    group: 'scorecard',
    read: (g) => g.score.ladderPeak,
  },
  { id: 'weeks', label: 'Weeks played', group: 'scorecard', read: (g) => g.score.weeks },
  ...METER_IDS.map((id): Metric => ({
    id,
    label: `${METERS[id].label} at the end`,
    group: 'end',
    read: (g) => g.final[id],
  })),
  {
    id: 'ladder',
    label: 'Rung of the ladder at the end (0–5)',
    group: 'end',
    read: (g) => g.final.ladder,
  },
];

/** How a figure spread over a strategy's games; quartiles interpolate between ranks. */
export interface Spread {
  mean: number;
  min: number;
  lowerQuartile: number;
  median: number;
  upperQuartile: number;
  max: number;
}

export interface StrategyResult {
  strategy: StrategyName;
  /** This strategy's games, in the order given. */
  games: GameSummary[];
  endings: Record<EndingId, number>;
  /** Games that reached an ending graded good. */
  good: number;
  spreads: Record<string, Spread>;
}

function quantile(sorted: readonly number[], p: number): number {
  const at = (sorted.length - 1) * p;
  const below = sorted[Math.floor(at)] ?? 0;
  const above = sorted[Math.ceil(at)] ?? below;
  return below + (above - below) * (at - Math.floor(at));
}

export function spreadOf(values: readonly number[]): Spread {
  if (values.length === 0)
    return { mean: 0, min: 0, lowerQuartile: 0, median: 0, upperQuartile: 0, max: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  return {
    mean: sorted.reduce((sum, value) => sum + value, 0) / sorted.length,
    min: sorted[0] ?? 0,
    lowerQuartile: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    upperQuartile: quantile(sorted, 0.75),
    max: sorted[sorted.length - 1] ?? 0,
  };
}

export function countEndings(games: readonly GameSummary[]): Record<EndingId, number> {
  const counts = Object.fromEntries(ENDING_ORDER.map((id) => [id, 0])) as Record<EndingId, number>;
  for (const game of games) counts[game.ending]++;
  return counts;
}

/** One result per strategy, in the order given; a strategy with no games has empty figures. */
export function summarise(
  games: readonly GameSummary[],
  strategies: readonly StrategyName[],
): StrategyResult[] {
  return strategies.map((strategy) => {
    const own = games.filter((game) => game.strategy === strategy);
    const endings = countEndings(own);
    return {
      strategy,
      games: own,
      endings,
      good: ENDING_ORDER.filter((id) => ENDING_GRADES[id] === 'good').reduce(
        (sum, id) => sum + endings[id],
        0,
      ),
      spreads: Object.fromEntries(
        METRICS.map((metric) => [metric.id, spreadOf(own.map(metric.read))]),
      ),
    };
  });
}

/** A share as the simulator prints it: one decimal, no sign. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '0.0' : ((100 * part) / whole).toFixed(1);
}

/** A mean as the simulator prints it: one decimal. */
export function meanText(value: number): string {
  return value.toFixed(1);
}

/** A quartile or extreme: whole numbers as they are, anything else to one decimal. */
export function figureText(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
