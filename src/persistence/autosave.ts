/**
 * Autosave: after every resolved week (and at the start of a game, and whenever its notes change)
 * the game's inputs and notes are written to browser storage in the save-file format, so a reload
 * restores the start of the current week.
 *
 * Each game has its own autosave, under its game id (`frontier-crisis/autosave/<id>`), so two tabs
 * never share one and a game set aside for another (a new game, a slot, a link, a branch) stays
 * where it was. Each write is a compare-and-swap: it goes ahead only when the key still holds
 * what this page last wrote (or found there when the game was continued); if another tab wrote
 * the same game since, this tab's game becomes a copy with an id of its own and both are kept.
 * A game that ends is kept among the finished games (slots.ts), and its autosave then goes.
 * The single autosave of earlier versions (`frontier-crisis/autosave`) is still read, never
 * written. A failed write keeps the previous autosave and says so, every time.
 */
import { RULES_VERSION, SCENARIOS, replay, type ReplayedGame, type Result } from '../engine';
import type { GameStore, Session } from '../store/game-store';
import type { ClassroomRecord } from '../model/classroom';
import type { Note } from '../model/notes';
import type { BranchOf } from '../model/branch';
import { isGameId, newGameId } from '../model/game-id';
import { messageWords } from '../text';
import {
  makeSave,
  parseCheckedSave,
  parseSave,
  serialiseSave,
  type CheckedSave,
  type SaveFile,
} from './save-format';
import { CURRENT_SAVE_VERSION } from './migrations';
import { keepFinishedGame, saveToNewSlot } from './slots';
import {
  describeWriteProblem,
  keysStartingWith,
  readKey,
  removeKey,
  writeKey,
  type KeyValueStore,
} from './storage';
import { noTabLocks, type TabLocks } from './tab-locks';
import { escapeUnprintable } from '../model/text-checks';

/** The one autosave of versions before each game had its own: still read, never written. */
export const AUTOSAVE_KEY = 'frontier-crisis/autosave';
/** Where each game's autosave is kept: this, then the game's id. */
export const GAME_AUTOSAVE_PREFIX = 'frontier-crisis/autosave/';
/** The id the earlier single autosave is listed by (a game id is a UUID, so never this). */
export const EARLIER_AUTOSAVE_ID = 'earlier';

/** The key a game's autosave is kept under (the earlier single one for EARLIER_AUTOSAVE_ID). */
export function autosaveKey(gameId: string): string {
  return gameId === EARLIER_AUTOSAVE_ID ? AUTOSAVE_KEY : `${GAME_AUTOSAVE_PREFIX}${gameId}`;
}

/**
 * Where an autosave written by a newer version of the game is set aside, untouched, when an older
 * copy (say, one a service worker still serves) starts a game of its own: the older copy cannot
 * read it, and must not overwrite it. The newer version later moves it into a save slot.
 */
export const KEPT_AUTOSAVE_KEY = 'frontier-crisis/autosave-of-newer-version';

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

const words = () => messageWords().ui.autosave;

/** The name a finished game is kept by: "Karachi aftermath — ended in week 9". */
function finishedName(session: Session): string {
  const title = SCENARIOS[session.options.scenario].title;
  const week = session.state.ending?.week ?? session.weeks.length;
  return words().finishedName(title, week, messageWords().format);
}

function now(): string {
  return new Date().toISOString();
}

/**
 * Writes the game's autosave; on success the text written, on failure one sentence: why (full,
 * refused, no storage), what was not kept, and what is: `keptWeek` is the week this game was last
 * autosaved at, or null.
 */
function writeAutosave(
  storage: KeyValueStore | null,
  session: Session,
  keptWeek: number | null,
): Result<string, string> {
  const save = makeSave(
    session.options,
    session.weeks,
    { name: words().name, createdAt: now(), branchOf: session.branchOf },
    session.notes,
    session.classroom,
  );
  if (!save.ok) return save;
  const text = serialiseSave(save.value);
  const written = writeKey(storage, autosaveKey(session.gameId), text);
  if (written.ok) return { ok: true, value: text };
  const week = session.weeks.length + 1;
  const { format } = messageWords();
  const kept = keptWeek === null ? words().noAutosave : words().keptFromWeek(keptWeek, format);
  return {
    ok: false,
    error: words().notWritten(
      describeWriteProblem(written.error, words().weekNotAutosaved(week, format)),
      kept,
    ),
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
    meta: { ...save.value.meta, name: words().keptName },
  });
  if (!kept.ok) return words().keptNotMoved(kept.error);
  storage?.removeItem(KEPT_AUTOSAVE_KEY);
  return words().keptMoved(words().keptName);
}

/** An autosaved game as a list shows it, read without replaying it. */
export interface AutosaveSummary {
  gameId: string;
  /** The stored text: an action on it checks the autosave is still this (compare-and-swap). */
  text: string;
  scenario: string | null;
  difficulty: string | null;
  weeksPlayed: number | null;
  /** When it was last written (ISO 8601), if recorded (earlier versions did not). */
  savedAt: string | null;
  /** Why it cannot be continued (damaged, or from a newer version), or null. */
  problem: string | null;
}

function summarise(gameId: string, text: string): AutosaveSummary {
  const blank = {
    gameId,
    text,
    scenario: null,
    difficulty: null,
    weeksPlayed: null,
    savedAt: null,
  };
  if (isFromNewerVersion(text)) return { ...blank, problem: words().newer };
  const save = parseSave(text, 'autosave');
  if (!save.ok) return { ...blank, problem: words().notRestored(save.error) };
  return {
    gameId,
    text,
    scenario: save.value.game.scenario,
    difficulty: save.value.game.difficulty,
    weeksPlayed: save.value.weeks.length,
    savedAt: save.value.meta.createdAt ?? null,
    problem: null,
  };
}

/** Every autosaved game (each game's own, and the earlier single one), most recently saved first. */
export function listAutosaves(storage: KeyValueStore | null): Result<AutosaveSummary[], string> {
  const keys = keysStartingWith(storage, GAME_AUTOSAVE_PREFIX);
  if (!keys.ok) return keys;
  const found: AutosaveSummary[] = [];
  for (const key of keys.value) {
    const gameId = key.slice(GAME_AUTOSAVE_PREFIX.length);
    const text = readKey(storage, key);
    if (isGameId(gameId) && text.ok && text.value !== null)
      found.push(summarise(gameId, text.value));
  }
  found.sort((a, b) => (b.savedAt ?? '').localeCompare(a.savedAt ?? ''));
  const earlier = readKey(storage, AUTOSAVE_KEY);
  if (earlier.ok && earlier.value !== null)
    found.push(summarise(EARLIER_AUTOSAVE_ID, earlier.value));
  return { ok: true, value: found };
}

/** A game's autosave as stored (not replayed), null when there is none, or why it cannot be used. */
export function readAutosave(
  storage: KeyValueStore | null,
  gameId: string,
): Result<SaveFile | null, string> {
  const text = readKey(storage, autosaveKey(gameId));
  if (!text.ok) return text;
  if (text.value === null) return { ok: true, value: null };
  if (isFromNewerVersion(text.value)) return { ok: false, error: words().newer };
  const save = parseSave(text.value, 'autosave');
  if (!save.ok) return { ok: false, error: words().notRestored(save.error) };
  return { ok: true, value: save.value };
}

/** A game's autosave replayed against its own fingerprints, like any save; null when there is none. */
export function readCheckedAutosave(
  storage: KeyValueStore | null,
  gameId: string,
): Result<CheckedSave | null, string> {
  const text = readKey(storage, autosaveKey(gameId));
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
  /** The autosave's text when it was read: continuing it checks it is still this. */
  text: string;
}

/**
 * A game's autosave if it can be continued: its inputs, replayed and checked against its
 * fingerprints (continuing it then replays nothing). Null when there is none or when it has
 * already ended (its ending was seen); a clear message when it is unusable.
 */
export function readUnfinishedGame(
  storage: KeyValueStore | null,
  gameId: string,
): Result<UnfinishedGame | null, string> {
  const text = readKey(storage, autosaveKey(gameId));
  const saved = readAutosave(storage, gameId);
  if (!saved.ok || !saved.value || !text.ok || text.value === null)
    return saved as Result<null, string>;
  // Checked against its own fingerprints, like a slot: a tampered autosave is not continued.
  const replayed = replay(
    saved.value.game,
    saved.value.weeks.map((w) => w.decisions),
    { reports: true, recorded: saved.value.weeks.map((w) => w.fingerprint) },
  );
  if (!replayed.ok)
    return {
      ok: false,
      error: words().notRestored(
        escapeUnprintable(messageWords().unavailable(replayed.error.reason)),
      ),
    };
  if (replayed.value.divergedAt !== null)
    return {
      ok: false,
      error: words().altered(replayed.value.divergedAt, messageWords().format),
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
          text: text.value,
        },
  };
}

/**
 * Removes a game's autosave if it still holds `expected` (compare-and-swap): true when it is gone,
 * false when it changed in the meantime (another tab) or the browser refused.
 */
export function removeAutosave(
  storage: KeyValueStore | null,
  gameId: string,
  expected: string,
): boolean {
  const key = autosaveKey(gameId);
  const current = readKey(storage, key);
  if (!current.ok) return false;
  if (current.value === null) return true;
  return current.value === expected && removeKey(storage, key);
}

/**
 * Keeps each game's autosave current, and each finished game among the finished games; returns
 * the unsubscribe function. Every failed write says so (in the notice, and in `autosaveProblem`
 * for the panel that caused it), not only the first. `locks` makes the finished games' list
 * change alone among tabs.
 */
export function startAutosave(
  store: GameStore,
  storage: KeyValueStore | null,
  locks: TabLocks = noTabLocks,
): () => void {
  let gameId: string | null = null;
  /** What this page last wrote at the game's key, or found there when it took the game up. */
  let lastText: string | null = null;
  let savedWeeks = -1;
  let savedSession: Session | null = null;
  let keptWeek: number | null = null;
  /** The games whose ending was reached in this page. */
  const finishedHere = new Set<string>();

  const setProblem = (problem: string | null) => {
    const state = store.getState();
    if (problem !== null) store.setState({ autosaveProblem: problem, notice: problem });
    else if (state.autosaveProblem !== null)
      store.setState({
        autosaveProblem: null,
        notice: state.notice === state.autosaveProblem ? null : state.notice,
      });
  };

  const keepFinished = (session: Session) => {
    const save = makeSave(
      session.options,
      session.weeks,
      { name: finishedName(session), createdAt: now(), branchOf: session.branchOf },
      session.notes,
      session.classroom,
    );
    if (!save.ok) return setProblem(save.error);
    const { gameId: id } = session;
    const autosaved = lastText;
    void locks
      .exclusive(() => keepFinishedGame(storage, id, save.value))
      .then((kept) => {
        if (!kept.ok) return setProblem(kept.error);
        // Its finished copy is kept: the autosave of an ended game is not needed any more.
        if (autosaved !== null && removeAutosave(storage, id, autosaved) && lastText === autosaved)
          lastText = null;
        setProblem(null);
      });
  };

  return store.subscribe((state) => {
    const session = state.session;
    if (!session || session === savedSession) return;
    if (
      savedSession?.gameId === session.gameId &&
      session.weeks.length === savedWeeks &&
      savedSession.notes === session.notes &&
      savedSession.classroom === session.classroom
    )
      return;
    // A game opened already ended (a finished game, a slot, a link) is kept where it came from;
    // one whose ending was reached here is autosaved and kept among the finished games.
    const endedHere =
      session.state.ending !== null &&
      (finishedHere.has(session.gameId) ||
        (savedSession?.gameId === session.gameId && savedSession.state.ending === null));
    if (session.state.ending !== null && !endedHere) {
      // Nothing of it needs autosaving: a failure of the game left belongs to that game.
      if (savedSession?.gameId !== session.gameId) setProblem(null);
      savedSession = session;
      return;
    }
    const key = autosaveKey(session.gameId);
    if (session.gameId !== gameId) {
      gameId = session.gameId;
      keptWeek = null;
      const found = readKey(storage, key);
      lastText = found.ok ? found.value : null;
    }
    savedSession = session;
    savedWeeks = session.weeks.length;
    const current = readKey(storage, key);
    if (current.ok && current.value !== null && current.value !== lastText) {
      // Another tab wrote this game since this page last did: never write over it.
      store.setState({ session: { ...session, gameId: newGameId() }, notice: words().forked });
      return;
    }
    const written = writeAutosave(storage, session, keptWeek);
    if (written.ok) {
      lastText = written.value;
      keptWeek = session.weeks.length + 1;
      setProblem(null);
    } else {
      setProblem(written.error);
    }
    // An ended game is kept among the finished games; its autosave then goes.
    if (endedHere) {
      finishedHere.add(session.gameId);
      keepFinished(session);
    }
  });
}
