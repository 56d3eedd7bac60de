import { beforeEach, describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/engine';
import {
  AUTOSAVE_KEY,
  readAutosave,
  readUnfinishedGame,
  startAutosave,
} from '../../src/persistence/autosave';
import {
  SETTINGS_KEY,
  readSettings,
  startSettingsStorage,
} from '../../src/persistence/settings-storage';
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

describe('autosave', () => {
  it('saves at the start of a game and after each week', () => {
    startGame(OPTIONS);
    expect(readAutosave(storage)).toMatchObject({ ok: true, value: { weeks: [] } });
    chooseResponse('apex-committee');
    endWeek();
    const saved = readAutosave(storage);
    expect(saved.ok && saved.value?.weeks.map((w) => w.decisions)).toEqual([
      [{ response: 'apex-committee' }],
    ]);
    expect(saved.ok && saved.value?.game).toEqual(OPTIONS);
  });

  it('has nothing to restore in an empty browser', () => {
    expect(readAutosave(storage)).toEqual({ ok: true, value: null });
  });

  it('keeps the last good autosave and says so at every failed write, naming the weeks', () => {
    startGame(OPTIONS);
    endWeek();
    const good = storage.getItem(AUTOSAVE_KEY);
    storage.full = true;
    endWeek();
    expect(storage.getItem(AUTOSAVE_KEY)).toBe(good);
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
    storage.setItem(AUTOSAVE_KEY, '{"format":"frontier-crisis-save","version":1,');
    const result = readAutosave(storage);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/could not be restored.*not valid JSON/);
    expect(storage.getItem(AUTOSAVE_KEY)).not.toBeNull();
  });
});

describe('settings storage', () => {
  it('remembers settings and reads them back', () => {
    const stopSettings = startSettingsStorage(store, storage);
    updateSettings({ textSize: 'larger', patterns: false });
    expect(readSettings(storage)).toEqual({
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
      textSize: 'normal',
      projector: false,
      reducedMotion: true,
      patterns: true,
      sound: DEFAULT_SETTINGS.sound,
    });
    storage.setItem(SETTINGS_KEY, '{"textSize":"huge","reducedMotion":"yes"}');
    expect(readSettings(storage)).toEqual({
      textSize: 'normal',
      projector: false,
      reducedMotion: false,
      patterns: true,
      sound: DEFAULT_SETTINGS.sound,
    });
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
    const game = readUnfinishedGame(storage);
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
    expect(readUnfinishedGame(storage)).toEqual({ ok: true, value: null });
  });

  it('explains an autosave whose weeks no longer replay', () => {
    startGame(OPTIONS);
    endWeek();
    const save = JSON.parse(storage.getItem(AUTOSAVE_KEY)!);
    save.weeks[0].decisions = [{ response: 'strike-taliban-posts', target: 'chitral' }];
    storage.setItem(AUTOSAVE_KEY, JSON.stringify(save));
    const game = readUnfinishedGame(storage);
    expect(game.ok).toBe(false);
    if (!game.ok) expect(game.error).toMatch(/^The autosave could not be restored\. .+/);
  });

  it('refuses an autosave whose weeks were changed but still play, like a slot', () => {
    startGame(OPTIONS);
    chooseResponse('apex-committee');
    endWeek();
    endWeek();
    const save = JSON.parse(storage.getItem(AUTOSAVE_KEY)!) as {
      weeks: { decisions: unknown[]; fingerprint: string }[];
    };
    save.weeks[0]!.decisions = [];
    const tampered = JSON.stringify(save);
    storage.setItem(AUTOSAVE_KEY, tampered);
    expect(readUnfinishedGame(storage)).toEqual({
      ok: false,
      error:
        'The autosave could not be restored: it has been altered or damaged (week 1 does not replay to the fingerprint recorded for it).',
    });
    expect(storage.getItem(AUTOSAVE_KEY)).toBe(tampered);
  });
});

describe('a branched game in the autosave', () => {
  it('keeps where it came from', () => {
    resumeGame(OPTIONS, [[{ response: 'apex-committee' }]], {
      name: 'Seven camps, first try',
      week: 1,
    });
    endWeek();
    const game = readUnfinishedGame(storage);
    expect(game.ok && game.value?.branchOf).toEqual({ name: 'Seven camps, first try', week: 1 });
  });
});

describe('notes in the autosave', () => {
  it('are written as soon as they change, and come back with the game', () => {
    startGame(OPTIONS);
    endWeek();
    const before = storage.getItem(AUTOSAVE_KEY);
    const notes = [
      { week: 0, text: 'Opening thoughts' },
      { week: 1, text: 'After the first week' },
    ];
    setSessionNotes(notes);
    expect(storage.getItem(AUTOSAVE_KEY)).not.toBe(before);
    const game = readUnfinishedGame(storage);
    expect(game.ok && game.value?.notes).toEqual(notes);
    endWeek();
    const later = readAutosave(storage);
    expect(later.ok && later.value?.notes).toEqual(notes);
    expect(later.ok && later.value?.weeks).toHaveLength(2);
  });

  it('a failed write keeps the last good autosave, with its notes', () => {
    startGame(OPTIONS);
    setSessionNotes([{ week: 0, text: 'kept' }]);
    const kept = storage.getItem(AUTOSAVE_KEY);
    storage.full = true;
    setSessionNotes([{ week: 0, text: 'not written' }]);
    expect(storage.getItem(AUTOSAVE_KEY)).toBe(kept);
    expect(store.getState().notice).toMatch(/storage is full/);
  });
});
