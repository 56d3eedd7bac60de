/**
 * The games behind most balance figures, played once and summed: for one scenario, difficulty and
 * built-in strategy, seeds 1 … n, the endings, how often each doctrine rule and scenario event
 * fired, and the harm of the games that ran their full length. Every figure here is a sum, so
 * the figures of several scenarios (or of workers) add up. Memoised: within one process, asking
 * for the same games twice plays them once.
 */
import { ENDING_GRADES, ENDING_IDS } from './endings';
import type { Difficulty, ScenarioId } from './ids';
import { STRATEGIES, playGame, type StrategyName } from './strategies';
import type { EndingId, GameState, WeekReport } from './types';

export interface EndingTally {
  games: number;
  counts: Record<EndingId, number>;
  /** Games that reached a good ending (strategic reset or fragile containment). */
  good: number;
  /** Games lost (open war, loss of confidence, fiscal crisis). */
  bad: number;
}

export function emptyTally(): EndingTally {
  const counts = Object.fromEntries(ENDING_IDS.map((id) => [id, 0])) as Record<EndingId, number>;
  return { games: 0, counts, good: 0, bad: 0 };
}

export function addEnding(tally: EndingTally, id: EndingId): void {
  tally.games += 1;
  tally.counts[id] += 1;
  if (ENDING_GRADES[id] === 'good') tally.good += 1;
  if (ENDING_GRADES[id] === 'bad') tally.bad += 1;
}

/** Adds tallies together (for a row over every scenario). */
export function pooled(tallies: readonly EndingTally[]): EndingTally {
  const total = emptyTally();
  for (const tally of tallies) {
    total.games += tally.games;
    total.good += tally.good;
    total.bad += tally.bad;
    for (const id of ENDING_IDS) total.counts[id] += tally.counts[id];
  }
  return total;
}

/**
 * The classes "outcomes track harm" compares, among games that ran their full length: good
 * endings, mixed ones, and the forever frontier reached with at least one Pakistani strike.
 */
export const HARM_CLASSES = ['good', 'mixed', 'forever-with-strikes'] as const;
export type HarmClass = (typeof HARM_CLASSES)[number];

export interface HarmSums {
  games: number;
  /** Militant attacks that got through (were not foiled). */
  attacksThrough: number;
  /** Deaths in militant attacks. */
  attackDeaths: number;
  /** Everyone killed who was not a militant: civilians on both sides, police, soldiers. */
  toll: number;
}

export const emptyHarm = (): HarmSums => ({
  games: 0,
  attacksThrough: 0,
  attackDeaths: 0,
  toll: 0,
});

export interface StrategyGames {
  scenario: ScenarioId;
  difficulty: Difficulty;
  strategy: StrategyName;
  tally: EndingTally;
  /** Weeks played, summed over the games. */
  weeks: number;
  /** Weeks in which each rule (`actor/rule`) or event (`event:id`) fired, summed. */
  firings: Record<string, number>;
  harm: Record<HarmClass, HarmSums>;
}

/** The key a doctrine rule's firings are counted under. */
export const ruleKey = (actor: string, rule: string) => `${actor}/${rule}`;
/** The key a scenario event's firings are counted under. */
export const eventKey = (id: string) => `event:${id}`;

/** Counts what fired in one resolved week: one rule per actor, and the events newly fired. */
export function countFirings(
  firings: Record<string, number>,
  before: GameState,
  report: WeekReport,
  after: GameState,
): void {
  for (const trace of report.traces) {
    const key = ruleKey(trace.actor, trace.fired);
    firings[key] = (firings[key] ?? 0) + 1;
  }
  for (const id of after.firedEvents.slice(before.firedEvents.length)) {
    const key = eventKey(id);
    firings[key] = (firings[key] ?? 0) + 1;
  }
}

function harmClassOf(state: GameState, strikes: number): HarmClass[] {
  const grade = ENDING_GRADES[state.ending!.id];
  if (grade === 'good') return ['good'];
  if (grade !== 'mixed') return [];
  return state.ending!.id === 'forever-frontier' && strikes > 0
    ? ['mixed', 'forever-with-strikes']
    : ['mixed'];
}

const played = new Map<string, StrategyGames>();

/** Plays `games` games (seeds 1, 2, …) with a built-in strategy and sums what they show. */
export function strategyGames(
  scenario: ScenarioId,
  difficulty: Difficulty,
  strategy: StrategyName,
  games: number,
): StrategyGames {
  const key = `${scenario}|${difficulty}|${strategy}|${games}`;
  const known = played.get(key);
  if (known) return known;
  const figures: StrategyGames = {
    scenario,
    difficulty,
    strategy,
    tally: emptyTally(),
    weeks: 0,
    firings: {},
    harm: { good: emptyHarm(), mixed: emptyHarm(), 'forever-with-strikes': emptyHarm() },
  };
  for (let seed = 1; seed <= games; seed++) {
    let attacksThrough = 0;
    let attackDeaths = 0;
    let strikes = 0;
    const { state } = playGame(
      { scenario, seed, difficulty },
      STRATEGIES[strategy],
      (before, report, after) => {
        countFirings(figures.firings, before, report, after);
        strikes += after.thisWeek.strikes;
        for (const event of report.events)
          if (event.kind === 'attack' && (event.deaths ?? 0) > 0) {
            attacksThrough += 1;
            attackDeaths += event.deaths!;
          }
      },
    );
    addEnding(figures.tally, state.ending!.id);
    figures.weeks += state.history.length;
    if (state.history.length < state.maxWeeks) continue;
    const t = state.tally;
    for (const harmClass of harmClassOf(state, strikes)) {
      const sums = figures.harm[harmClass];
      sums.games += 1;
      sums.attacksThrough += attacksThrough;
      sums.attackDeaths += attackDeaths;
      sums.toll += t.civiliansPakistan + t.civiliansAfghanistan + t.police + t.soldiers;
    }
  }
  played.set(key, figures);
  return figures;
}

/** Adds the figures of several scenarios or difficulties together (firings and harm summed). */
export function sumGames(all: readonly StrategyGames[]): Omit<StrategyGames, 'scenario'> {
  const total = {
    difficulty: all[0]!.difficulty,
    strategy: all[0]!.strategy,
    tally: pooled(all.map((g) => g.tally)),
    weeks: 0,
    firings: {} as Record<string, number>,
    harm: { good: emptyHarm(), mixed: emptyHarm(), 'forever-with-strikes': emptyHarm() },
  };
  for (const games of all) {
    total.weeks += games.weeks;
    for (const [key, n] of Object.entries(games.firings))
      total.firings[key] = (total.firings[key] ?? 0) + n;
    for (const harmClass of HARM_CLASSES) {
      const from = games.harm[harmClass];
      const to = total.harm[harmClass];
      to.games += from.games;
      to.attacksThrough += from.attacksThrough;
      to.attackDeaths += from.attackDeaths;
      to.toll += from.toll;
    }
  }
  return total;
}
