/**
 * Autosave: after every resolved week (and at the start of a game, and whenever its notes change)
 * the game's inputs and notes are written to browser storage in the save-file format, so a reload
 * restores the start of the current week.
 * A failed write keeps the previous autosave and tells the player once.
 */
import { RULES_VERSION, replay, type ReplayedGame, type Result } from '../engine';
import type { GameStore, Session } from '../store/game-store';
import type { ClassroomRecord } from '../model/classroom';
import type { Note } from '../model/notes';
import type { BranchOf } from '../model/branch';
import {
  makeSave,
  parseCheckedSave,
  parseSave,
  serialiseSave,
  type CheckedSave,
  type SaveFile,
} from './save-format';
import { CURRENT_SAVE_VERSION } from './migrations';
import { saveToNewSlot } from './slots';
import { describeWriteProblem, readKey, writeKey, type KeyValueStore } from './storage';
import { escapeUnprintable } from '../model/text-checks';

export const AUTOSAVE_KEY = 'frontier-crisis/autosave';
/**
 * Where an autosave written by a newer version of the game is set aside, untouched, when an older
 * copy (say, one a service worker still serves) starts a game of its own: the older copy cannot
 * read it, and must not overwrite it. The newer version later moves it into a save slot.
 */
export const KEPT_AUTOSAVE_KEY = 'frontier-crisis/autosave-of-newer-version';
/** The slot name a kept autosave gets once a version that can read it moves it there. */
export const KEPT_AUTOSAVE_NAME = 'Autosave kept from a newer version';

/** True when `text` is a save that a newer version of the game wrote (a later format or rules). */
export function isFromNewerVersion(text: string): boolean {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return false;
  }
  if (typeof raw !== 'object' || raw === null) return false;
  const { version, rulesVersion } = raw as { version?: unknown; rulesVersion?: unknown };
  return (
    (typeof version === 'number' && version > CURRENT_SAVE_VERSION) ||
    (typeof rulesVersion === 'number' && rulesVersion > RULES_VERSION)
  );
}

const NEWER_AUTOSAVE =
  'The autosave was made by a newer version of Frontier Crisis than the one this page is running, so it cannot be continued here. It is kept as it is: reload the page (or choose Reload when "A new version is ready" shows) to continue it.';

/**
 * Writes the game's autosave; on failure, one sentence: why (full, refused, no storage), what was
 * not kept, and what is: `keptWeek` is the week this game was last autosaved at, or null.
 */
function writeAutosave(
  storage: KeyValueStore | null,
  session: Session,
  keptWeek: number | null,
): Result<null, string> {
  const save = makeSave(
    session.options,
    session.weeks,
    { name: 'Autosave', branchOf: session.branchOf },
    session.notes,
    session.classroom,
  );
  if (!save.ok) return save;
  const current = readKey(storage, AUTOSAVE_KEY);
  if (current.ok && current.value !== null && isFromNewerVersion(current.value)) {
    const kept = writeKey(storage, KEPT_AUTOSAVE_KEY, current.value);
    if (!kept.ok)
      return {
        ok: false,
        error: `This game is not being autosaved: the autosave of a newer version could not be kept aside first. ${describeWriteProblem(kept.error, 'it was not set aside')}`,
      };
  }
  const written = writeKey(storage, AUTOSAVE_KEY, serialiseSave(save.value));
  if (written.ok) return written;
  const week = session.weeks.length + 1;
  const kept =
    keptWeek === null
      ? 'This game has no autosave'
      : `The autosave from week ${keptWeek} of this game is kept`;
  return {
    ok: false,
    error: `${describeWriteProblem(written.error, `week ${week} and its notes were not autosaved`)} ${kept}: export the game as a file (Save game, Export file) to keep it.`,
  };
}

/**
 * Moves an autosave kept from a newer version (see KEPT_AUTOSAVE_KEY) into a save slot once this
 * version can read it. Returns what happened in words, or null when there was nothing to move.
 */
export function restoreKeptAutosave(storage: KeyValueStore | null): string | null {
  const text = readKey(storage, KEPT_AUTOSAVE_KEY);
  if (!text.ok || text.value === null || isFromNewerVersion(text.value)) return null;
  const save = parseSave(text.value, 'autosave');
  if (!save.ok) return null;
  const kept = saveToNewSlot(storage, {
    ...save.value,
    meta: { ...save.value.meta, name: KEPT_AUTOSAVE_NAME },
  });
  if (!kept.ok)
    return `An autosave kept from a newer version could not be moved into Saves yet. ${kept.error}`;
  storage?.removeItem(KEPT_AUTOSAVE_KEY);
  return `An autosave made by a newer version of the game, kept while an older copy was open, is now in Saves as "${KEPT_AUTOSAVE_NAME}".`;
}

/** The autosaved game, null when there is none, or why it cannot be used. */
export function readAutosave(storage: KeyValueStore | null): Result<SaveFile | null, string> {
  const text = readKey(storage, AUTOSAVE_KEY);
  if (!text.ok) return text;
  if (text.value === null) return { ok: true, value: null };
  if (isFromNewerVersion(text.value)) return { ok: false, error: NEWER_AUTOSAVE };
  const save = parseSave(text.value, 'autosave');
  if (!save.ok) return { ok: false, error: `The autosave could not be restored. ${save.error}` };
  return { ok: true, value: save.value };
}

/** The autosave replayed against its own fingerprints, like any save; null when there is none. */
export function readCheckedAutosave(
  storage: KeyValueStore | null,
): Result<CheckedSave | null, string> {
  const text = readKey(storage, AUTOSAVE_KEY);
  if (!text.ok) return text;
  if (text.value === null) return { ok: true, value: null };
  return parseCheckedSave(text.value);
}

/** An autosaved game that can be continued: replayed (every week's report kept), with its notes. */
export interface UnfinishedGame {
  game: ReplayedGame<{ reports: true }>;
  notes: Note[];
  branchOf?: BranchOf;
  classroom?: ClassroomRecord;
}

/**
 * The autosaved game if it can be continued: its inputs, replayed and checked (continuing it then
 * replays nothing). Null when there is none or when it has already ended (its ending was seen); a
 * clear message when it is unusable.
 */
export function readUnfinishedGame(
  storage: KeyValueStore | null,
): Result<UnfinishedGame | null, string> {
  const saved = readAutosave(storage);
  if (!saved.ok || !saved.value) return saved as Result<null, string>;
  // Checked against its own fingerprints, like a slot: a tampered autosave is not continued.
  const replayed = replay(
    saved.value.game,
    saved.value.weeks.map((w) => w.decisions),
    { reports: true, recorded: saved.value.weeks.map((w) => w.fingerprint) },
  );
  if (!replayed.ok)
    return {
      ok: false,
      error: `The autosave could not be restored. ${escapeUnprintable(replayed.error.message)}`,
    };
  if (replayed.value.divergedAt !== null)
    return {
      ok: false,
      error: `The autosave could not be restored: it has been altered or damaged (week ${replayed.value.divergedAt} does not replay to the fingerprint recorded for it).`,
    };
  return {
    ok: true,
    value: replayed.value.final.ending
      ? null
      : {
          game: replayed.value,
          notes: saved.value.notes,
          ...(saved.value.meta.branchOf ? { branchOf: saved.value.meta.branchOf } : {}),
          ...(saved.value.classroom ? { classroom: saved.value.classroom } : {}),
        },
  };
}

/**
 * Keeps the autosave current; returns the unsubscribe function. Every failed write says so (in
 * the notice, and in `autosaveProblem` for the panel that caused it), not only the first.
 */
export function startAutosave(store: GameStore, storage: KeyValueStore | null): () => void {
  let savedWeeks = -1;
  let savedSession: Session | null = null;
  let keptWeek: number | null = null;
  return store.subscribe((state) => {
    const session = state.session;
    if (!session) return;
    if (
      session === savedSession ||
      (savedSession?.options === session.options &&
        session.weeks.length === savedWeeks &&
        savedSession.notes === session.notes &&
        savedSession.classroom === session.classroom)
    )
      return;
    const sameGame = savedSession?.options === session.options;
    savedSession = session;
    savedWeeks = session.weeks.length;
    if (!sameGame) keptWeek = null;
    const written = writeAutosave(storage, session, keptWeek);
    if (written.ok) {
      keptWeek = session.weeks.length + 1;
      if (state.autosaveProblem !== null)
        store.setState({
          autosaveProblem: null,
          notice: state.notice === state.autosaveProblem ? null : state.notice,
        });
    } else {
      store.setState({ autosaveProblem: written.error, notice: written.error });
    }
  });
}
