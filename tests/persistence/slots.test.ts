// Named save slots over a KeyValueStore: saving, order, overwrite, rename, delete and load; a save
// that no longer replays is refused when loaded; and a refused write (storage full, storage missing,
// a damaged list) changes nothing that was already saved.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GameOptions } from '../../src/engine';
import { balancedStrategy, playGame } from '../../src/engine/strategies';
import {
  MAX_SAVE_BYTES,
  checkSave,
  makeSave,
  type SaveFile,
} from '../../src/persistence/save-format';
import {
  MAX_SLOTS,
  SLOTS_KEY,
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
} from '../../src/persistence/slots';
import type { KeyValueStore } from '../../src/persistence/storage';
import { MemoryStorage } from './memory-storage';

const GAME: GameOptions = { scenario: 'karachi', seed: 11, difficulty: 'normal' };
let full: SaveFile[];

/** A save of the first `weeks` weeks of one fixed game. */
function saveOf(weeks: number, name: string, createdAt = '2026-01-02T03:04:05.000Z'): SaveFile {
  const made = makeSave(
    GAME,
    full[0]!.weeks.slice(0, weeks).map((w) => w.decisions),
    {
      name,
      createdAt,
    },
  );
  if (!made.ok) throw new Error(made.error);
  return made.value;
}

function names(storage: KeyValueStore): string[] {
  const slots = listSlots(storage);
  if (!slots.ok) throw new Error(slots.error);
  return slots.value.map((s) => s.name);
}

/** The slot now at `index` as the list shows it, or one that is not there. */
function at(storage: KeyValueStore, index: number): SlotRef {
  const slots = listSlots(storage);
  const slot = slots.ok ? slots.value[index] : undefined;
  return slot ?? { id: `gone-${index}`, stamp: '' };
}

/** The save a slot loads, without the replay its check made. */
function loaded(storage: KeyValueStore, index: number) {
  const result = loadSlot(storage, at(storage, index));
  return result.ok ? { ok: true as const, value: result.value.save } : result;
}

function refusal<T>(result: { ok: true; value: T } | { ok: false; error: string }): string {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

let storage: MemoryStorage;

beforeAll(() => {
  const played = playGame(GAME, balancedStrategy);
  const made = makeSave(GAME, played.weeks, { name: 'all' });
  if (!made.ok) throw new Error(made.error);
  full = [made.value];
});

beforeEach(() => {
  storage = new MemoryStorage();
});

describe('slots', () => {
  it('start empty', () => {
    expect(listSlots(storage)).toEqual({ ok: true, value: [] });
  });

  it('keep saves newest first, with what the list shows read from each', () => {
    saveToNewSlot(storage, saveOf(2, 'Karachi aftermath — week 3'));
    saveToNewSlot(storage, saveOf(5, 'Later', '2026-01-03T00:00:00.000Z'));
    const slots = listSlots(storage);
    expect(slots).toEqual({
      ok: true,
      value: [
        {
          id: expect.stringMatching(/^slot-/) as string,
          stamp: expect.any(String) as string,
          index: 0,
          name: 'Later',
          createdAt: '2026-01-03T00:00:00.000Z',
          scenario: 'karachi',
          difficulty: 'normal',
          weeksPlayed: 5,
        },
        {
          id: expect.stringMatching(/^slot-/) as string,
          stamp: expect.any(String) as string,
          index: 1,
          name: 'Karachi aftermath — week 3',
          createdAt: '2026-01-02T03:04:05.000Z',
          scenario: 'karachi',
          difficulty: 'normal',
          weeksPlayed: 2,
        },
      ],
    });
    // One key, a list of save files, each beside its slot's id.
    const stored = JSON.parse(storage.getItem(SLOTS_KEY)!) as { save: SaveFile }[];
    expect(stored.map((s) => s.save.meta.name)).toEqual(['Later', 'Karachi aftermath — week 3']);
    expect(stored[0]!.save.format).toBe('frontier-crisis-save');
  });

  it('load a slot back exactly as saved', () => {
    const save = saveOf(3, 'Three');
    saveToNewSlot(storage, save);
    expect(loaded(storage, 0)).toEqual({ ok: true, value: save });
  });

  it('trim names and refuse an empty or over-long one', () => {
    saveToNewSlot(storage, saveOf(1, '  Padded  '));
    expect(names(storage)).toEqual(['Padded']);
    expect(refusal(saveToNewSlot(storage, saveOf(1, '   ')))).toBe('A save needs a name.');
    expect(refusal(renameSlot(storage, at(storage, 0), 'x'.repeat(121)))).toMatch(
      /at most 120 characters/,
    );
    expect(names(storage)).toEqual(['Padded']);
  });

  it('overwrite a slot with another game, keeping its name and moving it to the top', () => {
    saveToNewSlot(storage, saveOf(1, 'Old'));
    saveToNewSlot(storage, saveOf(2, 'Other'));
    const result = overwriteSlot(
      storage,
      at(storage, 1),
      saveOf(6, 'ignored', '2026-02-01T00:00:00.000Z'),
    );
    expect(result.ok).toBe(true);
    expect(names(storage)).toEqual(['Old', 'Other']);
    const slot = loaded(storage, 0);
    expect(slot.ok && slot.value.weeks.length).toBe(6);
    expect(slot.ok && slot.value.meta).toEqual({
      name: 'Old',
      createdAt: '2026-02-01T00:00:00.000Z',
    });
  });

  it('rename and delete one slot, leaving the others alone', () => {
    for (const name of ['A', 'B', 'C']) saveToNewSlot(storage, saveOf(1, name));
    expect(names(storage)).toEqual(['C', 'B', 'A']);
    expect(renameSlot(storage, at(storage, 1), '  <img src=x onerror=alert(1)>  ').ok).toBe(true);
    expect(names(storage)).toEqual(['C', '<img src=x onerror=alert(1)>', 'A']);
    const renamed = loaded(storage, 1);
    expect(renamed.ok && renamed.value.meta.name).toBe('<img src=x onerror=alert(1)>');
    expect(deleteSlot(storage, at(storage, 0)).ok).toBe(true);
    expect(names(storage)).toEqual(['<img src=x onerror=alert(1)>', 'A']);
    expect(refusal(deleteSlot(storage, at(storage, 5)))).toMatch(/no longer there/);
    expect(refusal(renameSlot(storage, at(storage, -1), 'x'))).toMatch(/no longer there/);
    expect(refusal(loadSlot(storage, at(storage, 2)))).toMatch(/no longer there/);
  });

  it(`hold at most ${MAX_SLOTS} games`, () => {
    for (let i = 0; i < MAX_SLOTS; i++)
      expect(saveToNewSlot(storage, saveOf(0, `G${i}`)).ok).toBe(true);
    expect(refusal(saveToNewSlot(storage, saveOf(0, 'one more')))).toMatch(
      /already 50 saved games, the most this browser keeps\. Delete one/,
    );
    expect(names(storage)).toHaveLength(MAX_SLOTS);
  });

  it('say how many games there really are when more than the most were kept', () => {
    const one = JSON.parse(JSON.stringify(saveOf(0, 'G'))) as unknown;
    storage.setItem(SLOTS_KEY, JSON.stringify(Array.from({ length: 200 }, () => one)));
    expect(refusal(saveToNewSlot(storage, saveOf(0, 'one more')))).toBe(
      'There are already 200 saved games, more than the 50 this browser keeps. Delete 151 to save another.',
    );
  });

  it('name an exported file by scenario and week, in safe characters', () => {
    expect(exportFileName(saveOf(2, 'x'))).toBe('frontier-crisis-karachi-week-3.json');
    const odd = { ...saveOf(0, 'x'), game: { ...GAME, scenario: '../<Evil> Name!' } };
    expect(exportFileName(odd)).toBe('frontier-crisis-evil-name-week-1.json');
  });
});

describe('slots keep their ids: an action reaches the slot the player saw, or nothing', () => {
  it('an id stays with its slot as others are saved, moved and deleted', () => {
    saveToNewSlot(storage, saveOf(1, 'A'));
    const a = at(storage, 0);
    expect(a.id).toMatch(/^slot-[0-9a-f-]{36}$/);
    saveToNewSlot(storage, saveOf(2, 'B'));
    expect(at(storage, 1).id).toBe(a.id);
    expect(at(storage, 0).id).not.toBe(a.id);
  });

  it('a list shown before another tab saved: delete, rename, overwrite and load act on the slot seen', () => {
    saveToNewSlot(storage, saveOf(1, 'Mine'));
    const shown = at(storage, 0);
    // Another tab saves a game: it goes to the top, where "Mine" was.
    saveToNewSlot(storage, saveOf(2, 'Theirs'));
    const seen = { id: shown.id, stamp: shown.stamp };
    expect(loaded(storage, 1).ok && names(storage)).toEqual(['Theirs', 'Mine']);
    const opened = loadSlot(storage, seen);
    expect(opened.ok && opened.value.save.meta.name).toBe('Mine');
    expect(renameSlot(storage, seen, 'Mine, renamed').ok).toBe(true);
    expect(names(storage)).toEqual(['Theirs', 'Mine, renamed']);
    const renamed = at(storage, 1);
    expect(overwriteSlot(storage, renamed, saveOf(3, 'x')).ok).toBe(true);
    expect(names(storage)).toEqual(['Mine, renamed', 'Theirs']);
    expect(deleteSlot(storage, at(storage, 0)).ok).toBe(true);
    expect(names(storage)).toEqual(['Theirs']);
  });

  it('a slot changed or deleted in another tab since it was shown: refused, nothing written', () => {
    saveToNewSlot(storage, saveOf(1, 'Shared'));
    const shown = at(storage, 0);
    expect(renameSlot(storage, shown, 'Renamed elsewhere').ok).toBe(true);
    const before = storage.getItem(SLOTS_KEY);
    const changed =
      '“Renamed elsewhere” was changed in another tab after this list was shown, so nothing was done. The list now shows it as it is.';
    expect(refusal(deleteSlot(storage, shown))).toBe(changed);
    expect(refusal(overwriteSlot(storage, shown, saveOf(4, 'x')))).toBe(changed);
    expect(refusal(renameSlot(storage, shown, 'Again'))).toBe(changed);
    expect(refusal(loadSlot(storage, shown))).toBe(changed);
    expect(storage.getItem(SLOTS_KEY)).toBe(before);
    const current = at(storage, 0);
    expect(deleteSlot(storage, current).ok).toBe(true);
    expect(refusal(deleteSlot(storage, current))).toMatch(/no longer there/);
    expect(refusal(loadSlot(storage, current))).toMatch(/no longer there/);
  });

  it('slots kept before ids existed get the same id in every tab, and keep it when changed', () => {
    const old = saveOf(1, 'Old');
    storage.setItem(SLOTS_KEY, JSON.stringify([old, old]));
    const [first, second] = [at(storage, 0), at(storage, 1)];
    expect(first.id).not.toBe(second.id);
    expect(at(storage, 0)).toEqual(first);
    // Renamed (here, or in another tab whose list showed it): the same slot, by the same id.
    expect(renameSlot(storage, second, 'Renamed').ok).toBe(true);
    expect(names(storage)).toEqual(['Old', 'Renamed']);
    expect(at(storage, 1).id).toBe(second.id);
    expect(at(storage, 0).id).toBe(first.id);
    // The first, renamed too: its id is the one the other identical entry had, and stays.
    expect(renameSlot(storage, at(storage, 0), 'Also renamed').ok).toBe(true);
    expect([at(storage, 0).id, at(storage, 1).id]).toEqual([first.id, second.id]);
    const renamed = at(storage, 1);
    expect(overwriteSlot(storage, renamed, saveOf(2, 'x')).ok).toBe(true);
    expect(at(storage, 0).id).toBe(second.id);
  });

  it('an id written for one old slot is never derived again for an identical one', () => {
    const old = saveOf(1, 'Old');
    storage.setItem(SLOTS_KEY, JSON.stringify([old, old]));
    const first = at(storage, 0);
    const second = at(storage, 1);
    expect(renameSlot(storage, first, 'Renamed').ok).toBe(true);
    expect(at(storage, 0).id).toBe(first.id);
    expect(at(storage, 1)).toMatchObject({ id: second.id, name: 'Old' });
  });

  it('keeps the id beside the save file, so the file is exactly what an export writes', () => {
    const save = saveOf(1, 'Kept');
    saveToNewSlot(storage, save);
    const stored = JSON.parse(storage.getItem(SLOTS_KEY)!) as { slotId: string; save: unknown }[];
    expect(stored).toEqual([{ slotId: at(storage, 0).id, save }]);
    expect(loaded(storage, 0)).toEqual({ ok: true, value: save });
  });
});

describe('slots refuse what no longer replays, and show it in the list', () => {
  function storeRaw(entries: unknown[]) {
    storage.setItem(SLOTS_KEY, JSON.stringify(entries));
  }

  it('a tampered fingerprint', () => {
    const save = saveOf(4, 'Tampered');
    save.weeks[2]!.fingerprint = '0000000000000000';
    storeRaw([save]);
    expect(refusal(loadSlot(storage, at(storage, 0)))).toMatch(
      /^The save in this slot has been altered or damaged: week 3 does not replay to the fingerprint/,
    );
  });

  it('speak of the slot, never of a file, and in their own words', () => {
    const save = saveOf(2, 'Edited') as unknown as Record<string, unknown>;
    storeRaw([
      'junk',
      { ...save, extra: 1 },
      { ...save, game: { scenario: 'karachi', seed: '7', difficulty: 'normal' } },
    ]);
    const refusals = [0, 1, 2].map((index) => refusal(loadSlot(storage, at(storage, index))));
    expect(refusals).toEqual([
      'This slot is not a Frontier Crisis save.',
      'The save in this slot is damaged: there is no field called "extra" in a save.',
      'The save in this slot is damaged: game.seed: should be a number, not text.',
    ]);
    for (const text of refusals) expect(text).not.toMatch(/file|Invalid|Expected|received/);
  });

  it('the list reads each save by the checks a load makes, refused for the same reasons', () => {
    const tampered = saveOf(3, 'Tampered');
    tampered.weeks[1]!.fingerprint = '0000000000000000';
    const good = saveOf(2, 'Good');
    const wide = { ...good, meta: { ...good.meta, pad: '€'.repeat(MAX_SAVE_BYTES / 2) } };
    storeRaw([
      'junk',
      { ...good, extra: 1 },
      wide,
      tampered,
      good,
      { slotId: `slot-${'0'.repeat(36)}` },
    ]);
    const listed = listSlotSaves(storage);
    if (!listed.ok) throw new Error(listed.error);
    const checked = listed.value.map(({ save }) =>
      save.ok ? checkSave(save.value, 'slot') : save,
    );
    const loadedNow = listed.value.map(({ slot }) => loadSlot(storage, slot));
    expect(checked).toEqual(loadedNow);
    expect(
      checked.map((result) => (result.ok ? result.value.save.meta.name : result.error)),
    ).toEqual([
      'This slot is not a Frontier Crisis save.',
      'The save in this slot is damaged: there is no field called "extra" in a save.',
      `This slot is too large to be a save (over ${MAX_SAVE_BYTES} bytes).`,
      'The save in this slot has been altered or damaged: week 2 does not replay to the fingerprint recorded for it.',
      'Good',
      'This slot is not a Frontier Crisis save.',
    ]);
  });

  it('a week that is no longer legal', () => {
    const save = saveOf(4, 'Illegal');
    save.weeks[1]!.decisions = [{ response: 'no-such-response' }];
    storeRaw([save]);
    expect(refusal(loadSlot(storage, at(storage, 0)))).toMatch(
      /no longer replays: week 2: .*no-such-response/,
    );
  });

  it('another rules version, a newer format, junk entries — listed, refused, deletable', () => {
    const good = saveOf(1, 'Good');
    storeRaw([
      { ...saveOf(1, 'Old rules'), rulesVersion: 999 },
      { ...saveOf(1, 'Future'), version: 99 },
      'junk',
      null,
      { meta: { name: 42 } },
      good,
    ]);
    const slots = listSlots(storage);
    expect(slots.ok && slots.value.map((s) => [s.name, s.weeksPlayed])).toEqual([
      ['Old rules', 1],
      ['Future', 1],
      ['Unnamed save', null],
      ['Unnamed save', null],
      ['Unnamed save', null],
      ['Good', 1],
    ]);
    expect(refusal(loadSlot(storage, at(storage, 0)))).toMatch(/rules version 999/);
    expect(refusal(loadSlot(storage, at(storage, 1)))).toMatch(/newer version/);
    expect(refusal(loadSlot(storage, at(storage, 2)))).toMatch(/not a Frontier Crisis save/);
    expect(refusal(renameSlot(storage, at(storage, 2), 'x'))).toMatch(
      /damaged and cannot be renamed/,
    );
    expect(loaded(storage, 5)).toEqual({ ok: true, value: good });
    for (let i = 0; i < 5; i++) expect(deleteSlot(storage, at(storage, 0)).ok).toBe(true);
    expect(names(storage)).toEqual(['Good']);
  });

  it('a damaged list is reported, and never overwritten by a new save', () => {
    storage.setItem(SLOTS_KEY, '[{"format": "frontier-cri');
    expect(refusal(listSlots(storage))).toMatch(/damaged and cannot be read/);
    expect(refusal(saveToNewSlot(storage, saveOf(1, 'New')))).toMatch(/damaged/);
    expect(storage.getItem(SLOTS_KEY)).toBe('[{"format": "frontier-cri');
    storage.setItem(SLOTS_KEY, '{"not": "a list"}');
    expect(refusal(listSlots(storage))).toMatch(/damaged/);
  });
});

describe('notes in a slot', () => {
  const prints = (save: SaveFile) => save.weeks.map((w) => w.fingerprint);

  it('are written into the slot, leaving its weeks, name and place as they were', () => {
    const target = saveOf(3, 'Annotated');
    saveToNewSlot(storage, target);
    saveToNewSlot(storage, saveOf(1, 'Newer'));
    const notes = [
      { week: 0, text: 'Opening plan' },
      { week: 3, text: '<img src=x onerror=alert(1)>' },
    ];
    expect(saveSlotNotes(storage, at(storage, 1).id, prints(target), notes).ok).toBe(true);
    expect(names(storage)).toEqual(['Newer', 'Annotated']);
    expect(loaded(storage, 1)).toEqual({ ok: true, value: { ...target, notes } });
    // and taken away again
    expect(saveSlotNotes(storage, at(storage, 1).id, prints(target), []).ok).toBe(true);
    expect(loaded(storage, 1)).toEqual({ ok: true, value: target });
  });

  it('an older-format slot is written back in the current format with its notes', () => {
    const current = saveOf(2, 'Old format');
    const { notes: _notes, ...rest } = current;
    storage.setItem(SLOTS_KEY, JSON.stringify([{ ...rest, version: 1 }]));
    expect(
      saveSlotNotes(storage, at(storage, 0).id, prints(current), [{ week: 2, text: 'late' }]).ok,
    ).toBe(true);
    const stored = (JSON.parse(storage.getItem(SLOTS_KEY)!) as { save: SaveFile }[])[0]!.save;
    expect(stored.version).toBe(current.version);
    expect(stored.notes).toEqual([{ week: 2, text: 'late' }]);
    expect(stored.weeks).toEqual(current.weeks);
  });

  it('are refused when the slot now holds another game, or the notes do not fit', () => {
    const first = saveOf(3, 'First');
    saveToNewSlot(storage, first);
    saveToNewSlot(storage, saveOf(2, 'Pushed in front'));
    const before = storage.getItem(SLOTS_KEY);
    expect(
      refusal(saveSlotNotes(storage, at(storage, 0).id, prints(first), [{ week: 1, text: 'x' }])),
    ).toMatch(/not saved: this slot now holds another game/);
    expect(
      refusal(saveSlotNotes(storage, at(storage, 1).id, prints(first), [{ week: 4, text: 'x' }])),
    ).toMatch(/^The notes were not saved\. Notes: .*week 4, but the game has only 3 weeks/);
    expect(refusal(saveSlotNotes(storage, at(storage, 7).id, prints(first), []))).toMatch(
      /no longer there/,
    );
    storage.full = true;
    expect(
      refusal(saveSlotNotes(storage, at(storage, 1).id, prints(first), [{ week: 1, text: 'x' }])),
    ).toMatch(/^Browser storage is full, so the notes were not saved\./);
    expect(storage.getItem(SLOTS_KEY)).toBe(before);
  });
});

describe('storage full or unavailable', () => {
  it('saving to a full storage says so and keeps the existing slots', () => {
    saveToNewSlot(storage, saveOf(2, 'Kept'));
    const before = storage.getItem(SLOTS_KEY);
    storage.full = true;
    expect(refusal(saveToNewSlot(storage, saveOf(3, 'New')))).toBe(
      'Browser storage is full, so the game was not saved. Your other saves are kept: delete a slot or export the game as a file instead.',
    );
    expect(refusal(overwriteSlot(storage, at(storage, 0), saveOf(3, 'x')))).toMatch(
      /^Browser storage is full, so “Kept” was not overwritten\./,
    );
    expect(refusal(renameSlot(storage, at(storage, 0), 'Renamed'))).toMatch(
      /full, so the save was not renamed/,
    );
    expect(storage.getItem(SLOTS_KEY)).toBe(before);
    expect(names(storage)).toEqual(['Kept']);
    storage.full = false;
    expect(loadSlot(storage, at(storage, 0)).ok).toBe(true);
  });

  it('a browser that refuses storage altogether', () => {
    expect(refusal(listSlots(null))).toMatch(/does not allow the game to store anything/);
    expect(refusal(saveToNewSlot(null, saveOf(1, 'x')))).toMatch(/Export the game as a file/);
    const throwing: KeyValueStore = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      removeItem: () => undefined,
      length: 0,
      key: () => null,
    };
    expect(refusal(listSlots(throwing))).toMatch(/refused to read the saved games/);
    const writeOnlyRefused: KeyValueStore = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      removeItem: () => undefined,
      length: 0,
      key: () => null,
    };
    expect(refusal(saveToNewSlot(writeOnlyRefused, saveOf(1, 'x')))).toMatch(
      /refused to store anything, so the game was not saved/,
    );
  });
});
