/**
 * Replay: folds resolveTurn over a game's inputs. The one loop every reader of a game uses (the
 * save checks, the replay viewer, resuming a game, comparing games, the command-line checker), so
 * a game is replayed once per load and every caller agrees on where a replay breaks. Given the
 * fingerprints a save recorded, it checks each week against them and names the first that differs.
 */
import type { ReplayProblem } from './reason-words';
import { fingerprint as hashValue } from './fingerprint';
import { checkOptions, type GameOptions } from './new-game';
import { createState } from './state';
import { resolveTurn } from './turn';
import type { Decision, GameState, Result, WeekReport } from './types';

/** The state's fingerprint: sixteen hex digits, equal for equal states in every runtime. */
export function fingerprint(state: GameState): string {
  return hashValue(state);
}

/** What a replay keeps besides the fingerprints and the opening and final states. */
export interface ReplayRequest {
  /** The fingerprint recorded after each week (a save's), to check each replayed week against. */
  recorded?: readonly string[] | undefined;
  /** Keep every week's state: states[0] is the opening, states[n] the state after week n. */
  states?: boolean;
  /** Keep every week's report: reports[n - 1] is week n's. */
  reports?: boolean;
}

/** A replayed game; `Kept` says which of its states and reports were kept (null when not). */
export interface ReplayedGame<Kept extends ReplayRequest = ReplayRequest> {
  /** The checked set-up the game was replayed from. */
  options: GameOptions;
  /** The decisions of each week replayed (copies of the inputs). */
  weeks: Decision[][];
  opening: GameState;
  /** The state after the last week replayed. */
  final: GameState;
  /** fingerprints[n - 1] identifies the state after week n. */
  fingerprints: string[];
  /** The first week whose fingerprint differs from the recorded one; null when none does. */
  divergedAt: number | null;
  /** Every week's state from the opening, when asked for. */
  states: Kept extends { states: true } ? GameState[] : null;
  /** Every week's report, when asked for. */
  reports: Kept extends { reports: true } ? WeekReport[] : null;
}

/** A replay that kept every week's state and report (what the replay viewer shows). */
export type FullReplay = ReplayedGame<{ states: true; reports: true }>;

export interface ReplayError<Kept extends ReplayRequest = ReplayRequest> {
  /** The week (1-based) whose decisions could not be applied; 0 when the set-up is refused. */
  week: number;
  /** Why (src/text words it). */
  reason: ReplayProblem;
  /** The weeks before it, replayed as asked; null when the set-up is refused. */
  before: ReplayedGame<Kept> | null;
}

/**
 * Replays a game from its inputs, fingerprinting every week. Every week is played (a week whose fingerprint differs from the
 * recorded one is noted in `divergedAt` and the replay goes on); a week that cannot be played
 * ends the replay with an error that keeps the weeks before it.
 */
export function replay<const Kept extends ReplayRequest = Record<never, never>>(
  options: { scenario: unknown; seed: unknown; difficulty?: unknown; length?: unknown },
  weeks: readonly (readonly Decision[])[],
  request?: Kept,
): Result<ReplayedGame<Kept>, ReplayError<Kept>> {
  const checked = checkOptions(options);
  if (!checked.ok)
    return {
      ok: false,
      error: { week: 0, reason: { code: 'bad-options', message: checked.error }, before: null },
    };
  const { scenario, seed, difficulty, length } = checked.value;
  const opening = createState(scenario, seed, difficulty, length);
  const recorded = request?.recorded;
  const states: GameState[] | null = request?.states ? [opening] : null;
  const reports: WeekReport[] | null = request?.reports ? [] : null;
  const game = {
    options: checked.value,
    weeks: [] as Decision[][],
    opening,
    final: opening,
    fingerprints: [] as string[],
    divergedAt: null as number | null,
    // The request's flags decide which of these are lists: the type says the same.
    states: states as ReplayedGame<Kept>['states'],
    reports: reports as ReplayedGame<Kept>['reports'],
  };
  for (const [index, decisions] of weeks.entries()) {
    const week = index + 1;
    const ended = game.final.ending;
    if (ended)
      return {
        ok: false,
        error: { week, reason: { code: 'already-ended', week: ended.week }, before: game },
      };
    const turn = resolveTurn(game.final, decisions);
    if (!turn.ok) return { ok: false, error: { week, reason: turn.error.reason, before: game } };
    game.final = turn.value.state;
    game.weeks.push([...decisions]);
    states?.push(turn.value.state);
    reports?.push(turn.value.report);
    const print = fingerprint(turn.value.state);
    game.fingerprints.push(print);
    const expected = recorded?.[index];
    if (expected !== undefined && expected !== print && game.divergedAt === null)
      game.divergedAt = week;
  }
  return { ok: true, value: game };
}
