/**
 * What the map keeps of a week once its events have played: a pin for each strike and attack
 * (strikes with their course from the border to the target), and the districts whose threat band
 * changed. Pure (no Phaser), so the tests check it in Node; the scene only draws it.
 */
import type { WeekEvent } from '../engine';
import { eventPlace } from './event-place';
import { MAP, type Point } from './geometry';
import { isPinned } from './week-changes';

export { districtsBefore, threatShifts, type ThreatShift } from './week-changes';

export type PinKind = 'strike' | 'attack';

export interface WeekPin {
  kind: PinKind;
  /** Where the pin's tip stands: the event's place, spread apart when several share one. */
  point: Point;
  /** For a strike: the point on the border its course starts from. */
  from: Point | null;
}

/** Map units between pins at one place. */
const PIN_SPREAD = 16;

/** The point of a polyline nearest to `point`. */
export function nearestOnLine(point: Point, line: readonly Point[]): Point {
  let best: Point = line[0] ?? point;
  let bestDistance = Infinity;
  for (let i = 0; i + 1 < line.length; i++) {
    const [ax, ay] = line[i]!;
    const [bx, by] = line[i + 1]!;
    const dx = bx - ax;
    const dy = by - ay;
    const length = dx * dx + dy * dy;
    const t =
      length === 0
        ? 0
        : Math.max(0, Math.min(1, ((point[0] - ax) * dx + (point[1] - ay) * dy) / length));
    const candidate: Point = [ax + dx * t, ay + dy * t];
    const distance = (candidate[0] - point[0]) ** 2 + (candidate[1] - point[1]) ** 2;
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The pins of the week's first `shown` events (all of them once the playback is over), in the
 * order they happened; pins at one place stand side by side.
 */
export function weekPins(events: readonly WeekEvent[], shown: number): WeekPin[] {
  const pinned = events.slice(0, shown).filter(isPinned);
  const atPlace = new Map<string, number>();
  for (const event of pinned) {
    const key = eventPlace(event).point.join(',');
    atPlace.set(key, (atPlace.get(key) ?? 0) + 1);
  }
  const placed = new Map<string, number>();
  return pinned.map((event) => {
    const [x, y] = eventPlace(event).point;
    const key = `${x},${y}`;
    const index = placed.get(key) ?? 0;
    placed.set(key, index + 1);
    const offset = (index - ((atPlace.get(key) ?? 1) - 1) / 2) * PIN_SPREAD;
    const point: Point = [x + offset, y];
    return {
      kind: event.kind,
      point,
      from: event.kind === 'strike' ? nearestOnLine([x, y], MAP.border) : null,
    };
  });
}
