/**
 * Rule firing: the share of weeks in which each doctrine rule and each scenario event fires,
 * by built-in strategy, from the weeks of the games in balance-games.ts. A rule's share counts
 * every week played; an event's counts only the weeks of the scenarios it belongs to.
 */
import { eventKey, ruleKey, type StrategyGames } from './balance-games';
import { DOCTRINES } from './content/doctrines';
import { EVENTS } from './content/events';
import type { ScenarioId } from './ids';

export interface Firer {
  key: string;
  /** The scenarios it can fire in ('any' for every one). */
  scenarios: readonly ScenarioId[] | 'any';
}

/** Every doctrine rule (actor/rule) and every scenario event (event:id), in content order. */
export function firers(): Firer[] {
  return [
    ...DOCTRINES.flatMap((d) =>
      d.rules.map((r) => ({ key: ruleKey(d.actor, r.id), scenarios: 'any' as const })),
    ),
    ...EVENTS.map((e) => ({ key: eventKey(e.id), scenarios: e.scenarios })),
  ];
}

/** Below this share of weeks under every strategy, a rule or event counts as (almost) dead. */
export const ALIVE_SHARE = 0.5;

export interface FiringRow {
  key: string;
  /** Per strategy, in the order given: weeks fired and weeks it could have fired in. */
  cells: { fired: number; weeks: number }[];
}

/**
 * One row per rule and event. `games[i]` holds strategy i's games, one entry per scenario.
 */
export function firingTable(games: readonly (readonly StrategyGames[])[]): FiringRow[] {
  return firers().map(({ key, scenarios }) => ({
    key,
    cells: games.map((perScenario) => {
      let fired = 0;
      let weeks = 0;
      for (const g of perScenario) {
        if (scenarios !== 'any' && !scenarios.includes(g.scenario)) continue;
        fired += g.firings[key] ?? 0;
        weeks += g.weeks;
      }
      return { fired, weeks };
    }),
  }));
}

/** Percent of weeks, as a number (0 when there were no weeks). */
export const share = (cell: { fired: number; weeks: number }) =>
  cell.weeks === 0 ? 0 : (100 * cell.fired) / cell.weeks;

/** The rows that fire in fewer than ALIVE_SHARE percent of weeks under every strategy. */
export const deadRows = (rows: readonly FiringRow[]) =>
  rows.filter((row) => row.cells.every((cell) => share(cell) < ALIVE_SHARE));
