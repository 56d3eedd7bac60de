/**
 * The replay viewer: opening a game (replayed once, every week's state and report kept), moving
 * through its weeks, playing them, its notes, and branching a new game from one of its weeks.
 */
import { messageWords } from '../../text';
import {
  fingerprint,
  replay,
  type Decision,
  type FullReplay,
  type GameOptions,
  type Result,
} from '../../engine';
import type { ClassroomRecord } from '../../model/classroom';
import type { Note } from '../../model/notes';
import { store, type Replay, type ReplaySpeed, type StoreState } from '../game-store';
import { shownReplay } from '../selectors';
import { resumeReplayed } from './game';

const set = store.setState;
const get = store.getState;

/** The open replay, or null when the viewer is not open. */
function openedReplay(): Replay | null {
  return shownReplay(get());
}

/** Shows `replay` in the viewer, with any other changes to the store. */
function showReplay(replay: Replay, also: Partial<StoreState> = {}): void {
  set({ screen: { kind: 'replay', replay }, ...also });
}

/** What the replay viewer shows besides the game itself: its name, notes and where they are kept. */
export interface ReplayMeta {
  name: string;
  notes?: readonly Note[];
  notesHome?: Replay['notesHome'];
  branchOf?: { name: string; week: number } | undefined;
  classroom?: ClassroomRecord | undefined;
}

/**
 * Opens the replay viewer on a game's inputs. Every week is replayed once, here, and each week's
 * state, report and fingerprint kept; recorded fingerprints (a save's) must match the replay, so
 * the viewer shows exactly what `npm run replay` checks. The running game is not touched.
 */
export function openReplay(
  game: ReplayMeta & {
    options: GameOptions;
    weeks: readonly (readonly Decision[])[];
    fingerprints?: readonly string[];
  },
): Result<null, string> {
  const replayed = replay(game.options, game.weeks, {
    recorded: game.fingerprints,
    states: true,
    reports: true,
  });
  const diverged = replayed.ok ? replayed.value.divergedAt : replayed.error.before?.divergedAt;
  if (diverged !== null && diverged !== undefined)
    return {
      ok: false,
      error: messageWords().ui.actions.diverged(diverged, messageWords().format),
    };
  if (!replayed.ok)
    return {
      ok: false,
      error:
        replayed.error.week === 0
          ? messageWords().unavailable(replayed.error.reason)
          : `Week ${replayed.error.week}: ${messageWords().unavailable(replayed.error.reason)}`,
    };
  openReplayed(replayed.value, game);
  return { ok: true, value: null };
}

/** Opens the replay viewer on a game already replayed with every week kept (a checked save's). */
export function openReplayed(game: FullReplay, meta: ReplayMeta): void {
  const { screen } = get();
  const replayView: Replay = {
    name: meta.name,
    options: game.options,
    weeks: game.weeks.map((w) => [...w]),
    states: game.states,
    reports: game.reports,
    fingerprints: [fingerprint(game.opening), ...game.fingerprints],
    selected: 0,
    playing: false,
    speed: 1000,
    returnTo: screen.kind === 'game' ? 'game' : 'title',
    ...(screen.kind === 'class' ? { returnToClass: screen } : {}),
    notes: [...(meta.notes ?? [])],
    notesHome: meta.notesHome ?? null,
    ...(meta.branchOf ? { branchOf: meta.branchOf } : {}),
    ...(meta.classroom ? { classroom: meta.classroom } : {}),
  };
  showReplay(replayView, { targeting: null, focus: null, playback: null, dialog: null });
}

/** Opens the running game in the replay viewer. */
export function openCurrentReplay(name: string): Result<null, string> {
  const { session } = get();
  if (!session) return { ok: false, error: messageWords().ui.actions.noGame };
  return openReplay({
    name,
    options: session.options,
    weeks: session.weeks,
    notes: session.notes,
    notesHome: { kind: 'game' },
    branchOf: session.branchOf,
    classroom: session.classroom,
  });
}

/**
 * Replaces the replay's notes once they are kept (a slot's are written by the caller first);
 * a replay of the running game gives them to the game too.
 */
export function setReplayNotes(notes: Note[]): void {
  const current = openedReplay();
  const { session } = get();
  if (!current) return;
  showReplay(
    { ...current, notes },
    current.notesHome?.kind === 'game' && session ? { session: { ...session, notes } } : {},
  );
}

/** Shows the state after `week` (clamped to the game) and plays that week's events on the map. */
export function selectReplayWeek(week: number): void {
  const current = openedReplay();
  if (!current || !Number.isFinite(week)) return;
  const last = current.states.length - 1;
  const selected = Math.min(last, Math.max(0, Math.round(week)));
  const events = selected > 0 ? (current.reports[selected - 1]?.events.length ?? 0) : 0;
  showReplay(
    { ...current, selected, playing: current.playing && selected < last },
    { playback: events > 0 ? { week: selected, step: 0 } : null },
  );
}

export function stepReplay(delta: number): void {
  const current = openedReplay();
  if (current) selectReplayWeek(current.selected + delta);
}

/** Plays week after week at the chosen speed; from the end, starts again at the opening. */
export function playReplay(): void {
  const current = openedReplay();
  if (!current) return;
  const last = current.states.length - 1;
  if (last === 0) return;
  if (current.selected >= last) {
    showReplay({ ...current, playing: true });
    selectReplayWeek(0);
  } else showReplay({ ...current, playing: true });
}

export function pauseReplay(): void {
  const current = openedReplay();
  if (current?.playing) showReplay({ ...current, playing: false });
}

export function setReplaySpeed(speed: ReplaySpeed): void {
  const current = openedReplay();
  if (current) showReplay({ ...current, speed });
}

/** One tick of the player: the next week, stopping after the last. */
export function advanceReplay(): void {
  const current = openedReplay();
  if (!current?.playing) return;
  stepReplay(1);
}

/** Leaves the viewer for the screen it was opened from; the running game is as it was. */
export function closeReplay(): void {
  const current = openedReplay();
  if (!current) return;
  set({
    screen:
      current.returnToClass ??
      ({ kind: current.returnTo === 'game' && get().session ? 'game' : 'title' } as const),
    targeting: null,
    focus: null,
    playback: null,
    dialog: null,
  });
}

/**
 * Starts a new game from the replay's selected week: the same history up to it, then the player's
 * own choices. The branch remembers the game and week it came from, and keeps the notes pinned to
 * the weeks it shares.
 */
export function branchFromReplay(): Result<null, string> {
  const replay = openedReplay();
  if (!replay) return { ok: false, error: messageWords().ui.actions.noReplay };
  const week = replay.selected;
  const state = replay.states[week];
  if (!state || state.ending)
    return { ok: false, error: messageWords().ui.actions.endedByThisWeek };
  // The replay already holds every week's state and report: branching replays nothing.
  resumeReplayed(
    {
      options: replay.options,
      weeks: replay.weeks.slice(0, week),
      final: state,
      reports: replay.reports.slice(0, week),
    },
    { name: replay.name, week },
    replay.notes,
    replay.classroom,
  );
  return { ok: true, value: null };
}
