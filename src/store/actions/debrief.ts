/**
 * The debrief screen: opening it on the running game (at its ending) or on the replay viewer's
 * game, closing it, and "What if?": a new game branched from the start of a turning point's week.
 */
import { messageWords } from '../../text';
import { replay, type Result } from '../../engine';
import { store, type Debrief } from '../game-store';
import { shownReplay } from '../selectors';
import { resumeReplayed } from './game';

const set = store.setState;
const get = store.getState;

/** The debrief shown, or null. */
export function shownDebrief(): Debrief | null {
  const { screen } = get();
  return screen.kind === 'debrief' ? screen.debrief : null;
}

/** Shows a debrief built by its opener (this module, or the class comparison for a student's game). */
export function showDebrief(debrief: Debrief): void {
  set({
    screen: { kind: 'debrief', debrief },
    targeting: null,
    focus: null,
    playback: null,
    dialog: null,
  });
}

/** Opens the debrief of the replay viewer's game, or else of the running game. */
export function openDebrief(name: string): Result<null, string> {
  const { screen, session } = get();
  const viewed = shownReplay(get());
  if (viewed) {
    showDebrief({
      name: viewed.name,
      options: viewed.options,
      weeks: viewed.weeks,
      states: viewed.states,
      reports: viewed.reports,
      notes: viewed.notes,
      ...(viewed.classroom ? { classroom: viewed.classroom } : {}),
      ...(viewed.branchOf ? { branchOf: viewed.branchOf } : {}),
      returnTo: { kind: 'replay', replay: { ...viewed, playing: false } },
    });
    return { ok: true, value: null };
  }
  if (!session) return { ok: false, error: messageWords().ui.actions.noGame };
  if (session.weeks.length === 0)
    return { ok: false, error: messageWords().ui.actions.nothingToDebrief };
  const replayed = replay(session.options, session.weeks, { states: true, reports: true });
  if (!replayed.ok) return { ok: false, error: messageWords().unavailable(replayed.error.reason) };
  showDebrief({
    name,
    options: session.options,
    weeks: replayed.value.weeks,
    states: replayed.value.states,
    reports: replayed.value.reports,
    notes: session.notes,
    ...(session.classroom ? { classroom: session.classroom } : {}),
    ...(session.branchOf ? { branchOf: session.branchOf } : {}),
    returnTo: { kind: screen.kind === 'game' ? 'game' : 'title' },
  });
  return { ok: true, value: null };
}

/** Leaves the debrief for the screen it was opened from, as it was. */
export function closeDebrief(): void {
  const debrief = shownDebrief();
  if (!debrief) return;
  const back =
    debrief.returnTo.kind === 'game' && !get().session
      ? { kind: 'title' as const }
      : debrief.returnTo;
  set({ screen: back, dialog: null });
}

/**
 * "What if?": a new game that shares the debriefed game's history up to the start of `week`,
 * then lets the player decide that week again. Its notes and classroom entries before it are kept.
 */
export function whatIf(week: number): Result<null, string> {
  const debrief = shownDebrief();
  if (!debrief) return { ok: false, error: messageWords().ui.actions.noDebrief };
  const state = debrief.states[week - 1];
  if (!state || state.ending || week < 1)
    return {
      ok: false,
      error: messageWords().ui.actions.cannotBranchAt(week, messageWords().format),
    };
  resumeReplayed(
    {
      options: debrief.options,
      weeks: debrief.weeks.slice(0, week - 1),
      final: state,
      reports: debrief.reports.slice(0, week - 1),
    },
    { name: debrief.name, week: week - 1 },
    debrief.notes,
    debrief.classroom,
  );
  return { ok: true, value: null };
}
