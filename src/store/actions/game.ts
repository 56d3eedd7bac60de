/**
 * The running game: starting and resuming it, this week's choices, ending the week and playing its
 * events on the map. Each action calls the engine, then sets the store; no rule lives here.
 */
import { messageWords } from '../../text';
import {
  newGame,
  replay,
  resolveTurn,
  validateDecisions,
  type Decision,
  type GameOptions,
  type ReplayedGame,
  type Result,
} from '../../engine';
import { decodeLesson } from '../../classroom/lesson-code';
import {
  classroomUpTo,
  entryFromDraft,
  withClassroomWeek,
  type ClassroomRecord,
} from '../../model/classroom';
import { newGameId } from '../../model/game-id';
import type { Note } from '../../model/notes';
import { store } from '../game-store';
import { shownReports } from '../selectors';

const set = store.setState;
const get = store.getState;

/**
 * Starts a new game and shows it: a game with no week played yet. `then` runs once it is shown
 * (at once, or after the player chose to leave a game its autosave could not keep).
 */
export function startGame(options: GameOptions, then?: () => void): Result<null, string> {
  const game = newGame(options);
  if (!game.ok) return game;
  return resumeGame(options, [], undefined, [], then);
}

/** Restores a game from its inputs (an autosave or a file) by replaying every week. */
export function resumeGame(
  options: GameOptions,
  weeks: readonly (readonly Decision[])[],
  branchOf?: { name: string; week: number },
  notes: readonly Note[] = [],
  then?: () => void,
): Result<null, string> {
  const replayed = replay(options, weeks, { reports: true });
  if (!replayed.ok)
    return {
      ok: false,
      error: `Week ${replayed.error.week}: ${messageWords().unavailable(replayed.error.reason)}`,
    };
  resumeReplayed(replayed.value, branchOf, notes, undefined, { then });
  return { ok: true, value: null };
}

/** A replayed game as the running game needs it: its inputs, last state and every week's report. */
type ResumableGame = Pick<
  ReplayedGame<{ reports: true }>,
  'options' | 'weeks' | 'final' | 'reports'
>;

/** How a game is shown in the place of the one in play. */
export interface ShowGame {
  /** The autosaved game it continues; otherwise it is a game of its own (a new id). */
  gameId?: string;
  /** Runs once the game is shown (at once, or after the player chose to leave the one in play). */
  then?: (() => void) | undefined;
  /** Runs instead when the player chose to keep the game in play. */
  otherwise?: (() => void) | undefined;
}

/**
 * Runs `replace`, which puts another game in the place of the one in play: at once, unless the
 * game in play has weeks or notes its autosave could not keep (full or refused storage). Then the
 * player is told and asked first (the 'replace-unsaved' dialog), and `replace` runs only if they
 * choose it (`keep` if they keep the game in play). True when it ran at once.
 */
export function replaceGameInPlay(replace: () => void, keep?: () => void): boolean {
  const { session, autosaveProblem } = get();
  const unkept =
    session !== null &&
    autosaveProblem !== null &&
    (session.weeks.length > 0 || session.notes.length > 0);
  if (!unkept) {
    replace();
    return true;
  }
  set({
    linkOffer: null,
    dialog: {
      kind: 'replace-unsaved',
      open: () => {
        set({ dialog: null });
        replace();
      },
      keep: () => {
        set({ dialog: null });
        keep?.();
      },
    },
  });
  return false;
}

/**
 * Shows an already replayed game as the running game, at the start of its next week, in the place
 * of the one in play (asking first when that one's autosave failed: see replaceGameInPlay).
 */
export function resumeReplayed(
  game: ResumableGame,
  branchOf?: { name: string; week: number },
  notes: readonly Note[] = [],
  classroom?: ClassroomRecord,
  { gameId = newGameId(), then, otherwise }: ShowGame = {},
): void {
  replaceGameInPlay(() => {
    show(game, gameId, branchOf, notes, classroom);
    then?.();
  }, otherwise);
}

function show(
  game: ResumableGame,
  gameId: string,
  branchOf: { name: string; week: number } | undefined,
  notes: readonly Note[],
  classroom: ClassroomRecord | undefined,
): void {
  set({
    screen: { kind: 'game' },
    session: {
      gameId,
      options: game.options,
      state: game.final,
      weeks: game.weeks.map((w) => [...w]),
      reports: [...game.reports],
      ...(branchOf ? { branchOf } : {}),
      notes: notes.filter((note) => note.week <= game.weeks.length),
      ...(classroom ? { classroom: classroomUpTo(classroom, game.weeks.length) } : {}),
    },
    pending: [],
    classroomDraft: {},
    classVote: null,
    targeting: null,
    focus: null,
    playback: null,
    dialog: null,
    notice: null,
  });
}

export function quitToTitle(): void {
  set({
    screen: { kind: 'title' },
    targeting: null,
    focus: null,
    playback: null,
    dialog: null,
    pending: [],
    classroomDraft: {},
    classVote: null,
  });
}

/**
 * Adds a response to this week's choices. A targeted response chosen without a target waits for
 * one (on the map or from the list). Returns the engine's reason when the choice is refused.
 */
export function chooseResponse(response: string, target?: string): Result<null, string> {
  const { session, pending } = get();
  if (!session) return { ok: false, error: messageWords().ui.actions.noGame };
  const decision: Decision = target === undefined ? { response } : { response, target };
  const check = validateDecisions(session.state, [...pending, decision]);
  if (!check.ok) {
    if (check.error.reason.code === 'needs-target') {
      set({ targeting: response, notice: null });
      return { ok: true, value: null };
    }
    const why = messageWords().unavailable(check.error.reason);
    set({ notice: why });
    return { ok: false, error: why };
  }
  set({ pending: check.value, targeting: null, notice: null });
  return { ok: true, value: null };
}

/** Completes the response waiting for a target. */
export function pickTarget(target: string): Result<null, string> {
  const { targeting } = get();
  if (!targeting) return { ok: false, error: messageWords().ui.actions.noTarget };
  return chooseResponse(targeting, target);
}

export function cancelTargeting(): void {
  set({ targeting: null });
}

/** Takes back one of this week's choices. */
export function removeChoice(index: number): void {
  set({ pending: get().pending.filter((_, i) => i !== index), notice: null });
}

/**
 * The running classroom game's record with this week's entry added, or why the week cannot end
 * yet (a lesson that requires a justification and a prediction); undefined outside a lesson.
 */
function classroomAfterWeek(): Result<ClassroomRecord | undefined, string> {
  const { session, classroomDraft } = get();
  const record = session?.classroom;
  if (!session || !record) return { ok: true, value: undefined };
  const lesson = record.lessonCode === undefined ? null : decodeLesson(record.lessonCode);
  const required = lesson?.ok === true && lesson.value.predictionsRequired;
  const entry = entryFromDraft(session.state.week, classroomDraft, required);
  if (!entry.ok) return entry;
  return { ok: true, value: entry.value ? withClassroomWeek(record, entry.value) : record };
}

/** Resolves the week with the choices made; the report then plays on the map. */
export function endWeek(): Result<null, string> {
  const { session, pending } = get();
  if (!session) return { ok: false, error: messageWords().ui.actions.noGame };
  const classroom = classroomAfterWeek();
  if (!classroom.ok) {
    set({ notice: classroom.error });
    return classroom;
  }
  const turn = resolveTurn(session.state, pending);
  if (!turn.ok) {
    const why = messageWords().unavailable(turn.error.reason);
    set({ notice: why });
    return { ok: false, error: why };
  }
  set({
    session: {
      ...session,
      state: turn.value.state,
      weeks: [...session.weeks, pending],
      reports: [...session.reports, turn.value.report],
      ...(classroom.value ? { classroom: classroom.value } : {}),
    },
    pending: [],
    classroomDraft: {},
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

/** Replaces the running game's notes; the autosave then keeps them. */
export function setSessionNotes(notes: Note[]): void {
  const { session } = get();
  if (session) set({ session: { ...session, notes } });
}

/**
 * Replaces the running game's notes and says whether they were stored: the autosave writes them
 * as the notes change, so a failed write is known at once and the panel can say so.
 */
export function keepSessionNotes(notes: Note[]): Result<null, string> {
  setSessionNotes(notes);
  const problem = get().autosaveProblem;
  return problem === null
    ? { ok: true, value: null }
    : { ok: false, error: messageWords().ui.actions.notStored(problem) };
}
