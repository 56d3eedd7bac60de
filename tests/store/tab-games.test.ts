// Each tab its own game, through the saves service with a memory storage and a Web Locks stand-in
// that another tab's locks can be held on: a game another tab plays is said so and continued only
// as a copy; a game left for another is kept and said so; a link mid-play is offered, not opened
// over the game; shared lists change only while no other tab holds their lock.
import { beforeEach, afterEach, describe, expect, it } from 'vitest';
import { encodeLesson } from '../../src/classroom/lesson-code';
import { autosaveKey, startAutosave } from '../../src/persistence/autosave';
import { makeSave, serialiseSave } from '../../src/persistence/save-format';
import { webTabLocks, type LockManagerLike } from '../../src/persistence/tab-locks';
import {
  checkListedSave,
  continueUnfinishedGame,
  deleteUnfinishedGame,
  endWeek,
  gameLeftInMemory,
  listSaveSlots,
  listStoredGames,
  listUnfinishedGames,
  loadSaveSlot,
  quitToTitle,
  offerShareLink,
  provideStorage,
  saveGameToNewSlot,
  shareGameLink,
  startGame,
  startLesson,
  startTabGame,
  updateClassroomDraft,
} from '../../src/store/actions';
import { initialState, store } from '../../src/store/game-store';
import { MemoryStorage } from '../persistence/memory-storage';

/** Locks as navigator.locks grants them: one holder per name, the rest wait their turn. */
class StandInLocks implements LockManagerLike {
  private readonly held = new Set<string>();
  private readonly tails = new Map<string, Promise<unknown>>();
  request(
    name: string,
    options: { ifAvailable?: boolean },
    callback: (lock: unknown) => unknown,
  ): Promise<unknown> {
    if (options.ifAvailable && this.held.has(name)) return Promise.resolve(callback(null));
    const run = (this.tails.get(name) ?? Promise.resolve()).then(async () => {
      this.held.add(name);
      try {
        return await callback({ name });
      } finally {
        this.held.delete(name);
      }
    });
    this.tails.set(
      name,
      run.catch(() => undefined),
    );
    return run;
  }
  query() {
    return Promise.resolve({ held: [...this.held].map((name) => ({ name })) });
  }
  /** Another tab takes `name` and keeps it until the returned function is called. */
  holdElsewhere(name: string): () => void {
    let release = () => undefined as void;
    void this.request(name, {}, () => new Promise<void>((resolve) => (release = resolve)));
    return () => release();
  }
}

const KARACHI = { scenario: 'karachi', seed: 4, difficulty: 'normal' } as const;
const OTHER_GAME = '11111111-2222-4333-8444-555555555555';

let storage: MemoryStorage;
let tab: MemoryStorage;
let locks: StandInLocks;
let stops: (() => void)[] = [];

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function unfinished() {
  const listed = await listUnfinishedGames();
  if (!listed.ok) throw new Error(listed.error);
  return listed.value;
}

function slotNames(): string[] {
  const slots = listSaveSlots();
  return slots.ok ? slots.value.map((slot) => slot.name) : [];
}

function autosaveOf(weeks: number): string {
  const made = makeSave(
    KARACHI,
    Array.from({ length: weeks }, () => []),
    { name: 'Autosave' },
  );
  if (!made.ok) throw new Error(made.error);
  return serialiseSave(made.value);
}

beforeEach(() => {
  store.setState(initialState(), true);
  storage = new MemoryStorage();
  tab = new MemoryStorage();
  locks = new StandInLocks();
  provideStorage(storage, { tabStorage: tab, locks: webTabLocks(locks) });
  stops = [startAutosave(store, storage, webTabLocks(locks)), startTabGame()];
});

afterEach(() => {
  for (const stop of stops) stop();
});

describe('a game another tab plays', () => {
  it('is listed as open there, and continuing it here plays a copy, leaving it untouched', async () => {
    const theirs = autosaveOf(2);
    storage.setItem(autosaveKey(OTHER_GAME), theirs);
    locks.holdElsewhere(`frontier-crisis/game/${OTHER_GAME}`);
    await settle();
    const listed = await listUnfinishedGames();
    expect(listed.ok && listed.value).toMatchObject([{ gameId: OTHER_GAME, openElsewhere: true }]);
    const continued = await continueUnfinishedGame(OTHER_GAME);
    expect(continued).toEqual({ ok: true, value: null });
    expect(store.getState().notice).toBe(
      'This game is open in another tab, so a copy of it continues here. The other tab keeps its own.',
    );
    const copy = store.getState().session!;
    expect(copy.gameId).not.toBe(OTHER_GAME);
    expect(copy.weeks).toHaveLength(2);
    endWeek();
    expect(storage.getItem(autosaveKey(OTHER_GAME))).toBe(theirs);
    expect(storage.getItem(autosaveKey(copy.gameId))).not.toBeNull();
  });

  it('is not deleted from here', async () => {
    storage.setItem(autosaveKey(OTHER_GAME), autosaveOf(1));
    locks.holdElsewhere(`frontier-crisis/game/${OTHER_GAME}`);
    await settle();
    const [entry] = await unfinished();
    expect(await deleteUnfinishedGame(entry!)).toEqual({
      ok: false,
      error: 'That game is open in another tab, so it was not deleted. Close it there first.',
    });
    expect(storage.getItem(autosaveKey(OTHER_GAME))).not.toBeNull();
  });
});

describe("this tab's game after a reload", () => {
  it('is offered as itself once the page it replaced lets go of it', async () => {
    storage.setItem(autosaveKey(OTHER_GAME), autosaveOf(2));
    tab.setItem('frontier-crisis/tab-game', OTHER_GAME);
    const release = locks.holdElsewhere(`frontier-crisis/game/${OTHER_GAME}`);
    await settle();
    setTimeout(release, 300);
    expect(await unfinished()).toMatchObject([
      { gameId: OTHER_GAME, openElsewhere: false, thisTab: true },
    ]);
    expect(await continueUnfinishedGame(OTHER_GAME)).toEqual({ ok: true, value: null });
    expect(store.getState().session!.gameId).toBe(OTHER_GAME);
  });

  it('is said to be open in another tab when one still plays it (a duplicated tab)', async () => {
    storage.setItem(autosaveKey(OTHER_GAME), autosaveOf(2));
    tab.setItem('frontier-crisis/tab-game', OTHER_GAME);
    locks.holdElsewhere(`frontier-crisis/game/${OTHER_GAME}`);
    await settle();
    expect(await unfinished()).toMatchObject([
      { gameId: OTHER_GAME, openElsewhere: true, thisTab: true },
    ]);
  });
});

describe('a game no other tab plays', () => {
  it('is continued as itself, and this tab then holds it', async () => {
    storage.setItem(autosaveKey(OTHER_GAME), autosaveOf(3));
    expect(await continueUnfinishedGame(OTHER_GAME)).toEqual({ ok: true, value: null });
    expect(store.getState().session!.gameId).toBe(OTHER_GAME);
    expect(tab.getItem('frontier-crisis/tab-game')).toBe(OTHER_GAME);
    await settle();
    const held = await locks.query();
    expect(held.held.map((lock) => lock.name)).toContain(`frontier-crisis/game/${OTHER_GAME}`);
    const listed = await listUnfinishedGames();
    expect(listed.ok && listed.value).toMatchObject([
      { gameId: OTHER_GAME, openElsewhere: false, thisTab: true },
    ]);
  });

  it('is deleted when the list showed it as it still is, and not after it was played on', async () => {
    storage.setItem(autosaveKey(OTHER_GAME), autosaveOf(1));
    const listed = await listUnfinishedGames();
    const entry = listed.ok ? listed.value[0]! : null;
    storage.setItem(autosaveKey(OTHER_GAME), autosaveOf(2));
    expect(await deleteUnfinishedGame(entry!)).toMatchObject({ ok: false });
    const again = await listUnfinishedGames();
    expect(await deleteUnfinishedGame(again.ok ? again.value[0]! : entry!)).toEqual({
      ok: true,
      value: null,
    });
    expect(storage.getItem(autosaveKey(OTHER_GAME))).toBeNull();
  });
});

describe('a game left for another', () => {
  it('is kept, and the player is told where', () => {
    startGame(KARACHI);
    endWeek();
    const left = store.getState().session!.gameId;
    startGame({ ...KARACHI, seed: 5 });
    expect(store.getState().notice).toBe(
      'Your game “Karachi aftermath, week 2 of 12” is kept: continue it from Saves, under Unfinished games.',
    );
    expect(storage.getItem(autosaveKey(left))).not.toBeNull();
  });

  it('with nothing played in it (no week, no note) is let go', () => {
    startGame(KARACHI);
    const left = store.getState().session!.gameId;
    expect(storage.getItem(autosaveKey(left))).not.toBeNull();
    startGame({ ...KARACHI, seed: 5 });
    expect(storage.getItem(autosaveKey(left))).toBeNull();
    expect(store.getState().notice).toBeNull();
  });

  it('a link arriving mid-play is offered, and opened only when chosen', () => {
    startGame(KARACHI);
    endWeek();
    const link = shareGameLink('Shared game');
    if (!link.ok) throw new Error(link.error);
    startGame({ ...KARACHI, seed: 6 });
    endWeek();
    endWeek();
    const playing = store.getState().session!;
    expect(offerShareLink(link.value)).toEqual({ ok: true, value: null });
    expect(store.getState().session).toBe(playing);
    const offer = store.getState().linkOffer;
    expect(offer).toMatchObject({ name: 'Shared game', scenario: 'karachi', weeksPlayed: 1 });
    offer!.open();
    expect(store.getState().linkOffer).toBeNull();
    expect(store.getState().session!.weeks).toHaveLength(1);
    expect(store.getState().notice).toMatch(/^Your game “Karachi aftermath, week 3 of 12” is kept/);
    expect(storage.getItem(autosaveKey(playing.gameId))).not.toBeNull();
  });
});

describe('the saved games list', () => {
  it('changes only while no other tab holds its lock', async () => {
    startGame(KARACHI);
    const release = locks.holdElsewhere('frontier-crisis/saved-games');
    await settle();
    const saving = saveGameToNewSlot('Waits its turn');
    await settle();
    expect(listSaveSlots()).toEqual({ ok: true, value: [] });
    release();
    expect((await saving).ok).toBe(true);
    expect(slotNames()).toEqual(['Waits its turn']);
  });
});

describe('a classroom game', () => {
  const LESSON_CODE = encodeLesson({
    scenario: 'doha-truce',
    seed: 31,
    difficulty: 'normal',
    length: 'class',
    predictionsRequired: true,
    adviceAllowed: true,
  });
  const playWeek = (week: number) => {
    updateClassroomDraft({
      justification: `why week ${week}`,
      prediction: { id: 'attack-foiled', confidence: 70 },
    });
    expect(endWeek()).toEqual({ ok: true, value: null });
  };

  it('keeps its record when a link takes its place and it is continued again', async () => {
    startGame(KARACHI);
    endWeek();
    const link = shareGameLink('Shared game');
    if (!link.ok) throw new Error(link.error);
    expect(startLesson(LESSON_CODE, 'Amina').ok).toBe(true);
    playWeek(1);
    playWeek(2);
    const lesson = store.getState().session!;
    expect(offerShareLink(link.value)).toEqual({ ok: true, value: null });
    store.getState().linkOffer!.open();
    expect(store.getState().session!.gameId).not.toBe(lesson.gameId);
    expect(await continueUnfinishedGame(lesson.gameId)).toEqual({ ok: true, value: null });
    const continued = store.getState().session!;
    expect(continued.gameId).toBe(lesson.gameId);
    expect(continued.classroom).toEqual(lesson.classroom);
    expect(continued.classroom!.student).toBe('Amina');
    expect(continued.classroom!.weeks.map((w) => w.justification)).toEqual([
      'why week 1',
      'why week 2',
    ]);
  });

  it('reaching its ending is kept among the finished games with its record', async () => {
    expect(startLesson(LESSON_CODE, 'Amina').ok).toBe(true);
    for (let week = 1; !store.getState().session!.state.ending; week++) playWeek(week);
    const ended = store.getState().session!;
    await settle();
    const { finished } = listStoredGames();
    if (!finished.ok) throw new Error(finished.error);
    expect(finished.value).toHaveLength(1);
    const kept = checkListedSave(finished.value[0]!);
    if (!kept.ok) throw new Error(kept.error);
    expect(kept.value.save.classroom).toEqual(ended.classroom);
    expect(kept.value.save.classroom!.weeks).toHaveLength(ended.weeks.length);
  });
});

describe('a game whose autosave failed', () => {
  /** A game in play with two weeks, the second of which storage was too full to autosave. */
  function unkeptGame() {
    startGame(KARACHI);
    endWeek();
    storage.full = true;
    endWeek();
    const state = store.getState();
    expect(state.autosaveProblem).toMatch(/^Browser storage is full/);
    return state.session!;
  }

  it('is not replaced by a new game unasked; kept when the player says so, replaced when they choose', () => {
    const playing = unkeptGame();
    startGame({ ...KARACHI, seed: 5 });
    const asked = store.getState().dialog;
    expect(asked?.kind).toBe('replace-unsaved');
    expect(store.getState().session).toBe(playing);
    if (asked?.kind !== 'replace-unsaved') throw new Error('not asked');
    asked.keep();
    expect(store.getState().dialog).toBeNull();
    expect(store.getState().session).toBe(playing);

    startGame({ ...KARACHI, seed: 5 });
    const again = store.getState().dialog;
    if (again?.kind !== 'replace-unsaved') throw new Error('not asked again');
    again.open();
    expect(store.getState().dialog).toBeNull();
    expect(store.getState().session!.options.seed).toBe(5);
  });

  it('is asked about before a link or a slot opens over it', async () => {
    const link = (() => {
      startGame(KARACHI);
      endWeek();
      return shareGameLink('Shared');
    })();
    if (!link.ok) throw new Error(link.error);
    expect((await saveGameToNewSlot('Kept')).ok).toBe(true);
    const playing = unkeptGame();
    expect(offerShareLink(link.value).ok).toBe(true);
    store.getState().linkOffer!.open();
    expect(store.getState().dialog?.kind).toBe('replace-unsaved');
    expect(store.getState().session).toBe(playing);
    store.setState({ dialog: null });
    const slots = listSaveSlots();
    if (!slots.ok) throw new Error(slots.error);
    expect(loadSaveSlot(slots.value[0]!).ok).toBe(true);
    expect(store.getState().dialog?.kind).toBe('replace-unsaved');
    expect(store.getState().session).toBe(playing);
  });

  it('a lesson joined over it gets its record only once the player chooses to open it', () => {
    const playing = unkeptGame();
    const code = encodeLesson({
      scenario: 'doha-truce',
      seed: 31,
      difficulty: 'normal',
      length: 'class',
      predictionsRequired: false,
      adviceAllowed: true,
    });
    expect(startLesson(code, 'Amina').ok).toBe(true);
    expect(store.getState().session).toBe(playing);
    expect(playing.classroom).toBeUndefined();
    const asked = store.getState().dialog;
    if (asked?.kind !== 'replace-unsaved') throw new Error('not asked');
    asked.open();
    const lesson = store.getState().session!;
    expect(lesson.options.scenario).toBe('doha-truce');
    expect(lesson.classroom).toMatchObject({ lessonCode: code, student: 'Amina' });
  });

  it('an unfinished game the player then declines to continue is let go again (no lock kept)', async () => {
    storage.setItem(autosaveKey(OTHER_GAME), autosaveOf(2));
    unkeptGame();
    expect(await continueUnfinishedGame(OTHER_GAME)).toEqual({ ok: true, value: null });
    const asked = store.getState().dialog;
    if (asked?.kind !== 'replace-unsaved') throw new Error('not asked');
    asked.keep();
    await settle();
    const held = await locks.query();
    expect(held.held.map((lock) => lock.name)).not.toContain(`frontier-crisis/game/${OTHER_GAME}`);
  });

  it('continued from the title, goes on as it is in play (newer than its autosave), unasked', async () => {
    const playing = unkeptGame();
    quitToTitle();
    expect(await continueUnfinishedGame(playing.gameId)).toEqual({ ok: true, value: null });
    expect(store.getState().dialog).toBeNull();
    expect(store.getState().screen.kind).toBe('game');
    expect(store.getState().session).toBe(playing);
  });

  it('refused from its very first autosave, is still offered at the title, saying it is not stored', async () => {
    storage.refused = true;
    startGame(KARACHI);
    endWeek();
    const playing = store.getState().session!;
    quitToTitle();
    expect(await unfinished()).toEqual([]);
    const left = gameLeftInMemory([]);
    expect(left).toEqual({
      gameId: playing.gameId,
      label: 'Karachi aftermath, week 2 of 12',
      notStored: store.getState().autosaveProblem,
    });
    expect(left?.notStored).toMatch(/refused to store anything.*This game has no autosave/);
    expect(await continueUnfinishedGame(left!.gameId)).toEqual({ ok: true, value: null });
    expect(store.getState().screen.kind).toBe('game');
    expect(store.getState().session).toBe(playing);
  });

  it('kept in full by its autosave, is offered with nothing to warn of; once ended, not at all', async () => {
    startGame(KARACHI);
    endWeek();
    quitToTitle();
    const listed = await unfinished();
    expect(gameLeftInMemory(listed)).toMatchObject({ notStored: null });
    expect(gameLeftInMemory([])?.notStored).toMatch(/not stored in this browser/);
    while (!store.getState().session!.state.ending) endWeek();
    quitToTitle();
    expect(gameLeftInMemory(listed)).toBeNull();
  });
});
