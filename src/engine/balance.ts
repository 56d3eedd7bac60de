/**
 * The measurements behind the balance targets (game.md §2 and §9): endings by strategy and
 * difficulty, which strategy and seed first reaches each ending, the retaliation cycle measured on
 * matched branches of the same game, and what the slow tools do to attacks over many weeks.
 * Pure and deterministic: the same arguments always give the same figures, so the report can be
 * committed as a baseline and any balance change shows as a diff.
 */
import { strategyGames, type EndingTally } from './balance-games';
import { ENDING_IDS } from './endings';
import { GROUP_IDS, type Difficulty, type ProvinceId, type ScenarioId } from './ids';
import { Dice, seedState } from './random';
import { responsesFor } from './responses';
import { createState } from './state';
import {
  STRATEGIES,
  balancedStrategy,
  playGame,
  steadyStrategy,
  type Strategy,
  type StrategyName,
} from './strategies';
import { resolveTurn } from './turn';
import type { Decision, EndingId, GameState, WeekReport } from './types';

export { pooled, type EndingTally } from './balance-games';

/** Percent, to one decimal, as a number (the report prints it). */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10;
}

/** Plays `games` games (seeds 1, 2, …) with a built-in strategy and counts their endings. */
export function endingsOf(
  scenario: ScenarioId,
  difficulty: Difficulty,
  strategy: StrategyName,
  games: number,
): EndingTally {
  return strategyGames(scenario, difficulty, strategy, games).tally;
}

export interface Reach {
  strategy: StrategyName;
  difficulty: Difficulty;
  seed: number;
  week: number;
}

/** The order difficulties are tried in when looking for an ending: the game as it was first. */
const REACH_DIFFICULTIES: readonly Difficulty[] = ['normal', 'easy', 'hard'];

/**
 * For each ending, the first game that reaches it: strategies in the order given, then
 * difficulties (normal, easy, hard), then seeds 1 … `seeds`. Null when none of those games does.
 */
export function firstReach(
  scenario: ScenarioId,
  strategies: readonly StrategyName[],
  seeds: number,
): Record<EndingId, Reach | null> {
  const found = Object.fromEntries(ENDING_IDS.map((id) => [id, null])) as Record<
    EndingId,
    Reach | null
  >;
  for (const strategy of strategies) {
    for (const difficulty of REACH_DIFFICULTIES) {
      for (let seed = 1; seed <= seeds; seed++) {
        if (ENDING_IDS.every((id) => found[id])) return found;
        const { state } = playGame({ scenario, seed, difficulty }, STRATEGIES[strategy]);
        const ending = state.ending!;
        found[ending.id] ??= { strategy, difficulty, seed, week: ending.week };
      }
    }
  }
  return found;
}

/** Games (seeds 0 … seeds−1) that end after a first week with no decisions: should be none. */
export function idleWeekOneEndings(
  scenario: ScenarioId,
  difficulty: Difficulty,
  seeds: number,
): number {
  let ended = 0;
  for (let seed = 0; seed < seeds; seed++) {
    const turn = resolveTurn(createState(scenario, seed, difficulty), []);
    if (turn.ok && turn.value.state.ending) ended += 1;
  }
  return ended;
}

function step(state: GameState, decisions: Decision[]): { state: GameState; report: WeekReport } {
  const turn = resolveTurn(state, decisions);
  if (!turn.ok)
    throw new Error(`Illegal move in week ${state.week}: ${JSON.stringify(turn.error.reason)}`);
  return turn.value;
}

/** Plays `weeks` more weeks with a strategy (fewer if the game ends); the attacks on the way. */
function playOn(
  state: GameState,
  strategy: Strategy,
  dice: Dice,
  weeks: number,
): { state: GameState; attacks: number } {
  let current = state;
  let attacks = 0;
  for (let week = 0; week < weeks && !current.ending; week++) {
    current = step(current, strategy(current, dice)).state;
    attacks += current.thisWeek.attacks;
  }
  return { state: current, attacks };
}

function sanctuaryOf(state: GameState, province: ProvinceId): number {
  let sum = 0;
  for (const group of GROUP_IDS) sum += state.provinces[province].sanctuary[group];
  return sum;
}

/** The legal strike on camps with the most sanctuary to hit, or null when none is allowed. */
function strikeOnCamps(state: GameState): Decision | null {
  const option = responsesFor(state).find((o) => o.id === 'strike-camps');
  if (!option || option.unavailable) return null;
  const targets = option.targets
    .filter((t) => t.reason === null)
    .map((t) => t.id as ProvinceId)
    .sort((a, b) => sanctuaryOf(state, b) - sanctuaryOf(state, a));
  return targets[0] ? { response: 'strike-camps', target: targets[0] } : null;
}

export interface RetaliationFigures {
  scenario: ScenarioId;
  /** Matched pairs: one game state, branched with and without the strike. */
  pairs: number;
  /** Weeks counted from the branch week, that week included. */
  window: number;
  /** Militant attacks over the window, summed over the pairs. */
  attacks: { strike: number; none: number };
  /** Kabul's hostility after the branch week, and at the end of the window, summed. */
  hostilityNext: { strike: number; none: number };
  hostilityLater: { strike: number; none: number };
  /** The deterrence weeks: the first and last week after the branch week counted. */
  lateWeeks: readonly [number, number];
  /** Pairs whose two branches both played every deterrence week (neither game ended before). */
  latePairs: number;
  /** Militant attacks over the deterrence weeks, summed over those pairs. */
  lateAttacks: { strike: number; none: number };
}

/**
 * The retaliation cycle on matched branches: each game is played with the balanced strategy up to
 * a branch week; there it is copied, one copy strikes militant camps and does nothing else, the
 * other does nothing; both then play on with the balanced strategy, on the same strategy dice.
 * The same seed and the same history, so the difference is the strike: the attacks of the first
 * weeks (reprisals) and those of later weeks (`lateWeeks` after the branch week: deterrence).
 */
export function retaliation(
  scenario: ScenarioId,
  seeds: number,
  branchWeeks: readonly number[],
  window: number,
  lateWeeks: readonly [number, number],
): RetaliationFigures {
  const figures: RetaliationFigures = {
    scenario,
    pairs: 0,
    window,
    attacks: { strike: 0, none: 0 },
    hostilityNext: { strike: 0, none: 0 },
    hostilityLater: { strike: 0, none: 0 },
    lateWeeks,
    latePairs: 0,
    lateAttacks: { strike: 0, none: 0 },
  };
  const weeksAfter = Math.max(window - 1, lateWeeks[1]);
  for (let seed = 1; seed <= seeds; seed++) {
    for (const branchWeek of branchWeeks) {
      const dice = new Dice(seedState(seed));
      const before = playOn(
        createState(scenario, seed, 'normal'),
        balancedStrategy,
        dice,
        branchWeek - 1,
      ).state;
      if (before.ending) continue;
      const strike = strikeOnCamps(before);
      if (!strike) continue;
      const branch = (first: Decision[]) => {
        let state = step(before, first).state;
        const next = state.kabul.hostility;
        // Attacks by weeks after the branch week (index 0: the branch week itself).
        const attacks = [state.thisWeek.attacks];
        let later = state.kabul.hostility;
        const strategyDice = new Dice(seedState(seed + 7));
        while (attacks.length <= weeksAfter && !state.ending) {
          state = step(state, balancedStrategy(state, strategyDice)).state;
          attacks.push(state.thisWeek.attacks);
          if (attacks.length === window) later = state.kabul.hostility;
        }
        if (attacks.length < window) later = state.kabul.hostility;
        const sum = (from: number, to: number) =>
          attacks.slice(from, to + 1).reduce((a, b) => a + b, 0);
        return {
          attacks: sum(0, window - 1),
          next,
          later,
          late: attacks.length > lateWeeks[1] ? sum(lateWeeks[0], lateWeeks[1]) : null,
        };
      };
      const struck = branch([strike]);
      const spared = branch([]);
      figures.pairs += 1;
      figures.attacks.strike += struck.attacks;
      figures.attacks.none += spared.attacks;
      figures.hostilityNext.strike += struck.next;
      figures.hostilityNext.none += spared.next;
      figures.hostilityLater.strike += struck.later;
      figures.hostilityLater.none += spared.later;
      if (struck.late !== null && spared.late !== null) {
        figures.latePairs += 1;
        figures.lateAttacks.strike += struck.late;
        figures.lateAttacks.none += spared.late;
      }
    }
  }
  return figures;
}

export interface AttackBlock {
  /** First and last week of the block. */
  from: number;
  to: number;
  /** Game-weeks in the block, summed over the games. */
  weeks: number;
  /** Attacks attempted (what the final grade counts) and attacks that got through (not foiled). */
  attempted: number;
  through: number;
}

export interface SlowToolFigures {
  scenario: ScenarioId;
  games: number;
  steady: AttackBlock[];
  idle: AttackBlock[];
}

/**
 * What the slow tools do to attacks over many weeks: every game played to the scenario's last week
 * with only policing, coordination and trade (the steady strategy), and again with no decisions
 * at all. The losses are set aside (the game plays on) so both arms run every week; otherwise the
 * idle games would stop early when public confidence breaks. Attacks are counted in blocks.
 */
export function slowTools(
  scenario: ScenarioId,
  games: number,
  blockWeeks: number,
): SlowToolFigures {
  const weeks = createState(scenario, 1, 'normal').maxWeeks;
  const blocks = (): AttackBlock[] =>
    Array.from({ length: Math.ceil(weeks / blockWeeks) }, (_, i) => ({
      from: i * blockWeeks + 1,
      to: Math.min(weeks, (i + 1) * blockWeeks),
      weeks: 0,
      attempted: 0,
      through: 0,
    }));
  const figures: SlowToolFigures = { scenario, games, steady: blocks(), idle: blocks() };
  for (let seed = 1; seed <= games; seed++) {
    for (const arm of ['steady', 'idle'] as const) {
      let state = createState(scenario, seed, 'normal');
      const dice = new Dice(seedState(seed));
      while (state.week <= state.maxWeeks) {
        const block = figures[arm][Math.floor((state.week - 1) / blockWeeks)]!;
        const { state: next, report } = step(
          state,
          arm === 'steady' ? steadyStrategy(state, dice) : [],
        );
        block.weeks += 1;
        block.attempted += next.thisWeek.attacks;
        block.through += report.events.filter(
          (e) => e.kind === 'attack' && (e.deaths ?? 0) > 0,
        ).length;
        state = { ...next, ending: null };
      }
    }
  }
  return figures;
}
