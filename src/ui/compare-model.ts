/**
 * Two games compared, as pure functions of their inputs and replays: each game's national meters
 * and ladder week by week, the two timelines lined up by week number, their decisions
 * side by side with the weeks where they differ, and how the two games are related (a branch and
 * its original, different set-ups). No DOM or storage here: the compare screen only draws this.
 */
import {
  METER_IDS,
  type Decision,
  type GameOptions,
  type GameState,
  type MeterId,
} from '../engine';
import type { PlayedGame } from '../store/game-store';
import { placeName, responseTitle } from './labels';

/** A game's inputs, as a save or the running game holds them. */
export interface GameInputs {
  name: string;
  options: GameOptions;
  weeks: readonly (readonly Decision[])[];
  /** Set when the game was branched from another after one of its weeks. */
  branchOf?: { name: string; week: number } | undefined;
}

/** What the charts show: the five national meters and the escalation ladder. */
export type SeriesId = MeterId | 'ladder';
export const SERIES_IDS: readonly SeriesId[] = [...METER_IDS, 'ladder'];

export interface Timeline {
  /** values[series][n]: the value after week n (n = 0 is the opening). */
  values: Record<SeriesId, number[]>;
  /** The state after the last week played: its ending, if any, and its scorecard. */
  final: GameState;
  weeksPlayed: number;
}

/** A replayed game's timeline: the meters and the ladder from its opening and weekly reports. */
export function timelineOf(game: PlayedGame): Timeline {
  const values = {} as Record<SeriesId, number[]>;
  for (const id of METER_IDS)
    values[id] = [game.opening.meters[id], ...game.reports.map((r) => r.metersAfter[id])];
  values.ladder = [game.opening.ladder, ...game.reports.map((r) => r.ladderAfter)];
  return { values, final: game.final, weeksPlayed: game.reports.length };
}

export interface SeriesRow {
  week: number;
  /** The value after this week, or null when that game did not reach it. */
  first: number | null;
  second: number | null;
}

/** One series of both games lined up by week number, from the opening to the longer game's end. */
export function alignSeries(first: Timeline, second: Timeline, series: SeriesId): SeriesRow[] {
  const last = Math.max(first.weeksPlayed, second.weeksPlayed);
  return Array.from({ length: last + 1 }, (_, week) => ({
    week,
    first: first.values[series][week] ?? null,
    second: second.values[series][week] ?? null,
  }));
}

/** same / different: both games played the week; only-…: one game never reached it. */
export type WeekStatus = 'same' | 'different' | 'only-first' | 'only-second';

export interface DecisionRow {
  week: number;
  first: readonly Decision[] | null;
  second: readonly Decision[] | null;
  status: WeekStatus;
}

/** Equal when the same responses, with the same targets, come in the same order. */
export function sameDecisions(a: readonly Decision[], b: readonly Decision[]): boolean {
  return (
    a.length === b.length &&
    a.every((d, i) => d.response === b[i]?.response && d.target === b[i]?.target)
  );
}

/** Both games' decisions week by week, each week marked same, different or played by one only. */
export function compareDecisions(first: GameInputs, second: GameInputs): DecisionRow[] {
  const last = Math.max(first.weeks.length, second.weeks.length);
  return Array.from({ length: last }, (_, index) => {
    const a = first.weeks[index] ?? null;
    const b = second.weeks[index] ?? null;
    const status: WeekStatus =
      a === null
        ? 'only-second'
        : b === null
          ? 'only-first'
          : sameDecisions(a, b)
            ? 'same'
            : 'different';
    return { week: index + 1, first: a, second: b, status };
  });
}

/** The first week both games played with different decisions, or null when there is none. */
export function firstDifferentWeek(rows: readonly DecisionRow[]): number | null {
  return rows.find((row) => row.status === 'different')?.week ?? null;
}

export type SetupField = 'scenario' | 'seed' | 'difficulty';

/** Which of the set-up (scenario, seed, difficulty) differs: any of it makes the games differ from the opening. */
export function setupDifferences(first: GameInputs, second: GameInputs): SetupField[] {
  const fields: SetupField[] = ['scenario', 'seed', 'difficulty'];
  return fields.filter((field) => first.options[field] !== second.options[field]);
}

/** The same game: the same set-up, decisions and branch mark (a copy, or the autosave of the game in play). */
export function sameGame(a: GameInputs, b: GameInputs): boolean {
  return (
    setupDifferences(a, b).length === 0 &&
    a.weeks.length === b.weeks.length &&
    a.weeks.every((week, i) => sameDecisions(week, b.weeks[i] ?? [])) &&
    a.branchOf?.name === b.branchOf?.name &&
    a.branchOf?.week === b.branchOf?.week
  );
}

/**
 * Whether `branch` was branched from `origin`: the same set-up and the same decisions up to the
 * week it branched after. Another copy of the same branch (one with the same branch mark) is not
 * its origin.
 */
export function isBranchOf(branch: GameInputs, origin: GameInputs): boolean {
  const mark = branch.branchOf;
  if (!mark || setupDifferences(branch, origin).length > 0) return false;
  if (origin.branchOf?.name === mark.name && origin.branchOf.week === mark.week) return false;
  if (branch.weeks.length < mark.week || origin.weeks.length < mark.week) return false;
  for (let i = 0; i < mark.week; i++)
    if (!sameDecisions(branch.weeks[i] ?? [], origin.weeks[i] ?? [])) return false;
  return true;
}

export interface BranchRelation {
  /** Which of the two is the branch. */
  branch: 'first' | 'second';
  /** The week it branched after: both games share every week up to it. */
  week: number;
}

/** How the two games are related as branch and original, or null when they are not. */
export function branchRelation(first: GameInputs, second: GameInputs): BranchRelation | null {
  if (second.branchOf && isBranchOf(second, first))
    return { branch: 'second', week: second.branchOf.week };
  if (first.branchOf && isBranchOf(first, second))
    return { branch: 'first', week: first.branchOf.week };
  return null;
}

/** The original `game` was branched from, among `candidates` (one with the name it records first). */
export function findOrigin<T extends GameInputs>(
  game: GameInputs,
  candidates: readonly T[],
): T | null {
  const origins = candidates.filter((c) => isBranchOf(game, c));
  return origins.find((c) => c.name === game.branchOf?.name) ?? origins[0] ?? null;
}

/**
 * The game to compare `game` with when nothing else is asked for: its original, else one of its
 * branches. The game itself, or an identical copy of it, is never its own partner.
 */
export function findPartner<T extends GameInputs>(
  game: GameInputs,
  candidates: readonly T[],
): T | null {
  const others = candidates.filter((c) => c !== game && !sameGame(c, game));
  return findOrigin(game, others) ?? others.find((c) => isBranchOf(c, game)) ?? null;
}

/** "Strike militant camps — Nangarhar": a decision in the words the Decide panel uses. */
export function decisionText(decision: Decision): string {
  const title = responseTitle(decision.response);
  return decision.target === undefined ? title : `${title} — ${placeName(decision.target)}`;
}
