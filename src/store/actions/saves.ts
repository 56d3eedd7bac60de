/**
 * The service between the panels and storage: every slot read and write, file import and export,
 * share link, autosave read and note kept in a slot goes through these actions. The storage is
 * given once (`provideStorage`: the page's localStorage in the browser, a memory store in tests),
 * so no panel touches storage and every action runs in Node without a DOM. Each action returns
 * what happened as a result with a sentence for the player; the panels only show it.
 */
import type { Result } from '../../engine';
import type { Note } from '../../model/notes';
import {
  readAutosave,
  readCheckedAutosave,
  readUnfinishedGame,
  type UnfinishedGame,
} from '../../persistence/autosave';
import { withoutDirectionControls } from '../../model/text-checks';
import {
  makeSave,
  parseCheckedSave,
  serialiseSave,
  type CheckedSave,
  type SaveFile,
} from '../../persistence/save-format';
import { decodeSaveFile } from '../../persistence/save-text';
import { hasStoredSoundChoice } from '../../persistence/settings-storage';
import {
  SHARE_HASH_PREFIX,
  decodeResultCode,
  decodeShareLink,
  encodeResultCode,
  encodeShareLink,
} from '../../persistence/share-link';
import {
  deleteSlot,
  exportFileName,
  listSlots,
  loadSlot,
  overwriteSlot,
  renameSlot,
  saveSlotNotes,
  saveToNewSlot,
  type SlotRef,
  type SlotSummary,
} from '../../persistence/slots';
import type { KeyValueStore } from '../../persistence/storage';
import { store, type Debrief } from '../game-store';
import { shownReplay } from '../selectors';
import { resumeReplayed } from './game';
import { openReplayed, setReplayNotes } from './replay';

/** The longest name a slot may have (the Saves dialog's field holds no more). */
export { MAX_SLOT_NAME } from '../../persistence/slots';

let storage: KeyValueStore | null = null;

/** Where slots and the autosave are kept from now on (null: the browser allows no storage). */
export function provideStorage(next: KeyValueStore | null): void {
  storage = next;
}

function now(): string {
  return new Date().toISOString();
}

/** The running game as a save named `name`, stamped now. */
function gameSave(name: string): Result<SaveFile, string> {
  const { session } = store.getState();
  if (!session) return { ok: false, error: 'No game is running.' };
  return makeSave(
    session.options,
    session.weeks,
    { name, createdAt: now(), branchOf: session.branchOf },
    session.notes,
    session.classroom,
  );
}

// ---- Slots ----

export function listSaveSlots(): Result<SlotSummary[], string> {
  return listSlots(storage);
}

/** Keeps the running game in a new slot at the top of the list. */
export function saveGameToNewSlot(name: string): Result<SlotSummary[], string> {
  const save = gameSave(name);
  return save.ok ? saveToNewSlot(storage, save.value) : save;
}

/**
 * Slot actions take the slot as the list showed it (its id and stamp): each one acts on that slot
 * wherever it now is, and refuses when it is gone or was changed (in another tab) since.
 */

/** Replaces a slot's game with the running game, keeping the slot's name. */
export function saveGameOverSlot(slot: SlotSummary): Result<SlotSummary[], string> {
  const save = gameSave(slot.name);
  return save.ok ? overwriteSlot(storage, slot, save.value) : save;
}

export function renameSaveSlot(slot: SlotRef, name: string): Result<SlotSummary[], string> {
  return renameSlot(storage, slot, name);
}

export function deleteSaveSlot(slot: SlotRef): Result<SlotSummary[], string> {
  return deleteSlot(storage, slot);
}

/** A slot's save, replayed against its fingerprints. */
export function loadCheckedSlot(slot: SlotRef): Result<CheckedSave, string> {
  return loadSlot(storage, slot);
}

function quoted(slot: SlotSummary): string {
  return `“${withoutDirectionControls(slot.name)}”`;
}

/** Opens a slot's game at the start of its next week. */
export function loadSaveSlot(slot: SlotSummary): Result<null, string> {
  const save = loadSlot(storage, slot);
  if (!save.ok) return { ok: false, error: `${quoted(slot)} cannot be loaded. ${save.error}` };
  openCheckedSave(save.value);
  return { ok: true, value: null };
}

/** Opens a slot's game in the replay viewer; notes edited there are written back to the slot. */
export function replaySaveSlot(slot: SlotSummary): Result<null, string> {
  const save = loadSlot(storage, slot);
  if (!save.ok) return { ok: false, error: `${quoted(slot)} cannot be replayed. ${save.error}` };
  replayCheckedSave(save.value, { kind: 'slot', id: slot.id });
  return { ok: true, value: null };
}

/** Another tab changed the saved games: open lists read them again. */
export function noteStorageChanged(): void {
  store.setState((state) => ({ storageChanges: state.storageChanges + 1 }));
}

// ---- Checked saves (from a slot, a file or a link) ----

/** Opens a checked save at the start of its next week (its replay is the one the check made). */
export function openCheckedSave(checked: CheckedSave): void {
  resumeReplayed(
    checked.game,
    checked.save.meta.branchOf,
    checked.save.notes,
    checked.save.classroom,
  );
}

/**
 * Opens a checked save in the replay viewer (its replay is the one the check made); notes edited
 * there are kept in `notesHome` (a slot), or are read-only without one.
 */
export function replayCheckedSave(
  checked: CheckedSave,
  notesHome: { kind: 'slot'; id: string } | null = null,
): void {
  const { save, game } = checked;
  openReplayed(game, {
    name: save.meta.name.trim() || 'Unnamed save',
    branchOf: save.meta.branchOf,
    notes: save.notes,
    notesHome,
    classroom: save.classroom,
  });
}

// ---- Files ----

/**
 * Reads a file as a save and replays it against its fingerprints: the one import path of the
 * Saves dialog and the comparison. The bytes are read by the rule the replay checker uses too
 * (save-text.ts: byte-order marks, UTF-16, invalid UTF-8). `refused` ends the file's name in a
 * refusal ("cannot be imported", "cannot be compared").
 */
/** What a file import reads: a browser File has all three. */
export interface SaveFileSource {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export async function readSaveFile(
  file: SaveFileSource,
  refused: string,
): Promise<Result<CheckedSave, string>> {
  const name = withoutDirectionControls(file.name);
  const text = await decodeSaveFile(file);
  if (!text.ok) return { ok: false, error: `“${name}” ${refused}. ${text.error}` };
  const save = parseCheckedSave(text.value);
  return save.ok ? save : { ok: false, error: `“${name}” ${refused}. ${save.error}` };
}

/** Keeps an imported save in a new slot, named as the file names it, stamped now. */
export function keepImportedSave(checked: CheckedSave): Result<SlotSummary[], string> {
  const { save } = checked;
  return saveToNewSlot(storage, {
    ...save,
    meta: { ...save.meta, name: save.meta.name.trim() || 'Imported game', createdAt: now() },
  });
}

/** A save as a file to download: its name and its text. */
export interface SaveDownload {
  fileName: string;
  text: string;
  name: string;
}

function download(save: SaveFile): SaveDownload {
  return { fileName: exportFileName(save), text: serialiseSave(save), name: save.meta.name };
}

/** The running game as a file. */
export function exportGame(name: string): Result<SaveDownload, string> {
  const save = gameSave(name);
  return save.ok ? { ok: true, value: download(save.value) } : save;
}

/** A slot's game as a file. */
export function exportSaveSlot(slot: SlotSummary): Result<SaveDownload, string> {
  const save = loadSlot(storage, slot);
  if (!save.ok) return { ok: false, error: `${quoted(slot)} cannot be exported. ${save.error}` };
  return { ok: true, value: download(save.value.save) };
}

// ---- Share links ----

/** The address fragment (`#save=1.…`) that carries the running game. */
export function shareGameLink(name: string): Result<string, string> {
  const { session } = store.getState();
  if (!session) return { ok: false, error: 'No game is running.' };
  const save = makeSave(
    session.options,
    session.weeks,
    { name, branchOf: session.branchOf },
    session.notes,
    session.classroom,
  );
  return save.ok ? encodeShareLink(save.value) : save;
}

/**
 * A game pasted as text (into the class comparison): a game link, whole or just its fragment
 * (`#save=1.…`), read and replayed against its fingerprints like any link.
 */
export function readPastedGame(text: string): Result<CheckedSave, string> {
  const trimmed = text.trim();
  const at = trimmed.indexOf(SHARE_HASH_PREFIX);
  if (at >= 0) return decodeShareLink(trimmed.slice(at));
  if (/^FC[0-9]+\./.test(trimmed)) return decodeResultCode(trimmed);
  return { ok: false, error: 'It is not a game link or result code (it holds no “#save=”).' };
}

/** Opens the game a link's fragment carries, or says why it cannot. */
export function openShareLink(hash: string): Result<null, string> {
  const save = decodeShareLink(hash);
  if (!save.ok) return save;
  openCheckedSave(save.value);
  return { ok: true, value: null };
}

// ---- The autosave ----

/** The autosaved game if it can be continued (already replayed), null, or why it cannot. */
export function readResumableGame(): Result<UnfinishedGame | null, string> {
  return readUnfinishedGame(storage);
}

/** The autosave's file as stored (not replayed): what the comparison lists. */
export function readAutosaveFile(): Result<SaveFile | null, string> {
  return readAutosave(storage);
}

/** The autosave replayed against its fingerprints, null when there is none. */
export function loadCheckedAutosave(): Result<CheckedSave | null, string> {
  return readCheckedAutosave(storage);
}

// ---- Debrief and result codes ----

/** The debriefed game as a save file (its classroom record and notes with it). */
export function debriefSave(debrief: Debrief): Result<SaveFile, string> {
  return makeSave(
    debrief.options,
    debrief.weeks,
    { name: debrief.name, createdAt: now(), branchOf: debrief.branchOf },
    debrief.notes,
    debrief.classroom,
  );
}

/** The result code of the debriefed game: one line holding the whole save. */
export function debriefResultCode(debrief: Debrief): Result<string, string> {
  const save = debriefSave(debrief);
  return save.ok ? encodeResultCode(save.value) : save;
}

/** Reads a result code (or game link) a student handed in: replayed and checked, or why not. */
export function checkResultCode(text: string): Result<CheckedSave, string> {
  return decodeResultCode(text);
}

// ---- Settings ----

/** True when the player's sound settings were chosen once and are remembered. */
export function soundChoiceRemembered(): boolean {
  return hasStoredSoundChoice(storage);
}

// ---- Notes ----

/**
 * Keeps the replay's changed notes where they live: written back into their slot first (its weeks
 * and fingerprints untouched; refused if the slot now holds another game), or given to the running
 * game, whose autosave then keeps them.
 */
export function keepReplayNotes(notes: Note[]): Result<null, string> {
  const replay = shownReplay(store.getState());
  const home = replay?.notesHome;
  if (!replay || !home) return { ok: false, error: 'These notes cannot be changed here.' };
  if (home.kind === 'slot') {
    const saved = saveSlotNotes(storage, home.id, replay.fingerprints.slice(1), notes);
    if (!saved.ok) return saved;
  }
  setReplayNotes(notes);
  return { ok: true, value: null };
}
