// The class vote in the store: options listed from the week's choices, hands counted, one
// committed; its choices become the week's and the vote is kept in the week's classroom entry,
// the save and the replay — in a lesson game and in a game started without one.
import { beforeEach, describe, expect, it } from 'vitest';
import { encodeLesson } from '../../src/classroom/lesson-code';
import { parseCheckedSave } from '../../src/persistence/save-format';
import {
  addVoteOption,
  cancelClassVote,
  chooseResponse,
  commitClassVote,
  endWeek,
  exportGame,
  openClassVote,
  openCurrentReplay,
  removeVoteOption,
  setVoteHands,
  startGame,
  startLesson,
} from '../../src/store/actions';
import { initialState, store } from '../../src/store/game-store';
import { shownClassVote, shownReplay } from '../../src/store/selectors';

beforeEach(() => {
  store.setState(initialState(), true);
});

/** Lists two options: apex committee alone, then police capacity in Bannu. */
function listTwoOptions(): void {
  openClassVote();
  chooseResponse('apex-committee');
  expect(addVoteOption()).toEqual({ ok: true, value: null });
  expect(store.getState().pending).toEqual([]);
  chooseResponse('police-capacity', 'bannu');
  expect(addVoteOption()).toEqual({ ok: true, value: null });
}

describe('the class vote', () => {
  it('records the hands and commits the chosen option as the week’s decisions', () => {
    startGame({ scenario: 'karachi', seed: 5, difficulty: 'normal' });
    listTwoOptions();
    // The same set of choices cannot be listed twice; fewer than two options cannot be committed.
    chooseResponse('apex-committee');
    expect(addVoteOption().ok).toBe(false);
    setVoteHands(0, 11);
    setVoteHands(1, 17);
    setVoteHands(1, 5000);
    expect(shownClassVote(store.getState())!.options.map((o) => o.hands)).toEqual([11, 1000]);
    setVoteHands(1, 17);
    const vote = commitClassVote(1);
    expect(vote.ok).toBe(true);
    expect(store.getState().pending).toEqual([{ response: 'police-capacity', target: 'bannu' }]);
    expect(shownClassVote(store.getState())).toBeNull();
    expect(endWeek().ok).toBe(true);

    const session = store.getState().session!;
    expect(session.weeks[0]).toEqual([{ response: 'police-capacity', target: 'bannu' }]);
    expect(session.classroom).toEqual({
      weeks: [
        {
          week: 1,
          vote: {
            options: [
              { decisions: [{ response: 'apex-committee' }], hands: 11 },
              { decisions: [{ response: 'police-capacity', target: 'bannu' }], hands: 17 },
            ],
            chosen: 1,
          },
        },
      ],
    });
    // The save and its replay keep the vote.
    const file = exportGame('Class');
    if (!file.ok) throw new Error(file.error);
    const checked = parseCheckedSave(file.value.text);
    if (!checked.ok) throw new Error(checked.error);
    expect(checked.value.save.classroom?.weeks[0]?.vote?.chosen).toBe(1);
    expect(openCurrentReplay('Class').ok).toBe(true);
    expect(shownReplay(store.getState())?.classroom?.weeks[0]?.vote?.options[0]?.hands).toBe(11);
  });

  it('keeps a lesson’s record and code, and needs two options', () => {
    const code = encodeLesson({
      scenario: 'karachi',
      seed: 99,
      difficulty: 'normal',
      length: 'full',
      predictionsRequired: false,
      adviceAllowed: true,
    });
    expect(startLesson(code, 'Sana').ok).toBe(true);
    openClassVote();
    chooseResponse('apex-committee');
    addVoteOption();
    expect(commitClassVote(0)).toEqual({
      ok: false,
      error: 'List at least two options before the class votes.',
    });
    chooseResponse('police-capacity', 'bannu');
    addVoteOption();
    removeVoteOption(0);
    expect(shownClassVote(store.getState())!.options).toHaveLength(1);
    addVoteOption(); // an empty option: "no action this week"
    expect(commitClassVote(1).ok).toBe(true);
    expect(store.getState().pending).toEqual([]);
    expect(endWeek().ok).toBe(true);
    const record = store.getState().session!.classroom!;
    expect(record.lessonCode).toBe(code);
    expect(record.student).toBe('Sana');
    expect(record.weeks[0]!.vote!.chosen).toBe(1);
  });

  it('belongs to its week: a vote left open is gone after the week or a new game', () => {
    startGame({ scenario: 'karachi', seed: 5, difficulty: 'normal' });
    openClassVote();
    chooseResponse('apex-committee');
    addVoteOption();
    expect(endWeek().ok).toBe(true);
    expect(shownClassVote(store.getState())).toBeNull();
    openClassVote();
    cancelClassVote();
    expect(store.getState().classVote).toBeNull();
    openClassVote();
    startGame({ scenario: 'karachi', seed: 6, difficulty: 'normal' });
    expect(store.getState().classVote).toBeNull();
    // No vote was committed, so the game has no classroom record.
    expect(store.getState().session!.classroom).toBeUndefined();
  });
});
