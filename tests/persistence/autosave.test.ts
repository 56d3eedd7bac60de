import { beforeEach, describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/engine';
import {
  AUTOSAVE_KEY,
  EARLIER_AUTOSAVE_ID,
  autosaveKey,
  listAutosaves,
  readAutosave,
  readUnfinishedGame,
  startAutosave,
} from '../../src/persistence/autosave';
import {
  SETTINGS_KEY,
  readSettings,
  startSettingsStorage,
} from '../../src/persistence/settings-storage';
import {
  FINISHED_GAMES,
  FINISHED_KEY,
  MAX_FINISHED,
  listSlots,
  loadSlot,
} from '../../src/persistence/slots';
import { MemoryStorage } from './memory-storage';
import {
  chooseResponse,
  endWeek,
  resumeGame,
  keepSessionNotes,
  setSessionNotes,
  startGame,
  updateSettings,
} from '../../src/store/actions';
import { DEFAULT_SETTINGS, initialState, store } from '../../src/store/game-store';

const OPTIONS = { scenario: 'seven-camps', seed: 5, difficulty: 'hard' } as const;

let storage: MemoryStorage;
let stop: () => void;

beforeEach(() => {
  store.setState(initialState(), true);
  storage = new MemoryStorage();
  stop?.();
  stop = startAutosave(store, storage);
});

/** The game in play's id, and the key its autosave is kept under. */
const gameId = () => store.getState().session!.gameId;
const key = () => autosaveKey(gameId());

describe('autosave', () => {
  it('saves at the start of a game and after each week', () => {
    startGame(OPTIONS);
    expect(readAutosave(storage, gameId())).toMatchObject({ ok: true, value: { weeks: [] } });
    chooseResponse('apex-committee');
    endWeek();
    const saved = readAutosave(storage, gameId());
    expect(saved.ok && saved.value?.weeks.map((w) => w.decisions)).toEqual([
      [{ response: 'apex-committee' }],
    ]);
    expect(saved.ok && saved.value?.game).toEqual(OPTIONS);
  });

  it('has nothing to restore in an empty browser', () => {
    expect(listAutosaves(storage)).toEqual({ ok: true, value: [] });
  });

  it('keeps the last good autosave and says so at every failed write, naming the weeks', () => {
    startGame(OPTIONS);
    endWeek();
    const good = storage.getItem(key());
    storage.full = true;
    endWeek();
    expect(storage.getItem(key())).toBe(good);
    expect(store.getState().notice).toBe(
      'Browser storage is full, so week 3 and its notes were not autosaved. The autosave from week 2 of this game is kept: export the game as a file (Save game, Export file) to keep it.',
    );
    store.setState({ notice: null });
    endWeek();
    expect(store.getState().notice).toMatch(/^Browser storage is full, so week 4 .* week 2 /);
    storage.full = false;
    endWeek();
    expect(store.getState().notice).toBeNull();
    expect(store.getState().autosaveProblem).toBeNull();
  });

  it('a refusal is not called full, and a game never autosaved does not claim an autosave', () => {
    storage.refused = true;
    startGame(OPTIONS);
    const notice = store.getState().notice ?? '';
    expect(notice).toBe(
      'The browser refused to store anything for this game (its settings may block storage for this site), so week 1 and its notes were not autosaved. This game has no autosave: export the game as a file (Save game, Export file) to keep it.',
    );
    expect(notice).not.toMatch(/full|is kept/);
  });

  it('plays on without storage and says so at each write', () => {
    stop();
    stop = startAutosave(store, null);
    startGame(OPTIONS);
    expect(store.getState().notice).toMatch(/^This browser does not let the game store anything/);
    store.setState({ notice: null });
    expect(endWeek().ok).toBe(true);
    expect(store.getState().notice).toMatch(/week 2 and its notes were not autosaved/);
  });

  it('a note pinned while storage is full says it was not stored', () => {
    startGame(OPTIONS);
    storage.full = true;
    const kept = keepSessionNotes([{ week: 0, text: 'Plan' }]);
    expect(kept.ok).toBe(false);
    if (!kept.ok)
      expect(kept.error).toMatch(
        /^The change is shown here but was not stored\. Browser storage is full/,
      );
    storage.full = false;
    expect(
      keepSessionNotes([
        { week: 0, text: 'Plan' },
        { week: 0, text: 'B' },
      ]).ok,
    ).toBe(true);
  });

  it('refuses a corrupt autosave with a clear message and leaves it in place', () => {
    const id = '00000000-0000-4000-8000-000000000001';
    storage.setItem(autosaveKey(id), '{"format":"frontier-crisis-save","version":1,');
    const result = readAutosave(storage, id);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/could not be restored.*not valid JSON/);
    expect(storage.getItem(autosaveKey(id))).not.toBeNull();
  });
});

describe('each game its own autosave', () => {
  it('a new game leaves the one before where it was, under its own id', () => {
    startGame(OPTIONS);
    endWeek();
    const first = gameId();
    const firstText = storage.getItem(key());
    startGame({ ...OPTIONS, seed: 6 });
    expect(gameId()).not.toBe(first);
    endWeek();
    expect(storage.getItem(autosaveKey(first))).toBe(firstText);
    const listed = listAutosaves(storage);
    expect(listed.ok && listed.value.map((entry) => entry.gameId).sort()).toEqual(
      [first, gameId()].sort(),
    );
  });

  it('never writes over a game another tab wrote since: this tab plays on as a copy', () => {
    startGame(OPTIONS);
    endWeek();
    const shared = gameId();
    // Another tab plays the same game on a week and autosaves it.
    const theirs = storage.getItem(key())!;
    const other = JSON.parse(theirs) as { meta: { createdAt: string } };
    other.meta.createdAt = '2030-01-01T00:00:00.000Z';
    const written = JSON.stringify(other);
    storage.setItem(autosaveKey(shared), written);
    endWeek();
    expect(storage.getItem(autosaveKey(shared))).toBe(written);
    expect(gameId()).not.toBe(shared);
    expect(store.getState().notice).toMatch(/also being played in another tab.*Both are kept/);
    const mine = readAutosave(storage, gameId());
    expect(mine.ok && mine.value?.weeks).toHaveLength(2);
  });

  it('the single autosave of earlier versions is listed, read and never written', () => {
    startGame(OPTIONS);
    endWeek();
    const text = storage.getItem(key())!;
    storage.items.clear();
    storage.setItem(AUTOSAVE_KEY, text);
    startGame(OPTIONS);
    endWeek();
    expect(storage.getItem(AUTOSAVE_KEY)).toBe(text);
    const listed = listAutosaves(storage);
    expect(listed.ok && listed.value.map((entry) => entry.gameId)).toEqual([
      gameId(),
      EARLIER_AUTOSAVE_ID,
    ]);
    const earlier = readUnfinishedGame(storage, EARLIER_AUTOSAVE_ID);
    expect(earlier.ok && earlier.value?.game.weeks).toHaveLength(1);
  });
});

describe('finished games', () => {
  async function playToTheEnd() {
    startGame(OPTIONS);
    for (let week = 0; week < 16 && !store.getState().session!.state.ending; week++) endWeek();
    expect(store.getState().session!.state.ending).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  it('each is kept as it ends, newest first, and its autosave goes', async () => {
    await playToTheEnd();
    const first = gameId();
    expect(storage.getItem(autosaveKey(first))).toBeNull();
    await playToTheEnd();
    const listed = listSlots(storage, FINISHED_GAMES);
    expect(listed.ok && listed.value.map((slot) => slot.id)).toEqual([
      `slot-${gameId()}`,
      `slot-${first}`,
    ]);
    expect(listed.ok && listed.value[0]!.name).toMatch(/^Seven camps.* — ended in week \d+$/);
    const loaded = loadSlot(
      storage,
      listed.ok ? listed.value[1]! : { id: '', stamp: '' },
      FINISHED_GAMES,
    );
    expect(loaded.ok && loaded.value.game.final.ending).not.toBeNull();
  });

  it('a game opened already ended is not kept again, nor autosaved', async () => {
    await playToTheEnd();
    const { weeks } = store.getState().session!;
    resumeGame(OPTIONS, weeks);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const listed = listSlots(storage, FINISHED_GAMES);
    expect(listed.ok && listed.value).toHaveLength(1);
    expect(storage.getItem(key())).toBeNull();
  });

  it('a note added at the ending updates the kept game in its place', async () => {
    await playToTheEnd();
    const week = store.getState().session!.weeks.length;
    setSessionNotes([{ week, text: 'What went wrong' }]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const listed = listSlots(storage, FINISHED_GAMES);
    expect(listed.ok && listed.value).toHaveLength(1);
    const loaded = loadSlot(
      storage,
      listed.ok ? listed.value[0]! : { id: '', stamp: '' },
      FINISHED_GAMES,
    );
    expect(loaded.ok && loaded.value.save.notes).toEqual([{ week, text: 'What went wrong' }]);
  });

  it(`keeps the newest ${MAX_FINISHED}, and says so when one cannot be kept`, async () => {
    const save = { slotId: '', save: {} };
    storage.setItem(
      FINISHED_KEY,
      JSON.stringify(
        Array.from({ length: MAX_FINISHED }, (_, i) => ({
          ...save,
          slotId: `slot-00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        })),
      ),
    );
    await playToTheEnd();
    const listed = listSlots(storage, FINISHED_GAMES);
    expect(listed.ok && listed.value).toHaveLength(MAX_FINISHED);
    expect(listed.ok && listed.value[0]!.id).toBe(`slot-${gameId()}`);
    storage.full = true;
    await playToTheEnd();
    expect(store.getState().notice).toMatch(
      /^Browser storage is full, so this finished game was not kept\..*export the game as a file/,
    );
  });
});

describe('settings storage', () => {
  it('remembers settings and reads them back', () => {
    const stopSettings = startSettingsStorage(store, storage);
    updateSettings({ textSize: 'larger', patterns: false });
    expect(readSettings(storage)).toEqual({
      language: 'en',
      textSize: 'larger',
      projector: false,
      reducedMotion: false,
      patterns: false,
      sound: DEFAULT_SETTINGS.sound,
    });
    updateSettings({ sound: { musicVolume: 25, effectsVolume: 0, muted: true } });
    expect(readSettings(storage).sound).toEqual({ musicVolume: 25, effectsVolume: 0, muted: true });
    stopSettings();
  });

  it('starts muted when asked (the classroom hook) unless the player chose otherwise', () => {
    expect(readSettings(storage, false, true).sound.muted).toBe(true);
    storage.setItem(SETTINGS_KEY, JSON.stringify({ sound: { muted: false } }));
    expect(readSettings(storage, false, true).sound.muted).toBe(false);
  });

  it('says when settings could not be remembered, and why', () => {
    const stopSettings = startSettingsStorage(store, storage);
    storage.full = true;
    updateSettings({ textSize: 'large' });
    expect(store.getState().settingsProblem).toBe(
      'Browser storage is full, so your settings apply now but will not be remembered next time.',
    );
    expect(store.getState().settings.textSize).toBe('large');
    storage.full = false;
    updateSettings({ textSize: 'normal' });
    expect(store.getState().settingsProblem).toBeNull();
    stopSettings();
  });

  it('starts muted in a remembered projector mode unless the player chose a sound setting', () => {
    storage.setItem(SETTINGS_KEY, JSON.stringify({ projector: true }));
    expect(readSettings(storage)).toMatchObject({ projector: true, sound: { muted: true } });
    storage.setItem(SETTINGS_KEY, JSON.stringify({ projector: true, sound: { muted: false } }));
    expect(readSettings(storage).sound.muted).toBe(false);
    storage.setItem(SETTINGS_KEY, JSON.stringify({ projector: 'yes' }));
    expect(readSettings(storage)).toMatchObject({ projector: false, sound: { muted: false } });
  });

  it('falls back to defaults (and the system motion preference) for junk', () => {
    storage.setItem(SETTINGS_KEY, '<img src=x onerror=alert(1)>');
    expect(readSettings(storage, true)).toEqual({
      language: 'en',
      textSize: 'normal',
      projector: false,
      reducedMotion: true,
      patterns: true,
      sound: DEFAULT_SETTINGS.sound,
    });
    storage.setItem(SETTINGS_KEY, '{"textSize":"huge","reducedMotion":"yes"}');
    expect(readSettings(storage)).toEqual({
      language: 'en',
      textSize: 'normal',
      projector: false,
      reducedMotion: false,
      patterns: true,
      sound: DEFAULT_SETTINGS.sound,
    });
    storage.setItem(SETTINGS_KEY, '{"language":"xx","textSize":"large"}');
    expect(readSettings(storage)).toMatchObject({ language: 'en', textSize: 'large' });
    storage.setItem(SETTINGS_KEY, '{"language":"constructor"}');
    expect(readSettings(storage).language).toBe('en');
    storage.setItem(SETTINGS_KEY, '{"sound":{"musicVolume":101,"effectsVolume":-1,"muted":"no"}}');
    expect(readSettings(storage).sound).toEqual(DEFAULT_SETTINGS.sound);
    storage.setItem(SETTINGS_KEY, '{"sound":{"musicVolume":12.5,"effectsVolume":40}}');
    expect(readSettings(storage).sound).toEqual({ ...DEFAULT_SETTINGS.sound, effectsVolume: 40 });
  });
});

describe('continuing the autosaved game', () => {
  it('offers an unfinished game with its inputs, already replayed', () => {
    startGame(OPTIONS);
    chooseResponse('apex-committee');
    endWeek();
    const session = store.getState().session!;
    const game = readUnfinishedGame(storage, gameId());
    if (!game.ok || !game.value) throw new Error('No unfinished game offered');
    expect(game.value.notes).toEqual([]);
    expect(game.value.branchOf).toBeUndefined();
    expect(game.value.game.options).toEqual(OPTIONS);
    expect(game.value.game.weeks).toEqual([[{ response: 'apex-committee' }]]);
    expect(fingerprint(game.value.game.final)).toBe(fingerprint(session.state));
    expect(game.value.game.reports).toEqual(session.reports);
  });

  it('does not offer a game that has ended', () => {
    startGame(OPTIONS);
    for (let week = 0; week < 16 && !store.getState().session!.state.ending; week++) endWeek();
    expect(store.getState().session!.state.ending).not.toBeNull();
    expect(readUnfinishedGame(storage, gameId())).toEqual({ ok: true, value: null });
  });

  it('explains an autosave whose weeks no longer replay', () => {
    startGame(OPTIONS);
    endWeek();
    const save = JSON.parse(storage.getItem(key())!);
    save.weeks[0].decisions = [{ response: 'strike-taliban-posts', target: 'chitral' }];
    storage.setItem(key(), JSON.stringify(save));
    const game = readUnfinishedGame(storage, gameId());
    expect(game.ok).toBe(false);
    if (!game.ok) expect(game.error).toMatch(/^The autosave could not be restored\. .+/);
  });

  it('refuses an autosave whose weeks were changed but still play, like a slot', () => {
    startGame(OPTIONS);
    chooseResponse('apex-committee');
    endWeek();
    endWeek();
    const save = JSON.parse(storage.getItem(key())!) as {
      weeks: { decisions: unknown[]; fingerprint: string }[];
    };
    save.weeks[0]!.decisions = [];
    const tampered = JSON.stringify(save);
    storage.setItem(key(), tampered);
    expect(readUnfinishedGame(storage, gameId())).toEqual({
      ok: false,
      error:
        'The autosave could not be restored: it has been altered or damaged (week 1 does not replay to the fingerprint recorded for it).',
    });
    expect(storage.getItem(key())).toBe(tampered);
  });
});

describe('a branched game in the autosave', () => {
  it('keeps where it came from', () => {
    resumeGame(OPTIONS, [[{ response: 'apex-committee' }]], {
      name: 'Seven camps, first try',
      week: 1,
    });
    endWeek();
    const game = readUnfinishedGame(storage, gameId());
    expect(game.ok && game.value?.branchOf).toEqual({ name: 'Seven camps, first try', week: 1 });
  });
});

describe('notes in the autosave', () => {
  it('are written as soon as they change, and come back with the game', () => {
    startGame(OPTIONS);
    endWeek();
    const before = storage.getItem(key());
    const notes = [
      { week: 0, text: 'Opening thoughts' },
      { week: 1, text: 'After the first week' },
    ];
    setSessionNotes(notes);
    expect(storage.getItem(key())).not.toBe(before);
    const game = readUnfinishedGame(storage, gameId());
    expect(game.ok && game.value?.notes).toEqual(notes);
    endWeek();
    const later = readAutosave(storage, gameId());
    expect(later.ok && later.value?.notes).toEqual(notes);
    expect(later.ok && later.value?.weeks).toHaveLength(2);
  });

  it('a failed write keeps the last good autosave, with its notes', () => {
    startGame(OPTIONS);
    setSessionNotes([{ week: 0, text: 'kept' }]);
    const kept = storage.getItem(key());
    storage.full = true;
    setSessionNotes([{ week: 0, text: 'not written' }]);
    expect(storage.getItem(key())).toBe(kept);
    expect(store.getState().notice).toMatch(/storage is full/);
  });
});
