// The saves service between the panels and storage, with a memory storage in place of the
// browser's: the running game kept in slots, loaded and replayed back from them (each checked
// once), exported and shared; files read through the one import path; notes written back into
// their slot. No DOM: every action answers with a result a panel only has to show.
import { beforeEach, describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/engine';
import { AUTOSAVE_KEY, EARLIER_AUTOSAVE_ID } from '../../src/persistence/autosave';
import { makeSave, parseSave, serialiseSave } from '../../src/persistence/save-format';
import { SLOTS_KEY, type SlotSummary } from '../../src/persistence/slots';
import {
  deleteSaveSlot,
  endWeek,
  exportGame,
  exportSaveSlot,
  keepImportedSave,
  keepReplayNotes,
  listSaveSlots,
  loadCheckedAutosave,
  loadSaveSlot,
  openShareLink,
  provideStorage,
  readSaveFile,
  renameSaveSlot,
  replaySaveSlot,
  saveGameOverSlot,
  saveGameToNewSlot,
  shareGameLink,
  startGame,
} from '../../src/store/actions';
import { initialState, store } from '../../src/store/game-store';
import { shownReplay } from '../../src/store/selectors';
import { MemoryStorage } from '../persistence/memory-storage';

const KARACHI = { scenario: 'karachi', seed: 9, difficulty: 'normal' } as const;

let storage: MemoryStorage;

beforeEach(() => {
  store.setState(initialState(), true);
  storage = new MemoryStorage();
  provideStorage(storage);
});

function playWeeks(weeks: number): void {
  startGame(KARACHI);
  for (let week = 0; week < weeks; week++) endWeek();
}

function names(): string[] {
  const slots = listSaveSlots();
  return slots.ok ? slots.value.map((slot) => slot.name) : [];
}

/** A file as the browser hands it over: its name, its size and its text. */
function fileOf(name: string, text: string) {
  return new File([text], name);
}

/** The slot now at `index` in the list, or one that is not there. */
function slotAt(index: number): SlotSummary {
  const slots = listSaveSlots();
  const slot = slots.ok ? slots.value[index] : undefined;
  return (
    slot ?? {
      id: `gone-${index}`,
      stamp: '',
      index,
      name: 'Gone',
      createdAt: null,
      scenario: null,
      difficulty: null,
      weeksPlayed: null,
    }
  );
}

describe('slots through the saves service', () => {
  it('keeps, renames, overwrites and deletes the running game’s slots', async () => {
    playWeeks(2);
    expect((await saveGameToNewSlot('First')).ok).toBe(true);
    endWeek();
    expect((await saveGameToNewSlot('Second')).ok).toBe(true);
    expect(names()).toEqual(['Second', 'First']);
    expect((await renameSaveSlot(slotAt(1), '  Renamed  ')).ok).toBe(true);
    expect(names()).toEqual(['Second', 'Renamed']);
    expect((await saveGameOverSlot(slotAt(1))).ok).toBe(true);
    // An overwritten slot moves to the top of the list.
    expect(names()).toEqual(['Renamed', 'Second']);
    const slots = listSaveSlots();
    expect(slots.ok && slots.value.map((slot) => slot.weeksPlayed)).toEqual([3, 3]);
    expect((await deleteSaveSlot(slotAt(1))).ok).toBe(true);
    expect(names()).toEqual(['Renamed']);
    expect(await deleteSaveSlot(slotAt(5))).toMatchObject({ ok: false });
  });

  it('says why nothing was kept when there is no game or no storage', async () => {
    expect(await saveGameToNewSlot('Nothing')).toEqual({ ok: false, error: 'No game is running.' });
    playWeeks(1);
    provideStorage(null);
    const refused = await saveGameToNewSlot('Nowhere');
    expect(!refused.ok && refused.error).toMatch(/does not allow the game to store anything/);
  });

  it('loads a slot as the running game and replays one with its notes kept in the slot', async () => {
    playWeeks(3);
    const played = store.getState().session!;
    await saveGameToNewSlot('Three weeks');
    startGame(KARACHI);
    expect(loadSaveSlot(slotAt(0)).ok).toBe(true);
    const loaded = store.getState().session!;
    expect(loaded.weeks).toEqual(played.weeks);
    expect(fingerprint(loaded.state)).toBe(fingerprint(played.state));
    expect(loaded.reports).toEqual(played.reports);

    expect(replaySaveSlot(slotAt(0)).ok).toBe(true);
    expect(shownReplay(store.getState())?.notesHome).toEqual({ kind: 'slot', id: slotAt(0).id });
    const notes = [{ week: 2, text: 'Kept in the slot' }];
    expect((await keepReplayNotes(notes)).ok).toBe(true);
    expect(shownReplay(store.getState())?.notes).toEqual(notes);
    const slot = JSON.parse(storage.getItem(SLOTS_KEY)!) as { save: { notes: unknown } }[];
    expect(slot[0]!.save.notes).toEqual(notes);
  });

  it('refuses a slot that no longer replays, naming it, and leaves the screen as it was', async () => {
    playWeeks(2);
    await saveGameToNewSlot('Tampered');
    const slots = JSON.parse(storage.getItem(SLOTS_KEY)!);
    slots[0].save.weeks[1].fingerprint = '0123456789abcdef';
    storage.setItem(SLOTS_KEY, JSON.stringify(slots));
    store.setState(initialState(), true);
    expect(loadSaveSlot(slotAt(0))).toEqual({
      ok: false,
      error:
        '“Tampered” cannot be loaded. The save in this slot has been altered or damaged: week 2 does not replay to the fingerprint recorded for it.',
    });
    expect(replaySaveSlot(slotAt(0))).toMatchObject({ ok: false });
    expect(store.getState().screen.kind).toBe('title');
  });
});

describe('files and links through the saves service', () => {
  it('exports the running game and a slot as files that read back as the same save', async () => {
    playWeeks(2);
    const file = exportGame('My game');
    if (!file.ok) throw new Error(file.error);
    expect(file.value.fileName).toBe('frontier-crisis-karachi-week-3.json');
    expect(file.value.name).toBe('My game');
    const read = await readSaveFile(
      fileOf(file.value.fileName, file.value.text),
      'cannot be imported',
    );
    if (!read.ok) throw new Error(read.error);
    expect(read.value.save.weeks).toHaveLength(2);
    expect(read.value.game.fingerprints).toEqual(read.value.save.weeks.map((w) => w.fingerprint));

    expect((await keepImportedSave(read.value)).ok).toBe(true);
    expect(names()).toEqual(['My game']);
    const again = exportSaveSlot(slotAt(0));
    expect(again.ok && parseSave(again.value.text).ok).toBe(true);
    expect(exportSaveSlot(slotAt(3))).toMatchObject({ ok: false });
  });

  it('refuses a file that is too large, unreadable or not a save, naming it', async () => {
    const big = { name: 'big.json', size: 2_000_000, arrayBuffer: async () => new ArrayBuffer(0) };
    const unreadable = {
      name: 'locked.json',
      size: 10,
      arrayBuffer: () => Promise.reject(new Error('denied')),
    };
    expect(await readSaveFile(big, 'cannot be imported')).toEqual({
      ok: false,
      error:
        '“big.json” cannot be imported. This file is too large to be a save (2000000 bytes; the limit is 1000000).',
    });
    expect(await readSaveFile(unreadable, 'cannot be imported')).toEqual({
      ok: false,
      error: '“locked.json” cannot be imported. The browser could not read this file.',
    });
    expect(await readSaveFile(fileOf('notes.txt', 'hello'), 'cannot be compared')).toEqual({
      ok: false,
      error:
        '“notes.txt” cannot be compared. This file is not a save: it is not valid JSON (it may be truncated or corrupted).',
    });
  });

  it('shares the running game as a link that opens the same week', () => {
    playWeeks(2);
    const played = store.getState().session!;
    const hash = shareGameLink('Shared');
    if (!hash.ok) throw new Error(hash.error);
    store.setState(initialState(), true);
    expect(openShareLink(hash.value).ok).toBe(true);
    const opened = store.getState().session!;
    expect(opened.weeks).toEqual(played.weeks);
    expect(fingerprint(opened.state)).toBe(fingerprint(played.state));
    expect(openShareLink('#save=1.')).toMatchObject({ ok: false });
  });

  it('reads an autosave checked like any save, or none', () => {
    expect(loadCheckedAutosave(EARLIER_AUTOSAVE_ID)).toEqual({ ok: true, value: null });
    const made = makeSave(KARACHI, [[]], { name: 'Autosave' });
    if (!made.ok) throw new Error(made.error);
    storage.setItem(AUTOSAVE_KEY, serialiseSave(made.value));
    const checked = loadCheckedAutosave(EARLIER_AUTOSAVE_ID);
    expect(checked.ok && checked.value?.game.weeks).toEqual([[]]);
  });
});
