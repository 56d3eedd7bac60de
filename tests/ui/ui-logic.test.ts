import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  closeReplay,
  endWeek,
  openCurrentReplay,
  quitToTitle,
  selectReplayWeek,
  startGame,
  updateSettings,
} from '../../src/store/actions';
import { initialState, store } from '../../src/store/game-store';
import { announce, liveAnnouncement } from '../../src/ui/announce';
import { EN } from '../../src/text';
import { METERS, signed } from '../../src/ui/labels';
import { describeSlotUse } from '../../src/ui/saved-games';
import { REDUCED_STEP_MS, STEP_MS, startPlayback } from '../../src/ui/playback';

describe('labels', () => {
  it('signs changes with a real minus sign', () => {
    expect([signed(3), signed(-2), signed(0)]).toEqual(['+3', '−2', '±0']);
  });

  it('names every meter and says which way is bad', () => {
    expect(METERS.publicPressure.higherIsWorse).toBe(true);
    expect(METERS.fiscalRoom.higherIsWorse).toBe(false);
  });
});

describe('slot use', () => {
  it('counts the slots used, and when none is left says what can be done instead', () => {
    expect(describeSlotUse(12, 50, true)).toEqual({ used: '12 of 50 slots used.', full: null });
    expect(describeSlotUse(50, 50, true)).toEqual({
      used: '50 of 50 slots used.',
      full: 'All 50 slots are in use. To keep this game, save it over a saved game (Overwrite), delete one first, or export it as a file.',
    });
    expect(describeSlotUse(50, 50, false).full).toBe(
      'All 50 slots are in use. To keep another game in a slot, delete one first.',
    );
    expect(describeSlotUse(200, 50, false)).toEqual({
      used: '200 saved games: more than the 50 slots this browser keeps.',
      full: 'To keep another game in a slot, delete 151 first.',
    });
  });
});

describe('playback', () => {
  let stop: () => void;

  beforeEach(() => {
    vi.useFakeTimers();
    store.setState(initialState(), true);
    startGame({ scenario: 'seven-camps', seed: 4, difficulty: 'normal' });
    stop = startPlayback(store);
  });

  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('steps through the week’s events one by one, then stops', () => {
    endWeek();
    const events = store.getState().session!.reports[0]!.events.length;
    expect(events).toBeGreaterThan(2);
    expect(store.getState().playback).toEqual({ week: 1, step: 0 });
    vi.advanceTimersByTime(STEP_MS - 1);
    expect(store.getState().playback?.step).toBe(0);
    vi.advanceTimersByTime(1);
    expect(store.getState().playback?.step).toBe(1);
    vi.advanceTimersByTime(STEP_MS * events);
    expect(store.getState().playback).toBeNull();
  });

  it('moves faster with reduced motion', () => {
    updateSettings({ reducedMotion: true });
    endWeek();
    vi.advanceTimersByTime(REDUCED_STEP_MS);
    expect(store.getState().playback?.step).toBe(1);
  });

  it('stops stepping once stopped', () => {
    endWeek();
    stop();
    vi.advanceTimersByTime(STEP_MS * 3);
    expect(store.getState().playback).toEqual({ week: 1, step: 0 });
  });
});

describe('the live region', () => {
  it('reads the week, its first events and a ladder move', () => {
    store.setState(initialState(), true);
    startGame({ scenario: 'karachi', seed: 2, difficulty: 'normal' });
    endWeek();
    const report = store.getState().session!.reports[0]!;
    const text = announce(report);
    expect(text.startsWith('Week 1 report. ')).toBe(true);
    expect(text).toContain(EN.event(report.events[0]!.words));
    expect(announce({ ...report, ladderBefore: 1, ladderAfter: 3 })).toContain(
      'The ladder moves to Cross-border strikes.',
    );
  });
});

describe('the live region warns of a loss near at hand', () => {
  it('adds each standing warning after the week it reads', () => {
    store.setState(initialState(), true);
    startGame({ scenario: 'karachi', seed: 5, difficulty: 'normal' });
    endWeek();
    const session = store.getState().session!;
    const report = session.reports[0]!;
    expect(liveAnnouncement(store.getState())).not.toContain('Warning:');
    store.setState({
      session: { ...session, state: { ...session.state, pressureCrisisWeeks: 3 } },
    });
    const text = liveAnnouncement(store.getState());
    expect(text.startsWith(announce(report))).toBe(true);
    expect(text).toContain(' Warning: Public pressure has been 90 or more for 3 weeks');
    expect(text).toContain('1 more week and public confidence breaks.');
  });
});

describe('what the live region reads on each screen', () => {
  it('reads the latest week in a game, the shown week in a replay, nothing on the title', () => {
    store.setState(initialState(), true);
    expect(liveAnnouncement(store.getState())).toBe('');
    startGame({ scenario: 'karachi', seed: 5, difficulty: 'normal' });
    expect(liveAnnouncement(store.getState())).toBe('');
    endWeek();
    endWeek();
    const reports = store.getState().session!.reports;
    expect(liveAnnouncement(store.getState())).toBe(announce(reports[1]!));

    expect(openCurrentReplay('Term two').ok).toBe(true);
    expect(liveAnnouncement(store.getState())).toBe(
      'Replay of Term two. The opening, before the first week.',
    );
    selectReplayWeek(2);
    expect(liveAnnouncement(store.getState())).toBe(`Replay of Term two. ${announce(reports[1]!)}`);
    selectReplayWeek(1);
    expect(liveAnnouncement(store.getState())).toBe(`Replay of Term two. ${announce(reports[0]!)}`);
    closeReplay();
    expect(liveAnnouncement(store.getState())).toBe(announce(reports[1]!));
    quitToTitle();
    expect(liveAnnouncement(store.getState())).toBe('');
  });
});
