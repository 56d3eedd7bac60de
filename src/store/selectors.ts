/** Values derived from the store for the panels: never stored, always computed. */
import {
  RESPONSES,
  weeklyCapacity,
  type Decision,
  type GameState,
  type WeekReport,
} from '../engine';
import { decodeLesson, type Lesson } from '../classroom/lesson-code';
import type { Compare, Replay, ReturnScreen, Screen, Session, StoreState } from './game-store';
import type { Words } from '../text';

const COST = new Map<string, { actions: number; fiscal: number }>(
  RESPONSES.map((r) => [r.id, { actions: r.actions, fiscal: r.fiscal }]),
);

export interface Budget {
  actionsUsed: number;
  actionsTotal: number;
  fiscalUsed: number;
  fiscalTotal: number;
}

/** How much of the week's capacity and fiscal room the pending choices use. */
export function budget(state: GameState, pending: readonly Decision[]): Budget {
  let actionsUsed = 0;
  let fiscalUsed = 0;
  for (const decision of pending) {
    const cost = COST.get(decision.response);
    actionsUsed += cost?.actions ?? 0;
    fiscalUsed += cost?.fiscal ?? 0;
  }
  return {
    actionsUsed,
    actionsTotal: weeklyCapacity(state),
    fiscalUsed,
    fiscalTotal: state.meters.fiscalRoom,
  };
}

/** "Week 3 of 12"; once the game is over, the week it ended in. */
export function weekLabel(state: GameState, words: Words): string {
  const { actions } = words.ui;
  return state.ending
    ? actions.weekOver(state.ending.week, state.maxWeeks, words.format)
    : actions.week(state.week, state.maxWeeks, words.format);
}

/** The lesson the running game belongs to (from its class code), or null outside a lesson. */
export function sessionLesson(state: StoreState): Lesson | null {
  const code = state.session?.classroom?.lessonCode;
  if (code === undefined) return null;
  const lesson = decodeLesson(code);
  return lesson.ok ? lesson.value : null;
}

/** The replay viewer's game while it is open, else null. */
export function shownReplay(state: StoreState): Replay | null {
  return state.screen.kind === 'replay' ? state.screen.replay : null;
}

/** The two games on the compare screen while it is open, else null. */
export function shownComparison(state: StoreState): Compare | null {
  return state.screen.kind === 'compare' ? state.screen.compare : null;
}

/** The state the map shows: the replay's selected week while the viewer is open, else the game's. */
export function shownState(state: StoreState): GameState | null {
  const replay = shownReplay(state);
  if (replay) return replay.states[replay.selected] ?? null;
  return state.session?.state ?? null;
}

/** The reports the map's playback and the Why? cards read: the replay's while it is open. */
export function shownReports(state: StoreState): WeekReport[] | null {
  return shownReplay(state)?.reports ?? state.session?.reports ?? null;
}

const NO_CHOICES: readonly Decision[] = [];

/** The choices marked on the map: none while a replay is shown. */
export function shownPending(state: StoreState): readonly Decision[] {
  return state.screen.kind === 'replay' ? NO_CHOICES : state.pending;
}

/**
 * What leaving `screen` for another (the comparison, the guide) should return to: the title, the
 * game, or the replay as it is, paused.
 */
export function returnScreenOf(screen: Screen): ReturnScreen {
  if (screen.kind === 'replay')
    return { kind: 'replay', replay: { ...screen.replay, playing: false } };
  if (screen.kind === 'guide' || screen.kind === 'class') return screen.returnTo;
  if (screen.kind === 'compare') return screen.compare.returnTo;
  return { kind: screen.kind === 'game' ? 'game' : 'title' };
}

/** The screen to go back to: the title instead of a game that is no longer running. */
export function screenToReturnTo(returnTo: ReturnScreen, session: Session | null): ReturnScreen {
  return returnTo.kind === 'game' && !session ? { kind: 'title' } : returnTo;
}

/** The class vote open for the week being decided, else null (one left open last week is gone). */
export function shownClassVote(state: StoreState): StoreState['classVote'] {
  const { classVote, session } = state;
  return classVote && session && classVote.week === session.state.week ? classVote : null;
}

/**
 * The week the map's story is about: the game's last week played (the replay's selected week),
 * the state after it, and how many of its events have played so far (all once the playback ends).
 */
export interface ShownWeek {
  report: WeekReport;
  after: GameState;
  played: number;
}

export function shownWeek(state: StoreState): ShownWeek | null {
  const replay = shownReplay(state);
  const report = replay
    ? replay.selected > 0
      ? replay.reports[replay.selected - 1]
      : undefined
    : state.session?.reports[state.session.reports.length - 1];
  const after = shownState(state);
  if (!report || !after) return null;
  const { playback } = state;
  const played =
    playback && playback.week === report.week
      ? Math.min(playback.step + 1, report.events.length)
      : report.events.length;
  return { report, after, played };
}

export interface PlayedMeters {
  meters: GameState['meters'];
  ladder: number;
  ladderPeak: number;
}

/**
 * The meters and the ladder as they stand once the week's first `played` events have happened:
 * each recorded change goes with the first event of the same cause (the response, rule or event
 * behind both), and those of no event (the week's slow drifts, quiet effects) land when the last
 * event has played, so the meters move in step with the playback and end where the week ended.
 */
export function playedMeters(report: WeekReport, after: GameState, played: number): PlayedMeters {
  const done = { meters: after.meters, ladder: after.ladder, ladderPeak: after.tally.ladderPeak };
  if (played >= report.events.length) return done;
  const firstOfCause = new Map<string, number>();
  report.events.forEach((event, index) => {
    if (!firstOfCause.has(event.cause)) firstOfCause.set(event.cause, index);
  });
  const meters = { ...report.metersBefore };
  let ladder = report.ladderBefore;
  let ladderPeak = after.tally.ladderPeak;
  for (const change of report.changes) {
    const happened = (firstOfCause.get(change.cause) ?? Infinity) < played;
    if (change.subject === 'national' && happened && change.field in meters) {
      const id = change.field as keyof typeof meters;
      meters[id] = Math.max(0, Math.min(100, meters[id] + change.delta));
    } else if (change.subject === 'ladder' && happened) ladder += change.delta;
    else if (change.subject === 'tally' && change.field === 'ladderPeak' && !happened)
      ladderPeak -= change.delta;
  }
  return { meters, ladder: Math.max(0, Math.min(5, ladder)), ladderPeak };
}
