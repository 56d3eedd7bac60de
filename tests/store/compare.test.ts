// The compare screen's store slice: opened from the title, the game or the replay viewer, its two
// games set, and closed back to where the player came from with the game and replay as they were.
import { beforeEach, describe, expect, it } from 'vitest';
import { replay } from '../../src/engine';
import {
  branchFromReplay,
  closeCompare,
  endWeek,
  openCompare,
  openCurrentReplay,
  playReplay,
  quitToTitle,
  selectReplayWeek,
  setCompareGame,
  startGame,
} from '../../src/store/actions';
import { initialState, store, type CompareGame } from '../../src/store/game-store';
import { shownReplay, shownComparison } from '../../src/store/selectors';

const KARACHI = { scenario: 'karachi', seed: 11, difficulty: 'normal' } as const;

function game(source: string, weeks: CompareGame['weeks']): CompareGame {
  const played = replay(KARACHI, weeks, { reports: true });
  if (!played.ok) throw new Error(JSON.stringify(played.error.reason));
  const { opening, final, reports } = played.value;
  return {
    source,
    name: source,
    origin: 'A test',
    options: KARACHI,
    weeks,
    played: { opening, final, reports },
  };
}

beforeEach(() => {
  store.setState(initialState(), true);
});

describe('the compare slice', () => {
  it('opens from the game and closes back to it, the game untouched', () => {
    startGame(KARACHI);
    endWeek();
    const session = store.getState().session;
    openCompare();
    expect(store.getState()).toMatchObject({
      screen: {
        kind: 'compare',
        compare: { first: null, second: null, returnTo: { kind: 'game' } },
      },
    });
    setCompareGame('second', game('slot:0', [[]]));
    expect(shownComparison(store.getState())?.second?.source).toBe('slot:0');
    closeCompare();
    expect(store.getState().screen.kind).toBe('game');
    expect(shownComparison(store.getState())).toBeNull();
    expect(store.getState().session).toBe(session);
  });

  it('opens from the title with the games given and closes back to the title', () => {
    const first = game('file:1', []);
    openCompare({ first });
    expect(shownComparison(store.getState())).toEqual({
      first,
      second: null,
      returnTo: { kind: 'title' },
    });
    closeCompare();
    expect(store.getState().screen.kind).toBe('title');
  });

  it('goes to the title when the game it came from is gone', () => {
    startGame(KARACHI);
    openCompare();
    store.setState({ session: null });
    closeCompare();
    expect(store.getState().screen.kind).toBe('title');
  });

  it('pauses a playing replay and returns to it at the same week', () => {
    startGame(KARACHI);
    endWeek();
    endWeek();
    openCurrentReplay('Two weeks');
    selectReplayWeek(1);
    playReplay();
    openCompare();
    const back = shownComparison(store.getState())?.returnTo;
    expect(back?.kind).toBe('replay');
    expect(back?.kind === 'replay' && back.replay.playing).toBe(false);
    closeCompare();
    expect(store.getState().screen.kind).toBe('replay');
    expect(shownReplay(store.getState())?.selected).toBe(1);
  });

  it('lets a replay of a branched game know its origin, so it can be compared with it', () => {
    startGame(KARACHI);
    endWeek();
    endWeek();
    openCurrentReplay('Two weeks');
    expect(shownReplay(store.getState())?.branchOf).toBeUndefined();
    selectReplayWeek(1);
    expect(branchFromReplay().ok).toBe(true);
    endWeek();
    openCurrentReplay('The branch');
    expect(shownReplay(store.getState())?.branchOf).toEqual({ name: 'Two weeks', week: 1 });
    quitToTitle();
  });
});
