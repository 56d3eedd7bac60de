// Where the compare screen's games come from: the game in play, each autosave, the save slots, the
// finished games and files (read through the saves service), each list read once and each game
// checked only when picked; a save that fails is refused with that layer's message and no stored
// save is changed.
import { beforeEach, describe, expect, it } from 'vitest';
import { AUTOSAVE_KEY } from '../../src/persistence/autosave';
import { makeSave, serialiseSave, type SaveFile } from '../../src/persistence/save-format';
import { SLOTS_KEY } from '../../src/persistence/slots';
import { endWeek, listSaveSlots, provideStorage, startGame } from '../../src/store/actions';
import { initialState, store } from '../../src/store/game-store';
import { listSources, loadFile } from '../../src/ui/compare-sources';
import { MemoryStorage } from '../persistence/memory-storage';

const KARACHI = { scenario: 'karachi', seed: 5, difficulty: 'normal' } as const;

function save(name: string, weeks: number, branchOf?: { name: string; week: number }): SaveFile {
  const made = makeSave(
    KARACHI,
    Array.from({ length: weeks }, () => []),
    { name, branchOf },
  );
  if (!made.ok) throw new Error(made.error);
  return made.value;
}

let storage: MemoryStorage;

beforeEach(() => {
  store.setState(initialState(), true);
  storage = new MemoryStorage();
  provideStorage(storage);
});

/** Loads the source with that id, as the screen does when it is picked. */
function loadSource(id: string, session: Parameters<typeof listSources>[0]) {
  const option = listSources(session).options.find((o) => o.id === id);
  return option ? option.load() : { ok: false as const, error: 'not offered' };
}

/** The compare screen's ids of the slots, in list order. */
function slotIds(): string[] {
  const slots = listSaveSlots();
  return slots.ok ? slots.value.map((slot) => `slot:${slot.id}`) : [];
}

describe('compare sources', () => {
  it('offers the game in play, other autosaves and every slot, in that order', () => {
    startGame(KARACHI);
    endWeek();
    storage.setItem(AUTOSAVE_KEY, serialiseSave(save('Autosave', 1)));
    storage.setItem(SLOTS_KEY, JSON.stringify([save('<b>Newest</b>', 2), save('Older', 3)]));
    const { options, problem } = listSources(store.getState().session);
    expect(problem).toBeNull();
    const [newest, older] = slotIds();
    expect(options.map((o) => o.id)).toEqual(['current', 'autosave:earlier', newest, older]);
    expect(options[0]?.label).toBe('The game in play: Karachi aftermath — week 2');
    expect(options[2]?.label).toMatch(/^<b>Newest<\/b> \(Karachi aftermath · week 3 of 12/);
    expect(listSources(null).options.map((o) => o.id)).toEqual(['autosave:earlier', newest, older]);
    // Each stored game's inputs come as stored, for choosing, before any replay.
    expect(options[3]?.inputs).toMatchObject({
      name: 'Older',
      options: KARACHI,
      weeks: [[], [], []],
    });
  });

  it('loads each source as a game with its inputs, its origin and its branch mark', () => {
    startGame(KARACHI);
    endWeek();
    storage.setItem(SLOTS_KEY, JSON.stringify([save('Branch', 2, { name: 'Older', week: 1 })]));
    const current = loadSource('current', store.getState().session);
    expect(current.ok && current.value).toMatchObject({
      source: 'current',
      origin: 'The game in play',
      options: KARACHI,
      weeks: [[]],
    });
    const [id] = slotIds();
    const slot = loadSource(id!, null);
    expect(slot.ok && slot.value).toMatchObject({
      source: id,
      name: 'Branch',
      origin: 'Save slot',
      weeks: [[], []],
      branchOf: { name: 'Older', week: 1 },
    });
  });

  it('refuses a tampered slot or autosave with the persistence layer’s reason, changing nothing', () => {
    const tampered = save('Tampered', 3);
    tampered.weeks[1]!.fingerprint = '0123456789abcdef';
    const stored = JSON.stringify([tampered]);
    storage.setItem(SLOTS_KEY, stored);
    storage.setItem(AUTOSAVE_KEY, JSON.stringify(tampered));
    const slot = loadSource(slotIds()[0]!, null);
    expect(slot).toEqual({
      ok: false,
      error:
        '“Tampered” cannot be compared. The save in this slot has been altered or damaged: week 2 does not replay to the fingerprint recorded for it.',
    });
    const autosave = loadSource('autosave:earlier', null);
    expect(!autosave.ok && autosave.error).toMatch(/^The autosave cannot be compared\. /);
    expect(loadSource('slot:4', null).ok).toBe(false);
    expect(loadSource('current', null).ok).toBe(false);
    expect(storage.getItem(SLOTS_KEY)).toBe(stored);
  });

  it('reads a file like an import, and refuses a cut-off one with its reason', async () => {
    const text = serialiseSave(save('From a file', 2));
    const fileOf = (name: string, body: string) => new File([body], name);
    const file = await loadFile('file:1', fileOf('game.json', text));
    expect(file.ok && file.value).toMatchObject({
      source: 'file:1',
      name: 'From a file',
      origin: 'File “game.json”',
    });
    const cut = await loadFile('file:2', fileOf('cut.json', text.slice(0, 100)));
    expect(cut).toEqual({
      ok: false,
      error:
        '“cut.json” cannot be compared. This file is not a save: it is not valid JSON (it may be truncated or corrupted).',
    });
  });
});
