/**
 * Named save slots: a list of save files kept in browser storage under one key, newest first.
 * Every function is pure over a KeyValueStore and returns a result; nothing throws. A write
 * replaces the whole list in one setItem, so a refused write (storage full or unavailable) leaves
 * every existing slot exactly as it was. Entries are kept as stored and only parsed and replayed
 * when loaded, so one damaged or outdated slot never hides the others and can still be deleted.
 */
import type { Result } from '../engine';
import type { Note } from '../model/notes';
import {
  MAX_NAME_CHARS,
  parseCheckedSave,
  withNotes,
  type CheckedSave,
  type SaveFile,
} from './save-format';
import { readKey, type KeyValueStore } from './storage';
import { characterCount, trimInvisible } from '../model/text-checks';

export const SLOTS_KEY = 'frontier-crisis/slots';
export const MAX_SLOTS = 50;
export const MAX_SLOT_NAME = MAX_NAME_CHARS;

/** What the list shows of a slot, read without replaying it. */
export interface SlotSummary {
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

const MISSING = 'That save is no longer there (it may have been deleted in another tab).';
const DAMAGED_LIST =
  'The saved games in this browser are damaged and cannot be read. Export games as files instead.';

function unavailable(): string {
  return 'This browser does not allow the game to store anything, so saves cannot be kept here. Export the game as a file instead.';
}

function readEntries(storage: KeyValueStore | null): Result<unknown[], string> {
  if (!storage) return { ok: false, error: unavailable() };
  const text = readKey(storage, SLOTS_KEY);
  if (!text.ok) return { ok: false, error: 'The browser refused to read the saved games.' };
  if (text.value === null) return { ok: true, value: [] };
  try {
    const raw: unknown = JSON.parse(text.value);
    return Array.isArray(raw) ? { ok: true, value: raw } : { ok: false, error: DAMAGED_LIST };
  } catch {
    return { ok: false, error: DAMAGED_LIST };
  }
}

/** Writes the whole list at once; on failure says what was not done and that the rest is kept. */
function writeEntries(
  storage: KeyValueStore | null,
  entries: unknown[],
  notDone: string,
): Result<SlotSummary[], string> {
  if (!storage) return { ok: false, error: unavailable() };
  try {
    storage.setItem(SLOTS_KEY, JSON.stringify(entries));
  } catch (error) {
    const full =
      error instanceof Error &&
      (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
    return {
      ok: false,
      error: full
        ? `Browser storage is full, so ${notDone}. Your other saves are kept: delete a slot or export the game as a file instead.`
        : `The browser refused to store anything, so ${notDone}. Your other saves are kept: export the game as a file instead.`,
    };
  }
  return { ok: true, value: entries.map(summarise) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown, max: number): string | null {
  return typeof value === 'string' && characterCount(value) <= max ? value : null;
}

function summarise(entry: unknown, index: number): SlotSummary {
  const meta = isRecord(entry) && isRecord(entry.meta) ? entry.meta : {};
  const game = isRecord(entry) && isRecord(entry.game) ? entry.game : {};
  const weeks = isRecord(entry) && Array.isArray(entry.weeks) ? entry.weeks : null;
  return {
    index,
    name: trimInvisible(text(meta.name, MAX_SLOT_NAME) ?? '') || 'Unnamed save',
    createdAt: text(meta.createdAt, 40),
    scenario: text(game.scenario, 64),
    difficulty: text(game.difficulty, 64),
    weeksPlayed: weeks ? weeks.length : null,
  };
}

function checkName(name: string): Result<string, string> {
  const trimmed = trimInvisible(name);
  if (!trimmed) return { ok: false, error: 'A save needs a name.' };
  const count = characterCount(trimmed);
  if (count > MAX_SLOT_NAME)
    return {
      ok: false,
      error: `A save's name can be at most ${MAX_SLOT_NAME} characters (this one has ${count}).`,
    };
  return { ok: true, value: trimmed };
}

function withName(save: SaveFile, name: string): SaveFile {
  return { ...save, meta: { ...save.meta, name } };
}

/** Every slot, most recently saved first. */
export function listSlots(storage: KeyValueStore | null): Result<SlotSummary[], string> {
  const entries = readEntries(storage);
  return entries.ok ? { ok: true, value: entries.value.map(summarise) } : entries;
}

/** Keeps a save in a new slot at the top of the list, named by its meta.name. */
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
          ? `There are already ${MAX_SLOTS} saved games, the most this browser keeps. Delete one to save another.`
          : `There are already ${count} saved games, more than the ${MAX_SLOTS} this browser keeps. Delete ${count - MAX_SLOTS + 1} to save another.`,
    };
  return writeEntries(
    storage,
    [withName(save, name.value), ...entries.value],
    'the game was not saved',
  );
}

/** Replaces a slot's game with another (keeping the slot's name) and moves it to the top. */
export function overwriteSlot(
  storage: KeyValueStore | null,
  index: number,
  save: SaveFile,
): Result<SlotSummary[], string> {
  const entries = readEntries(storage);
  if (!entries.ok) return entries;
  const old = entries.value[index];
  if (old === undefined) return { ok: false, error: MISSING };
  const kept = summarise(old, index).name;
  const rest = entries.value.filter((_, i) => i !== index);
  return writeEntries(storage, [withName(save, kept), ...rest], `“${kept}” was not overwritten`);
}

export function renameSlot(
  storage: KeyValueStore | null,
  index: number,
  name: string,
): Result<SlotSummary[], string> {
  const checked = checkName(name);
  if (!checked.ok) return checked;
  const entries = readEntries(storage);
  if (!entries.ok) return entries;
  const entry = entries.value[index];
  if (entry === undefined) return { ok: false, error: MISSING };
  if (!isRecord(entry) || !isRecord(entry.meta))
    return { ok: false, error: 'This save is damaged and cannot be renamed; you can delete it.' };
  const renamed = { ...entry, meta: { ...entry.meta, name: checked.value } };
  return writeEntries(
    storage,
    entries.value.map((e, i) => (i === index ? renamed : e)),
    'the save was not renamed',
  );
}

export function deleteSlot(
  storage: KeyValueStore | null,
  index: number,
): Result<SlotSummary[], string> {
  const entries = readEntries(storage);
  if (!entries.ok) return entries;
  if (entries.value[index] === undefined) return { ok: false, error: MISSING };
  return writeEntries(
    storage,
    entries.value.filter((_, i) => i !== index),
    'the save was not deleted',
  );
}

/**
 * A slot's save, read and replayed against its fingerprints (the replay comes with it); refused
 * clearly when it no longer replays.
 */
export function loadSlot(
  storage: KeyValueStore | null,
  index: number,
): Result<CheckedSave, string> {
  const entries = readEntries(storage);
  if (!entries.ok) return entries;
  const entry = entries.value[index];
  if (entry === undefined) return { ok: false, error: MISSING };
  return parseCheckedSave(JSON.stringify(entry), 'slot');
}

/**
 * Replaces a slot's notes, leaving its games, fingerprints, name and place in the list as they
 * were. `expected` is the game the notes were written on (its recorded fingerprints): if the slot
 * now holds another game (changed in another tab), nothing is written. An older-format slot is
 * written back in the current format.
 */
export function saveSlotNotes(
  storage: KeyValueStore | null,
  index: number,
  expected: readonly string[],
  notes: readonly Note[],
): Result<SlotSummary[], string> {
  const entries = readEntries(storage);
  if (!entries.ok) return entries;
  const entry = entries.value[index];
  if (entry === undefined) return { ok: false, error: MISSING };
  const saved = parseCheckedSave(JSON.stringify(entry), 'slot');
  if (!saved.ok) return { ok: false, error: `The notes were not saved. ${saved.error}` };
  const prints = saved.value.game.fingerprints;
  if (prints.length !== expected.length || prints.some((print, i) => print !== expected[i]))
    return {
      ok: false,
      error:
        'The notes were not saved: this slot now holds another game (it may have been changed in another tab).',
    };
  const updated = withNotes(saved.value.save, notes);
  if (!updated.ok) return { ok: false, error: `The notes were not saved. ${updated.error}` };
  return writeEntries(
    storage,
    entries.value.map((e, i) => (i === index ? updated.value : e)),
    'the notes were not saved',
  );
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
