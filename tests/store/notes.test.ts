// Notes in the store: a replay of the running game gives its notes back to the game (so the
// autosave and every later save carry them); a replay of a slot keeps them in the replay only
// (the slot is written by the caller); a branch keeps the notes of the weeks it shares.
import { beforeEach, describe, expect, it } from 'vitest';
import { makeSave } from '../../src/persistence/save-format';
import {
  branchFromReplay,
  chooseResponse,
  closeReplay,
  endWeek,
  openCurrentReplay,
  openReplay,
  selectReplayWeek,
  setReplayNotes,
  setSessionNotes,
  startGame,
} from '../../src/store/actions';
import { initialState, store } from '../../src/store/game-store';
import { shownReplay } from '../../src/store/selectors';

const KARACHI = { scenario: 'karachi', seed: 11, difficulty: 'normal' } as const;
const NOTES = [
  { week: 0, text: 'before it starts' },
  { week: 1, text: 'after week one' },
  { week: 3, text: 'after week three' },
];

function playWeeks(count: number): void {
  startGame(KARACHI);
  chooseResponse('apex-committee');
  for (let week = 0; week < count; week++) endWeek();
}

beforeEach(() => {
  store.setState(initialState(), true);
});

describe('notes in the store', () => {
  it('a new game has none; the game keeps the notes it is given', () => {
    playWeeks(1);
    expect(store.getState().session!.notes).toEqual([]);
    setSessionNotes(NOTES.slice(0, 2));
    endWeek();
    expect(store.getState().session!.notes).toEqual(NOTES.slice(0, 2));
  });

  it('a replay of the running game shows its notes and gives edits back to the game', () => {
    playWeeks(3);
    setSessionNotes(NOTES.slice(0, 2));
    expect(openCurrentReplay('This game').ok).toBe(true);
    const replay = shownReplay(store.getState())!;
    expect(replay.notes).toEqual(NOTES.slice(0, 2));
    expect(replay.notesHome).toEqual({ kind: 'game' });
    const weeks = store.getState().session!.weeks;
    setReplayNotes(NOTES);
    expect(shownReplay(store.getState())!.notes).toEqual(NOTES);
    expect(store.getState().session!.notes).toEqual(NOTES);
    expect(store.getState().session!.weeks).toBe(weeks);
    closeReplay();
    expect(store.getState().screen.kind).toBe('game');
    expect(store.getState().session!.notes).toEqual(NOTES);
  });

  it("a replay of a slot keeps its notes to itself and leaves the running game's alone", () => {
    playWeeks(1);
    setSessionNotes([{ week: 1, text: 'mine' }]);
    const session = store.getState().session!;
    const save = makeSave(session.options, session.weeks, { name: 'slot' }, NOTES.slice(0, 2));
    if (!save.ok) throw new Error(save.error);
    expect(
      openReplay({
        name: 'slot',
        options: KARACHI,
        weeks: session.weeks,
        fingerprints: save.value.weeks.map((w) => w.fingerprint),
        notes: save.value.notes,
        notesHome: { kind: 'slot', id: 'slot-00000000-0000-0000-0000-000000000002' },
      }).ok,
    ).toBe(true);
    expect(shownReplay(store.getState())!.notesHome).toEqual({
      kind: 'slot',
      id: 'slot-00000000-0000-0000-0000-000000000002',
    });
    setReplayNotes([]);
    expect(shownReplay(store.getState())!.notes).toEqual([]);
    expect(store.getState().session!.notes).toEqual([{ week: 1, text: 'mine' }]);
  });

  it('a branch keeps the notes of the weeks it shares, and only those', () => {
    playWeeks(4);
    setSessionNotes(NOTES);
    openCurrentReplay('Original');
    selectReplayWeek(2);
    expect(branchFromReplay().ok).toBe(true);
    const branch = store.getState().session!;
    expect(branch.weeks).toHaveLength(2);
    expect(branch.notes).toEqual(NOTES.slice(0, 2));
  });
});
