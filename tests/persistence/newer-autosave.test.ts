// An older copy of the game (a service worker may still serve one) meets an autosave that a newer
// version wrote: it says so, never overwrites it (this version writes each game's own autosave,
// never the single one earlier versions wrote), and a version that can read one an older copy set
// aside moves it to Saves.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  AUTOSAVE_KEY,
  EARLIER_AUTOSAVE_ID,
  KEPT_AUTOSAVE_KEY,
  autosaveKey,
  isFromNewerVersion,
  readAutosave,
  readUnfinishedGame,
  restoreKeptAutosave,
  startAutosave,
} from '../../src/persistence/autosave';
import { CURRENT_SAVE_VERSION } from '../../src/persistence/migrations';
import { listSlots } from '../../src/persistence/slots';
import { chooseResponse, endWeek, startGame } from '../../src/store/actions';
import { initialState, store } from '../../src/store/game-store';
import { MemoryStorage } from './memory-storage';

const OPTIONS = { scenario: 'karachi', seed: 3, difficulty: 'normal' } as const;

let storage: MemoryStorage;
let stop: (() => void) | null = null;

/** A real autosave of this version, played one week. */
function autosaveText(): string {
  stop = startAutosave(store, storage);
  startGame(OPTIONS);
  chooseResponse('apex-committee');
  endWeek();
  stop();
  stop = null;
  const text = storage.getItem(autosaveKey(store.getState().session!.gameId))!;
  store.setState(initialState(), true);
  storage.items.clear();
  return text;
}

/** The same file as a later format would write it. */
const asNewer = (text: string) =>
  JSON.stringify({ ...JSON.parse(text), version: CURRENT_SAVE_VERSION + 1, somethingNew: [1] });

beforeEach(() => {
  stop?.();
  stop = null;
  store.setState(initialState(), true);
  storage = new MemoryStorage();
});

describe('an autosave from a newer version', () => {
  it('is recognised by its format or rules version, and only then', () => {
    const text = autosaveText();
    expect(isFromNewerVersion(text)).toBe(false);
    expect(isFromNewerVersion(asNewer(text))).toBe(true);
    expect(isFromNewerVersion(JSON.stringify({ ...JSON.parse(text), rulesVersion: 999 }))).toBe(
      true,
    );
    expect(isFromNewerVersion('not json')).toBe(false);
    expect(isFromNewerVersion('null')).toBe(false);
  });

  it('is not continued, says why, and survives a new game started in this version', () => {
    const newer = asNewer(autosaveText());
    storage.setItem(AUTOSAVE_KEY, newer);
    const resumable = readUnfinishedGame(storage, EARLIER_AUTOSAVE_ID);
    expect(resumable.ok).toBe(false);
    expect(!resumable.ok && resumable.error).toMatch(/newer version .* It is kept as it is/);

    stop = startAutosave(store, storage);
    startGame(OPTIONS);
    // This version's game is autosaved under its own id; the newer one stays byte for byte.
    const gameId = store.getState().session!.gameId;
    expect(readAutosave(storage, gameId)).toMatchObject({ ok: true, value: { weeks: [] } });
    chooseResponse('apex-committee');
    endWeek();
    expect(storage.getItem(AUTOSAVE_KEY)).toBe(newer);
    expect(readAutosave(storage, EARLIER_AUTOSAVE_ID)).toMatchObject({ ok: false });
    // Nothing was set aside, so nothing is moved.
    expect(restoreKeptAutosave(storage)).toBeNull();
  });

  it('is left as it is even when this version cannot autosave its own game', () => {
    const newer = asNewer(autosaveText());
    storage.setItem(AUTOSAVE_KEY, newer);
    stop = startAutosave(store, storage);
    storage.full = true;
    startGame(OPTIONS);
    expect(store.getState().notice).toMatch(/^Browser storage is full, so week 1/);
    expect(storage.getItem(AUTOSAVE_KEY)).toBe(newer);
  });

  it('moves into Saves once a version that reads it starts', () => {
    // What the newer version finds after the older copy set its autosave aside.
    const text = autosaveText();
    storage.setItem(KEPT_AUTOSAVE_KEY, text);
    const message = restoreKeptAutosave(storage);
    expect(message).toContain('Autosave kept from a newer version');
    expect(storage.getItem(KEPT_AUTOSAVE_KEY)).toBeNull();
    const slots = listSlots(storage);
    expect(slots.ok && slots.value.map((slot) => slot.name)).toEqual([
      'Autosave kept from a newer version',
    ]);
    expect(restoreKeptAutosave(storage)).toBeNull();
  });
});
