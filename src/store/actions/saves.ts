/**
 * The service between the panels and storage: every slot read and write, file import and export,
 * share link, autosave read and note kept in a slot goes through these actions. The storage is
 * given once (`provideStorage`: the page's localStorage in the browser, a memory store in tests),
 * so no panel touches storage and every action runs in Node without a DOM. Each action returns
 * what happened as a result with a sentence for the player; the panels only show it.
 */
import { messageWords } from '../../text';
import { SCENARIOS, type Result } from '../../engine';
import { newGameId } from '../../model/game-id';
import type { Note } from '../../model/notes';
import {
  EARLIER_AUTOSAVE_ID,
  listAutosaves,
  readAutosave,
  readCheckedAutosave,
  readUnfinishedGame,
  removeAutosave,
  restoreKeptAutosave,
  type AutosaveSummary,
  type UnfinishedGame,
} from '../../persistence/autosave';
import { withoutDirectionControls } from '../../model/text-checks';
import {
  checkSave,
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
import { autosaveKey } from '../../persistence/autosave';
import {
  FINISHED_GAMES,
  MAX_FINISHED,
  deleteSlot,
  exportFileName,
  listSlotSaves,
  listSlots,
  loadSlot,
  overwriteSlot,
  renameSlot,
  saveSlotNotes,
  saveToNewSlot,
  type SlotRef,
  type SlotSummary,
} from '../../persistence/slots';
import { readKey, writeKey, type KeyValueStore } from '../../persistence/storage';
import { noTabLocks, type GameClaim, type TabLocks } from '../../persistence/tab-locks';
import { store, type Debrief, type Session } from '../game-store';
import { shownReplay } from '../selectors';
import { resumeReplayed } from './game';
import { openReplayed, setReplayNotes } from './replay';

/** The longest name a slot may have (the Saves dialog's field holds no more). */
export { MAX_SLOT_NAME, MAX_SLOTS } from '../../persistence/slots';
export { MAX_FINISHED };

let storage: KeyValueStore | null = null;
let tabStorage: KeyValueStore | null = null;
let locks: TabLocks = noTabLocks;

/**
 * Where slots and the autosaves are kept from now on (null: the browser allows no storage);
 * `tab` is this tab's own storage (sessionStorage: which game this tab plays survives a reload),
 * and `locks` keeps tabs from changing shared keys at once (Web Locks, or the plain fallback).
 */
export function provideStorage(
  next: KeyValueStore | null,
  tab: { tabStorage?: KeyValueStore | null; locks?: TabLocks } = {},
): void {
  storage = next;
  tabStorage = tab.tabStorage ?? null;
  locks = tab.locks ?? noTabLocks;
}

function now(): string {
  return new Date().toISOString();
}

/** The running game as a save named `name`, stamped now. */
function gameSave(name: string): Result<SaveFile, string> {
  const { session } = store.getState();
  if (!session) return { ok: false, error: messageWords().ui.actions.noGame };
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

/** A change to a shared list, made alone among tabs (Web Locks): read, changed and written at once. */
function exclusive<T>(task: () => Result<T, string>): Promise<Result<T, string>> {
  return locks.exclusive(task);
}

/** Keeps the running game in a new slot at the top of the list. */
export function saveGameToNewSlot(name: string): Promise<Result<SlotSummary[], string>> {
  const save = gameSave(name);
  return save.ok ? exclusive(() => saveToNewSlot(storage, save.value)) : Promise.resolve(save);
}

/**
 * Slot actions take the slot as the list showed it (its id and stamp): each one acts on that slot
 * wherever it now is, and refuses when it is gone or was changed (in another tab) since.
 */

/** Replaces a slot's game with the running game, keeping the slot's name. */
export function saveGameOverSlot(slot: SlotSummary): Promise<Result<SlotSummary[], string>> {
  const save = gameSave(slot.name);
  return save.ok
    ? exclusive(() => overwriteSlot(storage, slot, save.value))
    : Promise.resolve(save);
}

export function renameSaveSlot(
  slot: SlotRef,
  name: string,
): Promise<Result<SlotSummary[], string>> {
  return exclusive(() => renameSlot(storage, slot, name));
}

export function deleteSaveSlot(slot: SlotRef): Promise<Result<SlotSummary[], string>> {
  return exclusive(() => deleteSlot(storage, slot));
}

/** A slot and its file as the list read it (not replayed), or why the file cannot be read. */
export interface ListedSlot {
  slot: SlotSummary;
  save: Result<SaveFile, string>;
}

/**
 * The saved and the finished games with their files as stored (not replayed): one read each.
 * A listed file is checked with `checkListedSave` when chosen, as the list showed it.
 */
export function listStoredGames(): {
  saved: Result<ListedSlot[], string>;
  finished: Result<ListedSlot[], string>;
} {
  return {
    saved: listSlotSaves(storage),
    finished: listSlotSaves(storage, FINISHED_GAMES),
  };
}

/** A listed slot's save replayed against its fingerprints, refused as a slot's load would be. */
export function checkListedSave(listed: ListedSlot): Result<CheckedSave, string> {
  return listed.save.ok ? checkSave(listed.save.value, 'slot') : listed.save;
}

/** A slot's name as a message quotes it: without the controls that could turn the text around. */
function shownName(slot: SlotSummary): string {
  return withoutDirectionControls(slot.name);
}

/** Opens a slot's game at the start of its next week. */
export function loadSaveSlot(slot: SlotSummary): Result<null, string> {
  const save = loadSlot(storage, slot);
  if (!save.ok)
    return {
      ok: false,
      error: messageWords().ui.actions.slotNotLoaded(shownName(slot), save.error),
    };
  openCheckedSave(save.value);
  return { ok: true, value: null };
}

/** Opens a slot's game in the replay viewer; notes edited there are written back to the slot. */
export function replaySaveSlot(slot: SlotSummary): Result<null, string> {
  const save = loadSlot(storage, slot);
  if (!save.ok)
    return {
      ok: false,
      error: messageWords().ui.actions.slotNotReplayed(shownName(slot), save.error),
    };
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
    name: save.meta.name.trim() || messageWords().ui.actions.unnamedSave,
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
export function keepImportedSave(checked: CheckedSave): Promise<Result<SlotSummary[], string>> {
  const { save } = checked;
  return exclusive(() =>
    saveToNewSlot(storage, {
      ...save,
      meta: {
        ...save.meta,
        name: save.meta.name.trim() || messageWords().ui.actions.importedGame,
        createdAt: now(),
      },
    }),
  );
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
  if (!save.ok)
    return {
      ok: false,
      error: messageWords().ui.actions.slotNotExported(shownName(slot), save.error),
    };
  return { ok: true, value: download(save.value.save) };
}

// ---- Share links ----

/** The address fragment (`#save=1.…`) that carries the running game. */
export function shareGameLink(name: string): Result<string, string> {
  const { session } = store.getState();
  if (!session) return { ok: false, error: messageWords().ui.actions.noGame };
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
  return { ok: false, error: messageWords().ui.actions.notALinkOrCode };
}

/** Opens the game a link's fragment carries as a new game, or says why it cannot. */
export function openShareLink(hash: string): Result<null, string> {
  const save = decodeShareLink(hash);
  if (!save.ok) return save;
  openCheckedSave(save.value);
  return { ok: true, value: null };
}

/**
 * A link that arrives while a game is in play: checked now, offered beside the game (see
 * StoreState.linkOffer) and opened only if the player chooses; the game in play is kept either way.
 */
export function offerShareLink(hash: string): Result<null, string> {
  const save = decodeShareLink(hash);
  if (!save.ok) return save;
  const checked = save.value;
  store.setState({
    linkOffer: {
      name: checked.save.meta.name.trim() || messageWords().ui.actions.sharedGame,
      scenario: checked.game.options.scenario,
      weeksPlayed: checked.game.weeks.length,
      open: () => {
        store.setState({ linkOffer: null });
        openCheckedSave(checked);
      },
    },
  });
  return { ok: true, value: null };
}

export function dismissLinkOffer(): void {
  store.setState({ linkOffer: null });
}

/** A game's autosave if it can be continued (replayed and checked), null, or why it cannot. */
export function readResumableGame(gameId: string): Result<UnfinishedGame | null, string> {
  return readUnfinishedGame(storage, gameId);
}

// ---- The autosaves: each game its own, each tab its game ----

/** Which game this tab plays, kept in the tab's own storage so a reload finds it. */
const TAB_GAME_KEY = 'frontier-crisis/tab-game';

/** The game this tab holds (Web Locks), so other tabs see it as open here. */
let claimed: { gameId: string; claim: GameClaim | null } | null = null;

function claimHere(gameId: string, claim: Promise<GameClaim | null>): void {
  claimed?.claim?.release();
  const mine = { gameId, claim: null as GameClaim | null };
  claimed = mine;
  void claim.then((held) => {
    if (claimed === mine) mine.claim = held;
    else held?.release();
  });
}

/**
 * How long a reloaded tab waits for the page it replaced to let go of the tab's game: a page's
 * locks are released a moment after it unloads (later on a busy machine), and until then the
 * game would look open in another tab.
 */
const RELOAD_RELEASE_MS = 2000;
const RELEASE_POLL_MS = 100;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** True while `gameId` is the game this tab played before a reload, not yet held again here. */
function isTabGameFromBefore(gameId: string | null): gameId is string {
  return gameId !== null && claimed?.gameId !== gameId;
}

/** The games any tab holds, once the page this tab replaced has let go of this tab's game. */
async function heldGames(tabGame: string | null): Promise<ReadonlySet<string> | null> {
  let held = await locks.claimed();
  for (
    let waited = 0;
    isTabGameFromBefore(tabGame) && held?.has(tabGame) && waited < RELOAD_RELEASE_MS;
    waited += RELEASE_POLL_MS
  ) {
    await pause(RELEASE_POLL_MS);
    held = await locks.claimed();
  }
  return held;
}

/** Holds `gameId` for this tab, waiting a moment when it is this tab's game from before a reload. */
async function claimGame(gameId: string): Promise<GameClaim | null> {
  const tabGame = readKey(tabStorage, TAB_GAME_KEY);
  const fromBefore = tabGame.ok && tabGame.value === gameId && isTabGameFromBefore(gameId);
  let claim = await locks.claim(gameId);
  for (
    let waited = 0;
    claim === null && fromBefore && waited < RELOAD_RELEASE_MS;
    waited += RELEASE_POLL_MS
  ) {
    await pause(RELEASE_POLL_MS);
    claim = await locks.claim(gameId);
  }
  return claim;
}

/** An autosaved game as the Saves dialog and the title list it. */
export interface UnfinishedEntry extends AutosaveSummary {
  /** Another tab plays it now: continuing it here plays a copy. */
  openElsewhere: boolean;
  /** The game this tab played last (before a reload). */
  thisTab: boolean;
}

/** Every autosaved game, the most recently saved first, and which are open in other tabs. */
export async function listUnfinishedGames(): Promise<Result<UnfinishedEntry[], string>> {
  const listed = listAutosaves(storage);
  if (!listed.ok) return listed;
  const tabGame = readKey(tabStorage, TAB_GAME_KEY);
  const held = await heldGames(tabGame.ok ? tabGame.value : null);
  const mine = claimed?.gameId;
  return {
    ok: true,
    value: listed.value.map((entry) => ({
      ...entry,
      openElsewhere: entry.gameId !== mine && (held?.has(entry.gameId) ?? false),
      thisTab: tabGame.ok && tabGame.value === entry.gameId,
    })),
  };
}

/** "Karachi aftermath, week 5 of 12", for an autosaved game. */
export function describeUnfinished(
  entry: Pick<AutosaveSummary, 'scenario' | 'weeksPlayed'>,
): string {
  if (entry.scenario === null || entry.weeksPlayed === null || !(entry.scenario in SCENARIOS))
    return messageWords().ui.actions.unreadableAutosave;
  const info = SCENARIOS[entry.scenario as keyof typeof SCENARIOS];
  return messageWords().ui.actions.unfinished(
    info.title,
    Math.min(entry.weeksPlayed + 1, info.weeks),
    info.weeks,
    messageWords().format,
  );
}

/**
 * The unfinished game this tab holds in memory (left for the title), if any, as the title offers
 * it: it comes before every autosave, being newer than its own and there even when storage refused
 * every autosave of it. `notStored` says what of it storage does not keep (null when its autosave
 * is current); `listed` is the autosaved games the title found.
 */
export function gameLeftInMemory(
  listed: readonly AutosaveSummary[],
): { gameId: string; label: string; notStored: string | null } | null {
  const { session, autosaveProblem } = store.getState();
  if (!session || session.state.ending) return null;
  const stored = listed.some((entry) => entry.gameId === session.gameId);
  return {
    gameId: session.gameId,
    label: describeUnfinished({
      scenario: session.options.scenario,
      weeksPlayed: session.weeks.length,
    }),
    notStored:
      stored && autosaveProblem === null
        ? null
        : (autosaveProblem ?? messageWords().ui.actions.gameNotStored),
  };
}

/**
 * Continues an autosaved game in this tab: that game itself when no other tab plays it (this tab
 * then holds it), or, when one does, a copy with an id of its own — never both tabs writing one
 * autosave — and the notice says so. The earlier single autosave moves into a game's own. The
 * game in play itself (continued from the title) goes on as it is, newer than its autosave.
 */
export async function continueUnfinishedGame(gameId: string): Promise<Result<null, string>> {
  if (store.getState().session?.gameId === gameId) {
    store.setState({ screen: { kind: 'game' }, dialog: null });
    return { ok: true, value: null };
  }
  const earlier = gameId === EARLIER_AUTOSAVE_ID;
  const claim = earlier || claimed?.gameId === gameId ? null : await claimGame(gameId);
  const elsewhere = !earlier && claimed?.gameId !== gameId && claim === null;
  const game = readUnfinishedGame(storage, gameId);
  if (!game.ok || !game.value) {
    claim?.release();
    return game.ok
      ? {
          ok: false,
          error: messageWords().ui.actions.gameGone,
        }
      : game;
  }
  const { game: replayed, branchOf, notes, classroom, text } = game.value;
  const id = earlier || elsewhere ? newGameId() : gameId;
  resumeReplayed(replayed, branchOf, notes, classroom, {
    gameId: id,
    then: () => {
      if (claim) claimHere(id, Promise.resolve(claim));
      if (earlier) removeAutosave(storage, EARLIER_AUTOSAVE_ID, text);
      if (elsewhere) store.setState({ notice: messageWords().ui.actions.copyContinues });
    },
    // The player kept the game in play: the one they would have continued is let go again.
    otherwise: () => claim?.release(),
  });
  return { ok: true, value: null };
}

/** Deletes an autosaved game for good (after the player confirmed), unless another tab plays it. */
export async function deleteUnfinishedGame(entry: AutosaveSummary): Promise<Result<null, string>> {
  if (store.getState().session?.gameId === entry.gameId)
    return { ok: false, error: messageWords().ui.actions.inPlayNotDeleted };
  const held = await locks.claimed();
  if (held?.has(entry.gameId) && claimed?.gameId !== entry.gameId)
    return {
      ok: false,
      error: messageWords().ui.actions.openElsewhere,
    };
  return exclusive(() =>
    removeAutosave(storage, entry.gameId, entry.text)
      ? { ok: true, value: null }
      : {
          ok: false,
          error: messageWords().ui.actions.playedElsewhere,
        },
  );
}

/** Every autosaved game with its file as stored (not replayed; null when unreadable). */
export function listAutosaveFiles(): { entry: AutosaveSummary; save: SaveFile | null }[] {
  const listed = listAutosaves(storage);
  return (listed.ok ? listed.value : []).map((entry) => {
    const save = entry.problem === null ? readAutosave(storage, entry.gameId) : null;
    return { entry, save: save?.ok ? save.value : null };
  });
}

/** A game's autosave replayed against its fingerprints, null when there is none. */
export function loadCheckedAutosave(gameId: string): Result<CheckedSave | null, string> {
  return readCheckedAutosave(storage, gameId);
}

/** Words for a game left for another: where it is kept. */
function keptSentence(session: Session): string {
  const info = SCENARIOS[session.options.scenario];
  const { ui, format } = messageWords();
  return ui.actions.kept(
    ui.actions.unfinished(info.title, session.weeks.length + 1, info.weeks, format),
  );
}

/**
 * Follows the game this tab plays: holds it (Web Locks) so other tabs see it is open here,
 * remembers it in the tab's storage for a reload, and when another game takes its place (a new
 * game, a slot, a link, a branch) says where the one left is kept — or lets it go when nothing
 * was played in it (no week, no note). Returns the unsubscribe function.
 */
export function startTabGame(): () => void {
  let previous: Session | null = store.getState().session;
  const unsubscribe = store.subscribe((state) => {
    const session = state.session;
    if (!session || session.gameId === previous?.gameId) {
      previous = session ?? previous;
      return;
    }
    const left = previous;
    previous = session;
    if (claimed?.gameId !== session.gameId) claimHere(session.gameId, locks.claim(session.gameId));
    writeKey(tabStorage, TAB_GAME_KEY, session.gameId);
    if (!left || left.state.ending) return;
    // A copy made because another tab wrote the same game says so itself.
    if (left.options === session.options && left.weeks.length === session.weeks.length) return;
    if (left.weeks.length === 0 && left.notes.length === 0) {
      const stored = readAutosave(storage, left.gameId);
      const text = readKey(storage, autosaveKey(left.gameId));
      if (
        stored.ok &&
        stored.value?.weeks.length === 0 &&
        stored.value.notes.length === 0 &&
        text.ok &&
        text.value
      )
        removeAutosave(storage, left.gameId, text.value);
      return;
    }
    if (state.autosaveProblem === null && state.notice === null)
      store.setState({ notice: keptSentence(left) });
  });
  return () => {
    unsubscribe();
    claimed?.claim?.release();
    claimed = null;
  };
}

// ---- Finished games ----

export function listFinishedGames(): Result<SlotSummary[], string> {
  return listSlots(storage, FINISHED_GAMES);
}

/** Opens a finished game at its ending (from there it can be replayed and branched). */
export function loadFinishedGame(slot: SlotSummary): Result<null, string> {
  const save = loadSlot(storage, slot, FINISHED_GAMES);
  if (!save.ok)
    return {
      ok: false,
      error: messageWords().ui.actions.slotNotLoaded(shownName(slot), save.error),
    };
  openCheckedSave(save.value);
  return { ok: true, value: null };
}

export function replayFinishedGame(slot: SlotSummary): Result<null, string> {
  const save = loadSlot(storage, slot, FINISHED_GAMES);
  if (!save.ok)
    return {
      ok: false,
      error: messageWords().ui.actions.slotNotReplayed(shownName(slot), save.error),
    };
  replayCheckedSave(save.value);
  return { ok: true, value: null };
}

export function exportFinishedGame(slot: SlotSummary): Result<SaveDownload, string> {
  const save = loadSlot(storage, slot, FINISHED_GAMES);
  if (!save.ok)
    return {
      ok: false,
      error: messageWords().ui.actions.slotNotExported(shownName(slot), save.error),
    };
  return { ok: true, value: download(save.value.save) };
}

export function deleteFinishedGame(slot: SlotRef): Promise<Result<SlotSummary[], string>> {
  return exclusive(() => deleteSlot(storage, slot, FINISHED_GAMES));
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
export async function keepReplayNotes(notes: Note[]): Promise<Result<null, string>> {
  const replay = shownReplay(store.getState());
  const home = replay?.notesHome;
  if (!replay || !home) return { ok: false, error: messageWords().ui.actions.notesFixed };
  if (home.kind === 'slot') {
    const fingerprints = replay.fingerprints.slice(1);
    const saved = await exclusive(() => saveSlotNotes(storage, home.id, fingerprints, notes));
    if (!saved.ok) return saved;
  }
  setReplayNotes(notes);
  return { ok: true, value: null };
}

/** Moves an autosave that an older copy of the game set aside (from a newer version) into Saves. */
export async function restoreSetAsideAutosave(): Promise<string | null> {
  return locks.exclusive(() => restoreKeptAutosave(storage));
}
