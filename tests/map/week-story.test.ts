// The week's story on the map and in the meters: what the pins, threat marks and played meters
// read from a report agrees with the states the engine produced, over whole games.
import { describe, expect, it } from 'vitest';
import { DISTRICT_IDS, type GameState, type WeekReport } from '../../src/engine';
import { STRATEGIES, playGame, type Strategy } from '../../src/engine/strategies';
import { MAP } from '../../src/map/geometry';
import { districtThreat, threatBand } from '../../src/map/threat';
import { districtsBefore, nearestOnLine, threatShifts, weekPins } from '../../src/map/week-story';
import { playedMeters } from '../../src/store/selectors';

interface Week {
  before: GameState;
  report: WeekReport;
  after: GameState;
}

function weeksOf(seed: number, strategy: Strategy): Week[] {
  const weeks: Week[] = [];
  playGame({ scenario: 'sandbox', seed, difficulty: 'normal' }, strategy, (before, report, after) =>
    weeks.push({ before, report, after }),
  );
  return weeks;
}

const GAMES = [
  ...[1, 2, 3].map((seed) => weeksOf(seed, STRATEGIES.hawk)),
  ...[4, 5].map((seed) => weeksOf(seed, STRATEGIES.random)),
];
const WEEKS = GAMES.flat();

describe('the districts before a week', () => {
  it('are the states the engine started the week from (every change to presence and security is recorded)', () => {
    for (const { before, report, after } of WEEKS) {
      const rebuilt = districtsBefore(report, after.districts);
      for (const id of DISTRICT_IDS) {
        expect(rebuilt[id].security).toBe(before.districts[id].security);
        expect(rebuilt[id].presence).toEqual(before.districts[id].presence);
      }
    }
  });

  it('name exactly the districts whose threat band changed', () => {
    let shifted = 0;
    for (const { before, report, after } of WEEKS) {
      const expected = DISTRICT_IDS.filter(
        (id) =>
          threatBand(districtThreat(before.districts[id])) !==
          threatBand(districtThreat(after.districts[id])),
      );
      const shifts = threatShifts(report, after.districts);
      expect(shifts.map((s) => s.district)).toEqual(expected);
      for (const shift of shifts) {
        expect(shift.before).toBe(threatBand(districtThreat(before.districts[shift.district])));
        expect(shift.after).toBe(threatBand(districtThreat(after.districts[shift.district])));
      }
      shifted += shifts.length;
    }
    // The games chosen do move some district's band, so the comparison above was not empty.
    expect(shifted).toBeGreaterThan(0);
  });
});

describe('the week’s pins', () => {
  it('pin each strike and attack of the events played so far, in order; strikes start on the border', () => {
    const week = WEEKS.find(
      (w) =>
        w.report.events.some((e) => e.kind === 'strike') &&
        w.report.events.some((e) => e.kind === 'attack'),
    );
    expect(week, 'a week with both a strike and an attack').toBeDefined();
    const { events } = week!.report;
    const all = weekPins(events, events.length);
    expect(all.map((p) => p.kind)).toEqual(
      events.filter((e) => e.kind === 'strike' || e.kind === 'attack').map((e) => e.kind),
    );
    for (const pin of all) {
      if (pin.kind === 'attack') expect(pin.from).toBeNull();
      else {
        const from = pin.from!;
        expect(nearestOnLine(from, MAP.border)).toEqual(from);
      }
    }
    expect(weekPins(events, 0)).toEqual([]);
    const firstPinned = events.findIndex((e) => e.kind === 'strike' || e.kind === 'attack');
    expect(weekPins(events, firstPinned)).toEqual([]);
    expect(weekPins(events, firstPinned + 1)).toHaveLength(1);
  });

  it('set pins at one place side by side, never on top of each other', () => {
    const attack = WEEKS.flatMap((w) => w.report.events).find(
      (e) => e.kind === 'attack' && e.district,
    )!;
    const pins = weekPins([attack, { ...attack, order: 2 }, { ...attack, order: 3 }], 3);
    const xs = pins.map((p) => p.point[0]);
    expect(new Set(xs).size).toBe(3);
    expect(pins.every((p) => p.point[1] === MAP.districts[attack.district!].center[1])).toBe(true);
    // Centred on the place.
    expect((xs[0]! + xs[2]!) / 2).toBeCloseTo(MAP.districts[attack.district!].center[0]);
  });
});

describe('the meters during a week’s playback', () => {
  it('start where the week started and end where it ended', () => {
    for (const { before, report, after } of WEEKS) {
      if (report.events.length === 0) continue;
      const start = playedMeters(report, after, 0);
      expect(start.meters).toEqual(before.meters);
      expect(start.ladder).toBe(before.ladder);
      expect(start.ladderPeak).toBe(before.tally.ladderPeak);
      const end = playedMeters(report, after, report.events.length);
      expect(end.meters).toEqual(after.meters);
      expect(end.ladder).toBe(after.ladder);
    }
  });

  it('move by an event’s own changes when that event plays, not before', () => {
    let checked = 0;
    for (const { report, after } of WEEKS) {
      report.events.forEach((event, index) => {
        // The last event's step also lands the week's drifts; the first of a cause carries it.
        if (index === report.events.length - 1) return;
        if (report.events.findIndex((e) => e.cause === event.cause) !== index) return;
        const own = report.changes.filter(
          (c) =>
            c.subject === 'national' && c.field === 'publicPressure' && c.cause === event.cause,
        );
        if (own.length === 0) return;
        const sum = own.reduce((total, c) => total + c.delta, 0);
        const was = playedMeters(report, after, index).meters.publicPressure;
        const now = playedMeters(report, after, index + 1).meters.publicPressure;
        expect(now).toBe(Math.max(0, Math.min(100, was + sum)));
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(5);
  });
});
