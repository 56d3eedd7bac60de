/**
 * What the map keeps of a week once its events have played: a pin for each strike and attack
 * (strikes with their course from the border to the target), and the districts whose threat band
 * changed. Pure (no Phaser), so the tests check it in Node; the scene only draws it.
 */
import {
  DISTRICT_IDS,
  GROUP_IDS,
  type DistrictId,
  type DistrictState,
  type WeekEvent,
  type WeekReport,
} from '../engine';
import { eventPlace } from './event-place';
import { MAP, type Point } from './geometry';
import { districtThreat, threatBand } from './threat';

export type PinKind = 'strike' | 'attack';

export interface WeekPin {
  kind: PinKind;
  /** Where the pin's tip stands: the event's place, spread apart when several share one. */
  point: Point;
  /** For a strike: the point on the border its course starts from. */
  from: Point | null;
}

export interface ThreatShift {
  district: DistrictId;
  /** Band indexes (0 = Low … 4 = Severe) before and after the week. */
  before: number;
  after: number;
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

function isPinned(event: WeekEvent): event is WeekEvent & { kind: PinKind } {
  return (event.kind === 'strike' || event.kind === 'attack') && !eventPlace(event).national;
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

/**
 * Each district as it stood before the week: the state after it with the week's recorded changes
 * to presence and security undone (the engine records every change it makes, with its cause).
 */
export function districtsBefore(
  report: Pick<WeekReport, 'changes'>,
  after: Record<DistrictId, DistrictState>,
): Record<DistrictId, Pick<DistrictState, 'presence' | 'security'>> {
  const before = Object.fromEntries(
    DISTRICT_IDS.map((id) => [
      id,
      { presence: { ...after[id].presence }, security: after[id].security },
    ]),
  ) as Record<DistrictId, Pick<DistrictState, 'presence' | 'security'>>;
  const groups = new Set<string>(GROUP_IDS);
  for (const change of report.changes) {
    if (!change.subject.startsWith('district:')) continue;
    const district = before[change.subject.slice('district:'.length) as DistrictId];
    if (!district) continue;
    if (change.field === 'security') district.security -= change.delta;
    else if (groups.has(change.field))
      district.presence[change.field as keyof DistrictState['presence']] -= change.delta;
  }
  return before;
}

/** The districts whose threat band the week changed, in the districts' order. */
export function threatShifts(
  report: Pick<WeekReport, 'changes'>,
  after: Record<DistrictId, DistrictState>,
): ThreatShift[] {
  const before = districtsBefore(report, after);
  const shifts: ThreatShift[] = [];
  for (const district of DISTRICT_IDS) {
    const was = threatBand(districtThreat(before[district]));
    const now = threatBand(districtThreat(after[district]));
    if (was !== now) shifts.push({ district, before: was, after: now });
  }
  return shifts;
}

/** What the shown week did at one place, as the map marks it. */
export interface PlaceWeek {
  strikes: number;
  attacks: number;
  shift: ThreatShift | null;
}

/**
 * Per place key ('district:bajaur', 'province:khost'): the strikes and attacks among the week's
 * first `played` events, and once all have played, the change of threat band.
 */
export function placeWeeks(
  report: Pick<WeekReport, 'changes' | 'events'>,
  after: Record<DistrictId, DistrictState>,
  played: number,
): Map<string, PlaceWeek> {
  const places = new Map<string, PlaceWeek>();
  const at = (key: string): PlaceWeek => {
    let place = places.get(key);
    if (!place) places.set(key, (place = { strikes: 0, attacks: 0, shift: null }));
    return place;
  };
  for (const event of report.events.slice(0, played).filter(isPinned)) {
    const key = event.district ? `district:${event.district}` : `province:${event.province}`;
    if (!event.district && !event.province) continue;
    if (event.kind === 'strike') at(key).strikes++;
    else at(key).attacks++;
  }
  if (played >= report.events.length)
    for (const shift of threatShifts(report, after)) at(`district:${shift.district}`).shift = shift;
  return places;
}
