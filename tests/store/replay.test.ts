// The replay viewer's store slice: opening a played game or a save, stepping, jumping, playing and
// closing, with the running game left exactly as it was.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkOptions, fingerprint, newGame } from '../../src/engine';
import { makeSave, parseCheckedSave } from '../../src/persistence/save-format';
import {
  advanceReplay,
  branchFromReplay,
  chooseResponse,
  closeReplay,
  endWeek,
  openCurrentReplay,
  openReplay,
  pauseReplay,
  playReplay,
  selectReplayWeek,
  setReplaySpeed,
  startGame,
  stepReplay,
} from '../../src/store/actions';
import { initialState, store } from '../../src/store/game-store';
import { shownPending, shownReplay, shownReports, shownState } from '../../src/store/selectors';
import { FIXED_GAME } from '../determinism/fixed-game';

const KARACHI = { scenario: 'karachi', seed: 11, difficulty: 'normal' } as const;

function playWeeks(count: number): void {
  startGame(KARACHI);
  for (let week = 0; week < count; week++) {
    if (week === 0) chooseResponse('apex-committee');
    endWeek();
  }
}

beforeEach(() => {
  store.setState(initialState(), true);
});

describe('opening a replay', () => {
  it('keeps every week of a played game, with the fingerprints its save records', () => {
    playWeeks(3);
    const session = store.getState().session!;
    const save = makeSave(session.options, session.weeks, { name: 'x' });
    expect(save.ok).toBe(true);
    expect(openCurrentReplay('This game').ok).toBe(true);
    const { screen } = store.getState();
    const replay = shownReplay(store.getState());
    expect(screen.kind).toBe('replay');
    expect(replay!.states).toHaveLength(4);
    expect(replay!.reports).toHaveLength(3);
    expect(replay!.returnTo).toBe('game');
    expect(replay!.fingerprints.slice(1)).toEqual(
      save.ok ? save.value.weeks.map((w) => w.fingerprint) : [],
    );
    const opening = newGame(KARACHI);
    if (!opening.ok) throw new Error(opening.error);
    expect(replay!.fingerprints[0]).toBe(fingerprint(opening.value));
    expect(replay!.states[3]).toEqual(session.state);
    expect(replay!.selected).toBe(0);
  });

  it('replays a save against its recorded fingerprints and refuses an altered one', () => {
    const save = makeSave(FIXED_GAME.options, FIXED_GAME.weeks, { name: 'Fixed' });
    if (!save.ok) throw new Error(save.error);
    const options = checkOptions(save.value.game);
    if (!options.ok) throw new Error(options.error);
    const weeks = save.value.weeks.map((w) => w.decisions);
    const recorded = save.value.weeks.map((w) => w.fingerprint);
    expect(
      openReplay({ name: 'Fixed', options: options.value, weeks, fingerprints: recorded }).ok,
    ).toBe(true);
    const replay = shownReplay(store.getState());
    expect(replay!.fingerprints).toEqual([FIXED_GAME.start, ...FIXED_GAME.fingerprints]);
    expect(replay!.returnTo).toBe('title');

    store.setState(initialState(), true);
    const altered = [...recorded];
    altered[1] = '0000000000000000';
    const refused = openReplay({
      name: 'Bad',
      options: options.value,
      weeks,
      fingerprints: altered,
    });
    expect(refused).toEqual({
      ok: false,
      error: 'Week 2 does not replay to the fingerprint recorded for it.',
    });
    expect(store.getState().screen.kind).toBe('title');
    expect(shownReplay(store.getState())).toBeNull();
  });

  it('opens a 24-week golden save with every recorded fingerprint', () => {
    const text = readFileSync(
      fileURLToPath(new URL('../golden-saves/doha-truce-balanced-3303.json', import.meta.url)),
      'utf8',
    );
    const checked = parseCheckedSave(text);
    if (!checked.ok) throw new Error(checked.error);
    const { save } = checked.value;
    const options = checkOptions(save.game);
    if (!options.ok) throw new Error(options.error);
    expect(
      openReplay({
        name: save.meta.name,
        options: options.value,
        weeks: save.weeks.map((w) => w.decisions),
        fingerprints: save.weeks.map((w) => w.fingerprint),
      }).ok,
    ).toBe(true);
    const replay = shownReplay(store.getState());
    expect(replay!.states).toHaveLength(25);
    expect(replay!.fingerprints.slice(1)).toEqual(save.weeks.map((w) => w.fingerprint));
    replay!.states.forEach((state, week) =>
      expect(fingerprint(state)).toBe(replay!.fingerprints[week]),
    );
  });
});

describe('moving through a replay', () => {
  beforeEach(() => {
    playWeeks(3);
    openCurrentReplay('This game');
  });

  it('steps, jumps and stays within the game', () => {
    stepReplay(1);
    expect(shownReplay(store.getState())!.selected).toBe(1);
    stepReplay(-1);
    stepReplay(-1);
    expect(shownReplay(store.getState())!.selected).toBe(0);
    selectReplayWeek(2);
    const replay = shownReplay(store.getState());
    expect(replay!.selected).toBe(2);
    expect(shownState(store.getState())).toBe(replay!.states[2]);
    expect(shownReports(store.getState())).toBe(replay!.reports);
    selectReplayWeek(99);
    expect(shownReplay(store.getState())!.selected).toBe(3);
    stepReplay(1);
    expect(shownReplay(store.getState())!.selected).toBe(3);
    selectReplayWeek(-5);
    expect(shownReplay(store.getState())!.selected).toBe(0);
    selectReplayWeek(Number.NaN);
    expect(shownReplay(store.getState())!.selected).toBe(0);
  });

  it("plays the selected week's events on the map through the store's playback", () => {
    const week = shownReplay(store.getState())!.reports.findIndex((r) => r.events.length > 0) + 1;
    expect(week).toBeGreaterThan(0);
    selectReplayWeek(week);
    expect(store.getState().playback).toEqual({ week, step: 0 });
    selectReplayWeek(0);
    expect(store.getState().playback).toBeNull();
  });

  it('plays week after week at the chosen speed and stops after the last', () => {
    setReplaySpeed(500);
    playReplay();
    expect(shownReplay(store.getState())!.playing).toBe(true);
    expect(shownReplay(store.getState())!.speed).toBe(500);
    advanceReplay();
    advanceReplay();
    expect(shownReplay(store.getState())!.selected).toBe(2);
    pauseReplay();
    advanceReplay();
    expect(shownReplay(store.getState())!.selected).toBe(2);
    playReplay();
    advanceReplay();
    expect(shownReplay(store.getState())!.selected).toBe(3);
    expect(shownReplay(store.getState())!.playing).toBe(false);
    // From the end, Play starts again at the opening.
    playReplay();
    expect(shownReplay(store.getState())!.selected).toBe(0);
    expect(shownReplay(store.getState())!.playing).toBe(true);
  });

  it('hides the running game from the map while open and restores it on close', () => {
    const before = store.getState();
    chooseResponse('police-capacity', 'bannu');
    expect(shownPending(store.getState())).toEqual([]);
    const pending = store.getState().pending;
    selectReplayWeek(1);
    closeReplay();
    const after = store.getState();
    expect(after.screen).toEqual({ kind: 'game' });
    expect(after.session).toBe(before.session);
    expect(after.pending).toBe(pending);
    expect(after.playback).toBeNull();
    expect(shownState(after)).toBe(before.session!.state);
  });

  it('returns to the title when opened from there', () => {
    closeReplay();
    store.setState({ screen: { kind: 'title' } });
    const session = store.getState().session;
    openCurrentReplay('Last game');
    expect(shownReplay(store.getState())!.returnTo).toBe('title');
    closeReplay();
    expect(store.getState().screen.kind).toBe('title');
    expect(store.getState().session).toBe(session);
  });
});

describe('branching from a week', () => {
  it('starts a new game after the chosen week with the same history, remembering its origin', () => {
    playWeeks(3);
    const original = store.getState().session!;
    openCurrentReplay('Karachi original');
    selectReplayWeek(1);
    const afterWeekOne = shownReplay(store.getState())!.states[1];
    expect(branchFromReplay().ok).toBe(true);
    const { screen, session } = store.getState();
    expect(screen).toEqual({ kind: 'game' });
    expect(session!.weeks).toEqual(original.weeks.slice(0, 1));
    expect(fingerprint(session!.state)).toBe(fingerprint(afterWeekOne!));
    expect(session!.state.week).toBe(2);
    expect(session!.branchOf).toEqual({ name: 'Karachi original', week: 1 });
    // The branch plays on with choices of its own.
    chooseResponse('jirga', 'bajaur');
    expect(endWeek().ok).toBe(true);
    expect(store.getState().session!.weeks).toHaveLength(2);
  });

  it('refuses to branch from a week after the game ended', () => {
    startGame(KARACHI);
    for (let week = 0; week < 12 && !store.getState().session!.state.ending; week++) endWeek();
    openCurrentReplay('Ended');
    selectReplayWeek(shownReplay(store.getState())!.states.length - 1);
    const result = branchFromReplay();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/ended/);
  });

  it('keeps the origin in the save and the autosave', () => {
    const save = makeSave(KARACHI, [[{ response: 'apex-committee' }]], {
      name: 'Branch',
      branchOf: { name: '<img src=x onerror=alert(1)>', week: 1 },
    });
    expect(save.ok).toBe(true);
    if (!save.ok) return;
    const again = parseCheckedSave(JSON.stringify(save.value));
    expect(again.ok && again.value.save.meta.branchOf).toEqual({
      name: '<img src=x onerror=alert(1)>',
      week: 1,
    });
  });
});
