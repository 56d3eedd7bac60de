// Classroom games in the store: a class code starts the lesson's game with its record; a lesson
// that requires predictions refuses to end a week without a justification and a prediction; each
// week's entry joins the record; the autosave, a save file and a branch all carry it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeLesson, type Lesson } from '../../src/classroom/lesson-code';
import { autosaveKey, startAutosave } from '../../src/persistence/autosave';
import { parseCheckedSave } from '../../src/persistence/save-format';
import {
  branchFromReplay,
  endWeek,
  exportGame,
  openCurrentReplay,
  provideStorage,
  readResumableGame,
  selectReplayWeek,
  startLesson,
  updateClassroomDraft,
} from '../../src/store/actions';
import { initialState, store } from '../../src/store/game-store';
import { MemoryStorage } from '../persistence/memory-storage';

const LESSON: Lesson = {
  scenario: 'doha-truce',
  seed: 777,
  difficulty: 'easy',
  length: 'class',
  predictionsRequired: true,
  adviceAllowed: false,
};
const CODE = encodeLesson(LESSON);

let storage: MemoryStorage;
let stop: () => void = () => {};

beforeEach(() => {
  store.setState(initialState(), true);
  storage = new MemoryStorage();
  provideStorage(storage);
});
afterEach(() => {
  stop();
  provideStorage(null);
});

function predictAndEnd(week: number): void {
  updateClassroomDraft({
    justification: `  reason for week ${week}  `,
    prediction: { id: 'attack-foiled', confidence: 60 + week },
  });
  expect(endWeek()).toEqual({ ok: true, value: null });
}

describe('a lesson in the store', () => {
  it('a typed code starts the lesson game, short, with the code and display name', () => {
    const started = startLesson(CODE.toLowerCase().replace(/-/g, ' '), '  Bilal  ');
    expect(started).toEqual({ ok: true, value: LESSON });
    const session = store.getState().session!;
    expect(session.options).toEqual({
      scenario: 'doha-truce',
      seed: 777,
      difficulty: 'easy',
      length: 'class',
    });
    expect(session.state.maxWeeks).toBe(8);
    expect(session.classroom).toEqual({ lessonCode: CODE, student: 'Bilal', weeks: [] });
  });

  it('a mistyped code starts nothing and says why', () => {
    const typo = `${CODE.slice(0, -1)}${CODE.endsWith('0') ? '1' : '0'}`;
    const started = startLesson(typo);
    expect(started.ok).toBe(false);
    if (!started.ok) expect(started.error).toMatch(/typing mistake/);
    expect(store.getState().session).toBeNull();
  });

  it('a required prediction holds the week until both are given', () => {
    startLesson(CODE);
    expect(endWeek()).toEqual({
      ok: false,
      error:
        'This lesson asks for a one-line justification and a prediction before the week can end.',
    });
    updateClassroomDraft({ justification: 'Hold the truce.' });
    expect(endWeek().ok).toBe(false);
    expect(store.getState().notice).toMatch(/asks for a prediction/);
    expect(store.getState().session!.weeks).toHaveLength(0);
    updateClassroomDraft({ prediction: { id: 'ladder-down', confidence: 80 } });
    expect(endWeek().ok).toBe(true);
    const session = store.getState().session!;
    expect(session.weeks).toHaveLength(1);
    expect(session.classroom!.weeks).toEqual([
      {
        week: 1,
        justification: 'Hold the truce.',
        prediction: { id: 'ladder-down', confidence: 80 },
      },
    ]);
    expect(store.getState().classroomDraft).toEqual({});
  });

  it('an optional lesson lets a week end with nothing, and keeps what is given', () => {
    startLesson(encodeLesson({ ...LESSON, predictionsRequired: false }));
    expect(endWeek().ok).toBe(true);
    updateClassroomDraft({ justification: 'Only a reason.' });
    expect(endWeek().ok).toBe(true);
    expect(store.getState().session!.classroom!.weeks).toEqual([
      { week: 2, justification: 'Only a reason.' },
    ]);
  });

  it('the autosave and an exported file carry the record; a branch keeps the weeks it shares', () => {
    stop = startAutosave(store, storage);
    startLesson(CODE, 'Sana');
    for (let week = 1; week <= 3; week++) predictAndEnd(week);
    const gameId = store.getState().session!.gameId;
    const autosaved = parseCheckedSave(storage.getItem(autosaveKey(gameId))!);
    if (!autosaved.ok) throw new Error(autosaved.error);
    expect(autosaved.value.save.classroom!.weeks.map((w) => w.justification)).toEqual([
      'reason for week 1',
      'reason for week 2',
      'reason for week 3',
    ]);
    const resumable = readResumableGame(gameId);
    if (!resumable.ok || !resumable.value) throw new Error('no resumable game');
    expect(resumable.value.classroom).toEqual(store.getState().session!.classroom);

    const file = exportGame('Sana, doha');
    if (!file.ok) throw new Error(file.error);
    const read = parseCheckedSave(file.value.text);
    if (!read.ok) throw new Error(read.error);
    expect(read.value.save.classroom).toEqual(store.getState().session!.classroom);

    expect(openCurrentReplay('This game').ok).toBe(true);
    selectReplayWeek(2);
    expect(branchFromReplay().ok).toBe(true);
    const branch = store.getState().session!;
    expect(branch.weeks).toHaveLength(2);
    expect(branch.classroom!.weeks.map((w) => w.week)).toEqual([1, 2]);
    expect(branch.classroom!.lessonCode).toBe(CODE);
  });
});
