import { beforeEach, describe, expect, it } from 'vitest';
import { responsesFor } from '../../src/engine';
import {
  advancePlayback,
  cancelTargeting,
  chooseResponse,
  endWeek,
  focusPlace,
  pickTarget,
  quitToTitle,
  removeChoice,
  resumeGame,
  skipPlayback,
  startGame,
  updateSettings,
} from '../../src/store/actions';
import { DEFAULT_SETTINGS, initialState, store } from '../../src/store/game-store';
import { budget, weekLabel } from '../../src/store/selectors';
import { EN } from '../../src/text';

const KARACHI = { scenario: 'karachi', seed: 11, difficulty: 'normal' } as const;

beforeEach(() => {
  store.setState(initialState(), true);
});

describe('starting and resuming', () => {
  it('starts a game on week 1 and shows it', () => {
    expect(startGame(KARACHI).ok).toBe(true);
    const { screen, session } = store.getState();
    expect(screen.kind).toBe('game');
    expect(session?.state.week).toBe(1);
    expect(weekLabel(session!.state, EN)).toBe('Week 1 of 12');
  });

  it('refuses bad options with the engine message and keeps the title', () => {
    const result = startGame({ scenario: 'nowhere' as never, seed: 1, difficulty: 'normal' });
    expect(result.ok).toBe(false);
    expect(store.getState().screen.kind).toBe('title');
  });

  it('resumes a game from its inputs at the start of the next week', () => {
    startGame(KARACHI);
    chooseResponse('apex-committee');
    endWeek();
    chooseResponse('police-capacity', 'bannu');
    endWeek();
    const { session } = store.getState();
    store.setState(initialState(), true);
    expect(resumeGame(KARACHI, session!.weeks).ok).toBe(true);
    const resumed = store.getState().session!;
    expect(resumed.state.week).toBe(3);
    expect(resumed.state).toEqual(session!.state);
    expect(resumed.reports).toHaveLength(2);
  });

  it('refuses to resume illegal inputs and names the week', () => {
    const result = resumeGame(KARACHI, [
      [{ response: 'apex-committee' }],
      [{ response: 'apex-committee' }],
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^Week 2: /);
  });
});

describe('choosing responses', () => {
  beforeEach(() => {
    startGame(KARACHI);
  });

  it('adds an untargeted response and counts its cost', () => {
    expect(chooseResponse('apex-committee').ok).toBe(true);
    const { pending, session } = store.getState();
    expect(pending).toEqual([{ response: 'apex-committee' }]);
    expect(budget(session!.state, pending).actionsUsed).toBe(1);
  });

  it('asks for a target, then takes it from the map or the list', () => {
    chooseResponse('police-capacity');
    expect(store.getState().targeting).toBe('police-capacity');
    expect(store.getState().pending).toEqual([]);
    expect(pickTarget('bannu').ok).toBe(true);
    expect(store.getState().pending).toEqual([{ response: 'police-capacity', target: 'bannu' }]);
    expect(store.getState().targeting).toBeNull();
  });

  it('shows the engine reason when a choice is refused', () => {
    chooseResponse('apex-committee');
    const again = chooseResponse('apex-committee');
    expect(again.ok).toBe(false);
    expect(store.getState().notice).toMatch(/already chosen/);
    expect(store.getState().pending).toHaveLength(1);
  });

  it('refuses a choice beyond the week capacity', () => {
    chooseResponse('strike-camps', 'paktika');
    chooseResponse('area-clearance', 'bannu');
    const third = chooseResponse('apex-committee');
    expect(third.ok).toBe(false);
    expect(store.getState().notice).toMatch(/action points/);
  });

  it('undoes a choice and cancels targeting', () => {
    chooseResponse('apex-committee');
    chooseResponse('jirga', 'bajaur');
    removeChoice(0);
    expect(store.getState().pending).toEqual([{ response: 'jirga', target: 'bajaur' }]);
    chooseResponse('police-capacity');
    cancelTargeting();
    expect(store.getState().targeting).toBeNull();
  });

  it('offers only targets the engine allows', () => {
    const state = store.getState().session!.state;
    const hunt = responsesFor(state).find((o) => o.id === 'hunt-urban-cells')!;
    const allowed = hunt.targets.filter((t) => t.reason === null).map((t) => t.id);
    expect(allowed).toEqual(['peshawar', 'quetta', 'karachi', 'islamabad']);
    chooseResponse('hunt-urban-cells');
    expect(pickTarget('bannu').ok).toBe(false);
  });
});

describe('ending a week', () => {
  beforeEach(() => {
    startGame(KARACHI);
  });

  it('resolves the week, clears the choices and starts playback of its events', () => {
    chooseResponse('apex-committee');
    expect(endWeek().ok).toBe(true);
    const { session, pending, playback } = store.getState();
    expect(session!.state.week).toBe(2);
    expect(session!.weeks).toEqual([[{ response: 'apex-committee' }]]);
    expect(session!.reports[0]!.week).toBe(1);
    expect(pending).toEqual([]);
    expect(playback).toEqual({ week: 1, step: 0 });
  });

  it('steps through the events and stops after the last', () => {
    endWeek();
    const events = store.getState().session!.reports[0]!.events.length;
    expect(events).toBeGreaterThan(1);
    for (let step = 1; step < events; step++) {
      advancePlayback();
      expect(store.getState().playback).toEqual({ week: 1, step });
    }
    advancePlayback();
    expect(store.getState().playback).toBeNull();
  });

  it('can skip the playback', () => {
    endWeek();
    skipPlayback();
    expect(store.getState().playback).toBeNull();
  });

  it('plays a whole scenario to its ending', () => {
    for (let week = 0; week < 12 && !store.getState().session!.state.ending; week++) endWeek();
    const { session } = store.getState();
    expect(session!.state.ending).not.toBeNull();
    expect(weekLabel(session!.state, EN)).toBe(
      `Week ${session!.state.ending!.week} of 12 · game over`,
    );
    expect(endWeek().ok).toBe(false);
  });
});

describe('focus, settings and leaving', () => {
  it('keeps the same focus object when nothing changes', () => {
    focusPlace({ kind: 'district', id: 'bannu' });
    const first = store.getState().focus;
    focusPlace({ kind: 'district', id: 'bannu' });
    expect(store.getState().focus).toBe(first);
    focusPlace(null);
    expect(store.getState().focus).toBeNull();
  });

  it('updates settings by patch', () => {
    updateSettings({ reducedMotion: true });
    expect(store.getState().settings).toEqual({
      language: 'en',
      textSize: 'normal',
      projector: false,
      reducedMotion: true,
      patterns: true,
      sound: DEFAULT_SETTINGS.sound,
    });
  });

  it('returns to the title and forgets this week', () => {
    startGame(KARACHI);
    chooseResponse('apex-committee');
    quitToTitle();
    expect(store.getState().screen.kind).toBe('title');
    expect(store.getState().pending).toEqual([]);
  });
});
