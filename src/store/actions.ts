/**
 * Everything a player can do, as module functions that call the engine and then set the store.
 * No rule lives here: legality and outcomes come from the engine.
 */
import {
  fingerprint,
  newGame,
  replay,
  resolveTurn,
  validateDecisions,
  type Decision,
  type FullReplay,
  type GameOptions,
  type ReplayedGame,
  type Result,
} from '../engine';
import type { Note } from '../persistence/notes';
import {
  store,
  type CompareGame,
  type Dialog,
  type Place,
  type Replay,
  type ReplaySpeed,
  type Settings,
} from './game-store';
import { shownReports } from './selectors';

const set = store.setState;
const get = store.getState;

/** Starts a new game and shows it: a game with no week played yet. */
export function startGame(options: GameOptions): Result<null, string> {
  const game = newGame(options);
  if (!game.ok) return game;
  return resumeGame(options, []);
}

/** Restores a game from its inputs (an autosave or a file) by replaying every week. */
export function resumeGame(
  options: GameOptions,
  weeks: readonly (readonly Decision[])[],
  branchOf?: { name: string; week: number },
  notes: readonly Note[] = [],
): Result<null, string> {
  const replayed = replay(options, weeks, { reports: true });
  if (!replayed.ok)
    return { ok: false, error: `Week ${replayed.error.week}: ${replayed.error.message}` };
  resumeReplayed(replayed.value, branchOf, notes);
  return { ok: true, value: null };
}

/** A replayed game as the running game needs it: its inputs, last state and every week's report. */
type ResumableGame = Pick<ReplayedGame<{ reports: true }>, 'options' | 'weeks' | 'final' | 'reports'>;

/** Shows an already replayed game as the running game, at the start of its next week. */
export function resumeReplayed(
  game: ResumableGame,
  branchOf?: { name: string; week: number },
  notes: readonly Note[] = [],
): void {
  set({
    screen: 'game',
    session: {
      options: game.options,
      state: game.final,
      weeks: game.weeks.map((w) => [...w]),
      reports: [...game.reports],
      ...(branchOf ? { branchOf } : {}),
      notes: notes.filter((note) => note.week <= game.weeks.length),
    },
    replay: null,
    pending: [],
    targeting: null,
    focus: null,
    playback: null,
    dialog: null,
    notice: null,
  });
}

export function quitToTitle(): void {
  set({
    screen: 'title',
    replay: null,
    targeting: null,
    focus: null,
    playback: null,
    dialog: null,
    pending: [],
  });
}

/**
 * Adds a response to this week's choices. A targeted response chosen without a target waits for
 * one (on the map or from the list). Returns the engine's reason when the choice is refused.
 */
export function chooseResponse(response: string, target?: string): Result<null, string> {
  const { session, pending } = get();
  if (!session) return { ok: false, error: 'No game is running.' };
  const decision: Decision = target === undefined ? { response } : { response, target };
  const check = validateDecisions(session.state, [...pending, decision]);
  if (!check.ok) {
    if (check.error.reason.code === 'needs-target') {
      set({ targeting: response, notice: null });
      return { ok: true, value: null };
    }
    set({ notice: check.error.reason.message });
    return { ok: false, error: check.error.reason.message };
  }
  set({ pending: check.value, targeting: null, notice: null });
  return { ok: true, value: null };
}

/** Completes the response waiting for a target. */
export function pickTarget(target: string): Result<null, string> {
  const { targeting } = get();
  if (!targeting) return { ok: false, error: 'No response is waiting for a target.' };
  return chooseResponse(targeting, target);
}

export function cancelTargeting(): void {
  set({ targeting: null });
}

/** Takes back one of this week's choices. */
export function removeChoice(index: number): void {
  set({ pending: get().pending.filter((_, i) => i !== index), notice: null });
}

/** Resolves the week with the choices made; the report then plays on the map. */
export function endWeek(): Result<null, string> {
  const { session, pending } = get();
  if (!session) return { ok: false, error: 'No game is running.' };
  const turn = resolveTurn(session.state, pending);
  if (!turn.ok) {
    set({ notice: turn.error.reason.message });
    return { ok: false, error: turn.error.reason.message };
  }
  set({
    session: {
      ...session,
      state: turn.value.state,
      weeks: [...session.weeks, pending],
      reports: [...session.reports, turn.value.report],
    },
    pending: [],
    targeting: null,
    notice: null,
    playback: { week: turn.value.report.week, step: 0 },
  });
  return { ok: true, value: null };
}

/** Moves the map's replay of the last week on by one event; ends it after the last. */
export function advancePlayback(): void {
  const { playback } = get();
  const reports = shownReports(get());
  if (!playback || !reports) return;
  const report = reports.find((r) => r.week === playback.week);
  const next = playback.step + 1;
  set({
    playback: report && next < report.events.length ? { week: playback.week, step: next } : null,
  });
}

export function skipPlayback(): void {
  set({ playback: null });
}

export function focusPlace(place: Place | null): void {
  const current = get().focus;
  if (current?.kind === place?.kind && current?.id === place?.id) return;
  set({ focus: place });
}

export function openDialog(dialog: Dialog): void {
  set({ dialog });
}

export function closeDialog(): void {
  set({ dialog: null });
}

export function updateSettings(patch: Partial<Settings>): void {
  set({ settings: { ...get().settings, ...patch } });
}

export function setNotice(notice: string | null): void {
  set({ notice });
}

/** Replaces the running game's notes; the autosave then keeps them. */
export function setSessionNotes(notes: Note[]): void {
  const { session } = get();
  if (session) set({ session: { ...session, notes } });
}

// ---- The replay viewer ----

/** What the replay viewer shows besides the game itself: its name, notes and where they are kept. */
export interface ReplayMeta {
  name: string;
  notes?: readonly Note[];
  notesHome?: Replay['notesHome'];
  branchOf?: { name: string; week: number } | undefined;
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
      error: `Week ${diverged} does not replay to the fingerprint recorded for it.`,
    };
  if (!replayed.ok)
    return {
      ok: false,
      error:
        replayed.error.week === 0
          ? replayed.error.message
          : `Week ${replayed.error.week}: ${replayed.error.message}`,
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
    returnTo: screen === 'game' ? 'game' : 'title',
    notes: [...(meta.notes ?? [])],
    notesHome: meta.notesHome ?? null,
    ...(meta.branchOf ? { branchOf: meta.branchOf } : {}),
  };
  set({
    screen: 'replay',
    replay: replayView,
    targeting: null,
    focus: null,
    playback: null,
    dialog: null,
  });
}

/** Opens the running game in the replay viewer. */
export function openCurrentReplay(name: string): Result<null, string> {
  const { session } = get();
  if (!session) return { ok: false, error: 'No game is running.' };
  return openReplay({
    name,
    options: session.options,
    weeks: session.weeks,
    notes: session.notes,
    notesHome: { kind: 'game' },
    branchOf: session.branchOf,
  });
}

/**
 * Replaces the replay's notes once they are kept (a slot's are written by the caller first);
 * a replay of the running game gives them to the game too.
 */
export function setReplayNotes(notes: Note[]): void {
  const { replay: current, session } = get();
  if (!current) return;
  set({
    replay: { ...current, notes },
    ...(current.notesHome?.kind === 'game' && session ? { session: { ...session, notes } } : {}),
  });
}

/** Shows the state after `week` (clamped to the game) and plays that week's events on the map. */
export function selectReplayWeek(week: number): void {
  const { replay: current } = get();
  if (!current || !Number.isFinite(week)) return;
  const last = current.states.length - 1;
  const selected = Math.min(last, Math.max(0, Math.round(week)));
  const events = selected > 0 ? (current.reports[selected - 1]?.events.length ?? 0) : 0;
  set({
    replay: {
      ...current,
      selected,
      playing: current.playing && selected < last,
    },
    playback: events > 0 ? { week: selected, step: 0 } : null,
  });
}

export function stepReplay(delta: number): void {
  const { replay: current } = get();
  if (current) selectReplayWeek(current.selected + delta);
}

/** Plays week after week at the chosen speed; from the end, starts again at the opening. */
export function playReplay(): void {
  const { replay: current } = get();
  if (!current) return;
  const last = current.states.length - 1;
  if (last === 0) return;
  if (current.selected >= last) {
    set({ replay: { ...current, playing: true } });
    selectReplayWeek(0);
  } else set({ replay: { ...current, playing: true } });
}

export function pauseReplay(): void {
  const { replay: current } = get();
  if (current?.playing) set({ replay: { ...current, playing: false } });
}

export function setReplaySpeed(speed: ReplaySpeed): void {
  const { replay: current } = get();
  if (current) set({ replay: { ...current, speed } });
}

/** One tick of the player: the next week, stopping after the last. */
export function advanceReplay(): void {
  const { replay: current } = get();
  if (!current?.playing) return;
  stepReplay(1);
}

/** Leaves the viewer for the screen it was opened from; the running game is as it was. */
export function closeReplay(): void {
  const { replay: current } = get();
  if (!current) return;
  set({
    screen: current.returnTo === 'game' && get().session ? 'game' : 'title',
    replay: null,
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
  const replay = get().replay;
  if (!replay) return { ok: false, error: 'No replay is open.' };
  const week = replay.selected;
  const state = replay.states[week];
  if (!state || state.ending)
    return { ok: false, error: 'The game had ended by this week; branch from an earlier week.' };
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
  );
  return { ok: true, value: null };
}

// ---- The compare screen ----

/**
 * Opens the compare screen with the games given (the screen offers defaults for a side left
 * empty). A playing replay pauses; the running game, the replay and the autosave are untouched.
 */
export function openCompare(games: { first?: CompareGame; second?: CompareGame } = {}): void {
  const { screen, replay: current } = get();
  set({
    screen: 'compare',
    compare: {
      first: games.first ?? null,
      second: games.second ?? null,
      returnTo: screen === 'game' || screen === 'replay' ? screen : 'title',
    },
    ...(current?.playing ? { replay: { ...current, playing: false } } : {}),
    targeting: null,
    focus: null,
    playback: null,
    dialog: null,
  });
}

export function setCompareGame(side: 'first' | 'second', game: CompareGame): void {
  const { compare } = get();
  if (compare) set({ compare: { ...compare, [side]: game } });
}

/** Leaves the compare screen for the one it was opened from, as it was. */
export function closeCompare(): void {
  const { compare, session, replay: current } = get();
  if (!compare) return;
  const back =
    (compare.returnTo === 'game' && session) || (compare.returnTo === 'replay' && current)
      ? compare.returnTo
      : 'title';
  set({ screen: back, compare: null, dialog: null });
}
