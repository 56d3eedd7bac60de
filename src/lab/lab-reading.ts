/**
 * The plain-language line under the charts: for each strategy, how often it reached a good ending
 * and what usually happened instead, with the figure that shows why; and, across strategies,
 * which did best. Written for a class, from the same games as the charts.
 */
import { SCENARIOS, type EndingId } from '../engine';
import { EN } from '../text';
import type { GameSummary } from '../engine/game-summary';
import { ENDING_ORDER, percent, type StrategyResult } from './lab-results';

const mean = (games: readonly GameSummary[], read: (game: GameSummary) => number) =>
  games.length === 0 ? 0 : games.reduce((sum, game) => sum + read(game), 0) / games.length;
const oneDecimal = (value: number) => String(Math.round(value * 10) / 10);
const whole = (value: number) => String(Math.round(value));

/** What the games that ended this way have in common, as a clause. */
function becauseOf(ending: EndingId, games: readonly GameSummary[]): string {
  const week = whole(mean(games, (g) => g.turns));
  switch (ending) {
    case 'open-war':
      return `strikes and reprisals climb the escalation ladder to its top, around week ${week}`;
    case 'loss-of-confidence':
      return `public confidence breaks around week ${week}, with public pressure at ${whole(mean(games, (g) => g.final.publicPressure))} on average`;
    case 'fiscal-crisis':
      return `the treasury runs dry around week ${week}, with ${whole(mean(games, (g) => g.score.tradeLostMillions))} million dollars of trade lost on average`;
    case 'forever-frontier':
      return `the frontier is still violent at the end, after ${whole(mean(games, (g) => g.score.attacks))} attacks on average`;
    case 'fragile-containment':
      return `the violence is contained but nothing is settled`;
    case 'strategic-reset':
      return `attacks fall, verification works and the crossings reopen`;
  }
}

/** "Dove reaches a good ending in 0 of 200 games (0.0%). Most often (150 games), public confidence breaks …" */
export function readingFor(result: StrategyResult, name: string): string {
  const total = result.games.length;
  const head = `${name} reaches a good ending in ${result.good} of ${total} game${total === 1 ? '' : 's'} (${percent(result.good, total)}%).`;
  if (total === 0) return head;
  const commonest = [...ENDING_ORDER].sort((a, b) => result.endings[b] - result.endings[a])[0]!;
  const count = result.endings[commonest];
  const games = result.games.filter((game) => game.ending === commonest);
  const title = EN.endingTitle(commonest).toLowerCase();
  const share =
    count === total
      ? `Every game ends in ${title}`
      : `Most often (${count} games) it ends in ${title}`;
  const weeks = SCENARIOS[result.games[0]!.scenario].weeks;
  return `${head} ${share}: ${becauseOf(commonest, games)}. Games last ${oneDecimal(mean(result.games, (g) => g.turns))} of ${weeks} weeks on average.`;
}

/** "Hawk", "Hawk and Dove", "Hawk, Dove and Random". */
function listOf(names: readonly string[]): string {
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Which strategies reached good endings most and least often (all of them, when tied). */
export function comparisonOf(
  results: readonly StrategyResult[],
  nameOf: (result: StrategyResult) => string,
): string | null {
  if (results.length < 2) return null;
  const rate = (r: StrategyResult) => (r.games.length === 0 ? 0 : r.good / r.games.length);
  const best = Math.max(...results.map(rate));
  const worst = Math.min(...results.map(rate));
  const share = (value: number) => (100 * value).toFixed(1);
  if (best === worst)
    return `All ${results.length} strategies reach a good ending equally often (${share(best)}%).`;
  const at = (value: number) => listOf(results.filter((r) => rate(r) === value).map(nameOf));
  return `Most good endings: ${at(best)} (${share(best)}%). Fewest: ${at(worst)} (${share(worst)}%).`;
}
