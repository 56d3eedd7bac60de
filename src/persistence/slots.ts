/**
 * Named save slots: a list of save files kept in browser storage under one key, newest first.
 * Every function is pure over a KeyValueStore and returns a result; nothing throws. A write
 * replaces the whole list in one setItem, so a refused write (storage full or unavailable) leaves
 * every existing slot exactly as it was. Entries are kept as stored and only parsed and replayed
 * when loaded, so one damaged or outdated slot never hides the others and can still be deleted.
 *
 * Each entry is `{ slotId, save }`: the slot's own id beside the save file it keeps (the file
 * itself is exactly what an export writes). Lists kept before ids existed hold bare save files;
 * those entries get an id derived from their content (the same in every tab), which is written
 * beside them the first time they change, so an open list in another tab still finds the slot.
 * Every action names the slot by id and by a stamp of its content as the list
 * showed it, so it reaches that slot wherever it has moved, and refuses (writing nothing) when
 * the slot was deleted or changed in another tab since.
 */
import type { Result } from '../engine';
import type { Note } from '../model/notes';
import { messageWords } from '../text';
import {
  MAX_NAME_CHARS,
  checkSave,
  parseSaveData,
  withNotes,
  type CheckedSave,
  type SaveFile,
} from './save-format';
import { readKey, writeFailure, type KeyValueStore } from './storage';
import { characterCount, trimInvisible } from '../model/text-checks';

export const SLOTS_KEY = 'frontier-crisis/slots';
export const MAX_SLOTS = 50;
export const MAX_SLOT_NAME = MAX_NAME_CHARS;
export const FINISHED_KEY = 'frontier-crisis/finished';
/** Finished games kept automatically: the newest this many (a game saved in a slot stays there). */
export const MAX_FINISHED = 20;

/**
 * One list of slots under one key: the saved games (the player's own slots, which refuse a save
 * when full) or the finished games (kept automatically as each game ends; the oldest goes when
 * the list is full). Both are read and changed by the same functions below.
 */
export interface SlotList {
  key: string;
  max: number;
  /** Which words say what to do instead when a write failed. */
  otherwise: 'slots' | 'finished';
}

export const SAVED_GAMES: SlotList = {
  key: SLOTS_KEY,
  max: MAX_SLOTS,
  otherwise: 'slots',
};

export const FINISHED_GAMES: SlotList = {
  key: FINISHED_KEY,
  max: MAX_FINISHED,
  otherwise: 'finished',
};

/** What the list shows of a slot, read without replaying it. */
export interface SlotSummary {
  /** The slot's own id: stays with it when other slots are saved, moved or deleted. */
  id: string;
  /** Changes whenever the slot's content does: a write checks the slot is still as shown. */
  stamp: string;
  /** Its position in the list (0 is the most recently saved). */
  index: number;
  name: string;
  /** When it was saved (ISO 8601), if recorded. */
  createdAt: string | null;
  scenario: string | null;
  difficulty: string | null;
  /** How many weeks were resolved when it was saved, or null for a damaged entry. */
  weeksPlayed: number | null;
}

/** The slot a player acted on, as the list showed it. */
export type SlotRef = Pick<SlotSummary, 'id' | 'stamp'>;

const words = () => messageWords().ui.saves;

function readEntries(
  storage: KeyValueStore | null,
  list: SlotList = SAVED_GAMES,
): Result<unknown[], string> {
  if (!storage) return { ok: false, error: words().unavailable };
  const text = readKey(storage, list.key);
  if (!text.ok) return { ok: false, error: words().readRefused };
  if (text.value === null) return { ok: true, value: [] };
  try {
    const raw: unknown = JSON.parse(text.value);
    return Array.isArray(raw)
      ? { ok: true, value: raw }
      : { ok: false, error: words().damagedList };
  } catch {
    return { ok: false, error: words().damagedList };
  }
}

/** Writes the whole list at once; on failure says what was not done and that the rest is kept. */
function writeEntries(
  storage: KeyValueStore | null,
  entries: unknown[],
  notDone: string,
  list: SlotList = SAVED_GAMES,
): Result<SlotSummary[], string> {
  if (!storage) return { ok: false, error: words().unavailable };
  try {
    storage.setItem(list.key, JSON.stringify(entries));
  } catch (error) {
    return {
      ok: false,
      error:
        writeFailure(error) === 'full'
          ? words().writeFull(notDone, words().otherwise[list.otherwise])
          : words().writeRefused(notDone),
    };
  }
  return { ok: true, value: summariseAll(entries) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown, max: number): string | null {
  return typeof value === 'string' && characterCount(value) <= max ? value : null;
}

/** FNV-1a over the entry's stored text: enough to tell one version of a slot from another. */
function stampOf(entry: unknown): string {
  const json = JSON.stringify(entry) ?? 'undefined';
  let hash = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) {
    hash ^= json.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${json.length.toString(36)}-${hash.toString(16).padStart(8, '0')}`;
}

/** A new slot's id, or one derived for a slot kept before ids existed (see summariseAll). */
const SLOT_ID = /^(slot-[0-9a-f-]{36}|old-[0-9a-z]+-[0-9a-f]{8}-[1-9][0-9]*)$/;

/** The save an entry keeps and the id written beside it (null for an entry from before ids). */
function unwrap(entry: unknown): { slotId: string | null; save: unknown } {
  if (isRecord(entry) && typeof entry.slotId === 'string' && SLOT_ID.test(entry.slotId))
    return { slotId: entry.slotId, save: entry.save };
  return { slotId: null, save: entry };
}

/**
 * Ids: the one written beside the save, or for slots kept before ids existed (and junk entries)
 * one derived from the entry's content and its rank among identical entries, skipping ids already
 * written down. Every tab derives the same ids from the same list, and a derived id is kept (written
 * beside the save) when its slot changes, so it never moves to another slot.
 */
function summariseAll(entries: readonly unknown[]): SlotSummary[] {
  const unwrapped = entries.map(unwrap);
  const taken = new Set(unwrapped.flatMap((e) => (e.slotId ? [e.slotId] : [])));
  const ranks = new Map<string, number>();
  return unwrapped.map(({ slotId, save }, index) => {
    const meta = isRecord(save) && isRecord(save.meta) ? save.meta : {};
    const game = isRecord(save) && isRecord(save.game) ? save.game : {};
    const weeks = isRecord(save) && Array.isArray(save.weeks) ? save.weeks : null;
    const stamp = stampOf(entries[index]);
    let id = slotId ?? '';
    while (!id) {
      const rank = (ranks.get(stamp) ?? 0) + 1;
      ranks.set(stamp, rank);
      const derived = `old-${stamp}-${rank}`;
      if (!taken.has(derived)) id = derived;
    }
    return {
      id,
      stamp,
      index,
      name: trimInvisible(text(meta.name, MAX_SLOT_NAME) ?? '') || words().unnamed,
      createdAt: text(meta.createdAt, 40),
      scenario: text(game.scenario, 64),
      difficulty: text(game.difficulty, 64),
      weeksPlayed: weeks ? weeks.length : null,
    };
  });
}

/** A fresh id for a new slot. */
function newSlotId(): string {
  return `slot-${crypto.randomUUID()}`;
}

function checkName(name: string): Result<string, string> {
  const trimmed = trimInvisible(name);
  if (!trimmed) return { ok: false, error: words().needsName };
  const count = characterCount(trimmed);
  if (count > MAX_SLOT_NAME)
    return {
      ok: false,
      error: words().nameTooLong(MAX_SLOT_NAME, count, messageWords().format),
    };
  return { ok: true, value: trimmed };
}

/** A list entry: the slot's id beside its save, renamed to `name`. */
function inSlot(save: SaveFile, name: string, slotId: string): { slotId: string; save: SaveFile } {
  return { slotId, save: { ...save, meta: { ...save.meta, name } } };
}

/**
 * The entries and the place of the slot the player acted on, if it is still there exactly as
 * shown; otherwise why nothing can be done.
 */
function find(
  storage: KeyValueStore | null,
  slot: SlotRef,
  list: SlotList = SAVED_GAMES,
): Result<{ entries: unknown[]; index: number; summary: SlotSummary }, string> {
  const entries = readEntries(storage, list);
  if (!entries.ok) return entries;
  const summaries = summariseAll(entries.value);
  const index = summaries.findIndex((s) => s.id === slot.id);
  const summary = summaries[index];
  if (!summary) return { ok: false, error: words().missing };
  if (summary.stamp !== slot.stamp)
    return { ok: false, error: words().changedElsewhere(summary.name) };
  return { ok: true, value: { entries: entries.value, index, summary } };
}

/** An entry's save file, read by the same checks as a slot's text (not replayed). */
function readEntrySave(entry: unknown): Result<SaveFile, string> {
  const { save } = unwrap(entry);
  return parseSaveData(save, JSON.stringify(save) ?? '', 'slot');
}

/**
 * Every slot with its save file as stored, parsed (and migrated) but not replayed, or why it
 * cannot be read: one read of the list, for choosing among games and then checking the one
 * chosen (`checkSave`) as the list showed it, without reading the list again.
 */
export function listSlotSaves(
  storage: KeyValueStore | null,
  list: SlotList = SAVED_GAMES,
): Result<{ slot: SlotSummary; save: Result<SaveFile, string> }[], string> {
  const entries = readEntries(storage, list);
  if (!entries.ok) return entries;
  const summaries = summariseAll(entries.value);
  return {
    ok: true,
    value: entries.value.map((entry, index) => ({
      slot: summaries[index]!,
      save: readEntrySave(entry),
    })),
  };
}

/** Every slot, most recently saved first. */
export function listSlots(
  storage: KeyValueStore | null,
  list: SlotList = SAVED_GAMES,
): Result<SlotSummary[], string> {
  const entries = readEntries(storage, list);
  return entries.ok ? { ok: true, value: summariseAll(entries.value) } : entries;
}

/** Keeps a save in a new slot (with a new id) at the top of the list, named by its meta.name. */
export function saveToNewSlot(
  storage: KeyValueStore | null,
  save: SaveFile,
): Result<SlotSummary[], string> {
  const name = checkName(save.meta.name);
  if (!name.ok) return name;
  const entries = readEntries(storage);
  if (!entries.ok) return entries;
  const count = entries.value.length;
  if (count >= MAX_SLOTS)
    return {
      ok: false,
      error:
        count === MAX_SLOTS
          ? words().full(MAX_SLOTS, messageWords().format)
          : words().overFull(count, MAX_SLOTS, messageWords().format),
    };
  return writeEntries(
    storage,
    [inSlot(save, name.value, newSlotId()), ...entries.value],
    words().notSaved,
  );
}

/**
 * Replaces a slot's game with another (keeping the slot's name and id) and moves it to the top;
 * refused when the slot is gone or was changed since the list was shown.
 */
export function overwriteSlot(
  storage: KeyValueStore | null,
  slot: SlotRef,
  save: SaveFile,
): Result<SlotSummary[], string> {
  const found = find(storage, slot);
  if (!found.ok) return found;
  const { entries, index, summary } = found.value;
  const rest = entries.filter((_, i) => i !== index);
  return writeEntries(
    storage,
    [inSlot(save, summary.name, summary.id), ...rest],
    words().notOverwritten(summary.name),
  );
}

export function renameSlot(
  storage: KeyValueStore | null,
  slot: SlotRef,
  name: string,
): Result<SlotSummary[], string> {
  const checked = checkName(name);
  if (!checked.ok) return checked;
  const found = find(storage, slot);
  if (!found.ok) return found;
  const { entries, index, summary } = found.value;
  const { save } = unwrap(entries[index]);
  if (!isRecord(save) || !isRecord(save.meta)) return { ok: false, error: words().damagedNoRename };
  const renamed = {
    slotId: summary.id,
    save: { ...save, meta: { ...save.meta, name: checked.value } },
  };
  return writeEntries(
    storage,
    entries.map((e, i) => (i === index ? renamed : e)),
    words().notRenamed,
  );
}

export function deleteSlot(
  storage: KeyValueStore | null,
  slot: SlotRef,
  list: SlotList = SAVED_GAMES,
): Result<SlotSummary[], string> {
  const found = find(storage, slot, list);
  if (!found.ok) return found;
  const { entries, index } = found.value;
  return writeEntries(
    storage,
    entries.filter((_, i) => i !== index),
    words().notDeleted,
    list,
  );
}

/**
 * A slot's save, read and replayed against its fingerprints (the replay comes with it); refused
 * clearly when it no longer replays, is gone, or was changed since the list was shown.
 */
export function loadSlot(
  storage: KeyValueStore | null,
  slot: SlotRef,
  list: SlotList = SAVED_GAMES,
): Result<CheckedSave, string> {
  const found = find(storage, slot, list);
  if (!found.ok) return found;
  const save = readEntrySave(found.value.entries[found.value.index]);
  return save.ok ? checkSave(save.value, 'slot') : save;
}

/**
 * Replaces a slot's notes, leaving its game, fingerprints, name, id and place in the list as they
 * were. `expected` is the game the notes were written on (its recorded fingerprints): if the slot
 * is gone or now holds another game (changed in another tab), nothing is written. An older-format
 * slot is written back in the current format.
 */
export function saveSlotNotes(
  storage: KeyValueStore | null,
  slotId: string,
  expected: readonly string[],
  notes: readonly Note[],
): Result<SlotSummary[], string> {
  const entries = readEntries(storage);
  if (!entries.ok) return entries;
  const index = summariseAll(entries.value).findIndex((s) => s.id === slotId);
  const entry = entries.value[index];
  if (entry === undefined) return { ok: false, error: words().notesNotSaved(words().missing) };
  const read = readEntrySave(entry);
  const saved = read.ok ? checkSave(read.value, 'slot') : read;
  if (!saved.ok) return { ok: false, error: words().notesNotSaved(saved.error) };
  const prints = saved.value.game.fingerprints;
  if (prints.length !== expected.length || prints.some((print, i) => print !== expected[i]))
    return {
      ok: false,
      error: words().notesOtherGame,
    };
  const updated = withNotes(saved.value.save, notes);
  if (!updated.ok) return { ok: false, error: words().notesNotSaved(updated.error) };
  return writeEntries(
    storage,
    entries.value.map((e, i) => (i === index ? { slotId, save: updated.value } : e)),
    words().notesNotSavedShort,
  );
}

/**
 * Keeps a finished game among the finished games, by the id of the game it was (`gameId`, a
 * UUID): the first time at the top of the list (the oldest goes beyond MAX_FINISHED), and in
 * its place after that (its notes changed at the ending).
 */
export function keepFinishedGame(
  storage: KeyValueStore | null,
  gameId: string,
  save: SaveFile,
): Result<SlotSummary[], string> {
  const entries = readEntries(storage, FINISHED_GAMES);
  if (!entries.ok) return entries;
  const slotId = `slot-${gameId}`;
  if (!SLOT_ID.test(slotId)) return { ok: false, error: words().noId };
  const entry = { slotId, save };
  const index = entries.value.findIndex((e) => unwrap(e).slotId === slotId);
  const next =
    index >= 0
      ? entries.value.map((e, i) => (i === index ? entry : e))
      : [entry, ...entries.value].slice(0, MAX_FINISHED);
  return writeEntries(storage, next, words().finishedNotKept, FINISHED_GAMES);
}

/** A download's file name: the scenario and week, in safe characters only. */
export function exportFileName(save: SaveFile): string {
  const scenario =
    save.game.scenario
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'game';
  return `frontier-crisis-${scenario}-week-${save.weeks.length + 1}.json`;
}
