/**
 * Autosave: after every resolved week (and at the start of a game, and whenever its notes change)
 * the game's inputs and notes are written to browser storage in the save-file format, so a reload
 * restores the start of the current week.
 * A failed write keeps the previous autosave and tells the player once.
 */
import { replay, type ReplayedGame, type Result } from '../engine';
import type { GameStore, Session } from '../store/game-store';
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
import { readKey, writeKey, type KeyValueStore } from './storage';

export const AUTOSAVE_KEY = 'frontier-crisis/autosave';

function writeAutosave(storage: KeyValueStore | null, session: Session): Result<null, string> {
  const save = makeSave(
    session.options,
    session.weeks,
    { name: 'Autosave', branchOf: session.branchOf },
    session.notes,
  );
  if (!save.ok) return save;
  return writeKey(storage, AUTOSAVE_KEY, serialiseSave(save.value));
}

/** The autosaved game, null when there is none, or why it cannot be used. */
export function readAutosave(storage: KeyValueStore | null): Result<SaveFile | null, string> {
  const text = readKey(storage, AUTOSAVE_KEY);
  if (!text.ok) return text;
  if (text.value === null) return { ok: true, value: null };
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
  const replayed = replay(
    saved.value.game,
    saved.value.weeks.map((w) => w.decisions),
    { reports: true },
  );
  if (!replayed.ok)
    return { ok: false, error: `The autosave could not be restored. ${replayed.error.message}` };
  return {
    ok: true,
    value: replayed.value.final.ending
      ? null
      : {
          game: replayed.value,
          notes: saved.value.notes,
          ...(saved.value.meta.branchOf ? { branchOf: saved.value.meta.branchOf } : {}),
        },
  };
}

/** Keeps the autosave current; returns the unsubscribe function. Warns once per failure streak. */
export function startAutosave(store: GameStore, storage: KeyValueStore | null): () => void {
  let savedWeeks = -1;
  let savedSession: Session | null = null;
  let warned = false;
  return store.subscribe((state) => {
    const session = state.session;
    if (!session) return;
    if (
      session === savedSession ||
      (savedSession?.options === session.options &&
        session.weeks.length === savedWeeks &&
        savedSession.notes === session.notes)
    )
      return;
    savedSession = session;
    savedWeeks = session.weeks.length;
    const written = writeAutosave(storage, session);
    if (written.ok) {
      warned = false;
    } else if (!warned) {
      warned = true;
      store.setState({ notice: written.error });
    }
  });
}
