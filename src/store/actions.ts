/**
 * Everything a player can do, as module functions that call the engine and then set the store.
 * No rule lives here: legality and outcomes come from the engine.
 */
import {
  newGame,
  replay,
  resolveTurn,
  validateDecisions,
  type Decision,
  type GameOptions,
  type Result,
} from '../engine';
import { store, type Dialog, type Place, type Settings } from './game-store';

const set = store.setState;
const get = store.getState;

/** Starts a new game and shows it. */
export function startGame(options: GameOptions): Result<null, string> {
  const game = newGame(options);
  if (!game.ok) return game;
  set({
    screen: 'game',
    session: { options, state: game.value, weeks: [], reports: [] },
    pending: [],
    targeting: null,
    focus: null,
    playback: null,
    dialog: null,
    notice: null,
  });
  return { ok: true, value: null };
}

/** Restores a game from its inputs (an autosave or a file) by replaying every week. */
export function resumeGame(
  options: GameOptions,
  weeks: readonly (readonly Decision[])[],
): Result<null, string> {
  const replayed = replay(options, weeks);
  if (!replayed.ok)
    return { ok: false, error: `Week ${replayed.error.week}: ${replayed.error.message}` };
  set({
    screen: 'game',
    session: {
      options,
      state: replayed.value.state,
      weeks: weeks.map((w) => [...w]),
      reports: replayed.value.reports,
    },
    pending: [],
    targeting: null,
    focus: null,
    playback: null,
    dialog: null,
    notice: null,
  });
  return { ok: true, value: null };
}

export function quitToTitle(): void {
  set({ screen: 'title', targeting: null, focus: null, playback: null, dialog: null, pending: [] });
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
  const { playback, session } = get();
  if (!playback || !session) return;
  const report = session.reports.find((r) => r.week === playback.week);
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
