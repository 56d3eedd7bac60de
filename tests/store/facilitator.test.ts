// The teacher's tools in the store: the guide opens over any screen and returns to it as it was;
// projector mode mutes the sound and hides the meters until they are revealed.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  closeGuide,
  endWeek,
  openCurrentReplay,
  openGuide,
  playReplay,
  quitToTitle,
  setProjectorMode,
  startGame,
  toggleMeters,
} from '../../src/store/actions';
import { initialState, store } from '../../src/store/game-store';
import { shownReplay } from '../../src/store/selectors';

beforeEach(() => {
  store.setState(initialState(), true);
});

describe('the facilitator guide', () => {
  it('opens over the title and returns there', () => {
    openGuide();
    expect(store.getState().screen.kind).toBe('guide');
    closeGuide();
    expect(store.getState().screen).toEqual({ kind: 'title' });
  });

  it('returns to the game, or to a replay paused where it was', () => {
    startGame({ scenario: 'karachi', seed: 3, difficulty: 'normal' });
    endWeek();
    const session = store.getState().session;
    openGuide();
    closeGuide();
    expect(store.getState().screen).toEqual({ kind: 'game' });
    expect(store.getState().session).toBe(session);

    expect(openCurrentReplay('Test').ok).toBe(true);
    playReplay();
    openGuide();
    closeGuide();
    const replay = shownReplay(store.getState());
    expect(replay?.playing).toBe(false);
    expect(replay?.name).toBe('Test');
  });

  it('goes to the title when the game it came from is gone', () => {
    startGame({ scenario: 'karachi', seed: 3, difficulty: 'normal' });
    openGuide();
    store.setState({ session: null });
    closeGuide();
    expect(store.getState().screen).toEqual({ kind: 'title' });
    quitToTitle();
  });
});

describe('projector mode', () => {
  it('mutes the sound and hides the meters until revealed', () => {
    expect(store.getState().settings.sound.muted).toBe(false);
    setProjectorMode(true);
    expect(store.getState().settings).toMatchObject({ projector: true, sound: { muted: true } });
    expect(store.getState().metersRevealed).toBe(false);
    toggleMeters();
    expect(store.getState().metersRevealed).toBe(true);
    toggleMeters();
    expect(store.getState().metersRevealed).toBe(false);
    toggleMeters();
    // Leaving projector mode keeps the teacher's sound choice and resets the curtain.
    setProjectorMode(false);
    expect(store.getState().settings).toMatchObject({ projector: false, sound: { muted: true } });
    expect(store.getState().metersRevealed).toBe(false);
  });
});
