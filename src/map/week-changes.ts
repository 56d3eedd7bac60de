/**
 * What a week changed that the map marks and the panels put in words: each district as it stood
 * before the week, the districts whose threat band moved, and per place its strikes and attacks.
 * Pure and free of the map's geometry, so the panels can import it without the map's code.
 */
import {
  DISTRICT_IDS,
  GROUP_IDS,
  type DistrictId,
  type DistrictState,
  type WeekEvent,
  type WeekReport,
} from '../engine';
import { districtThreat, threatBand } from './threat';

export interface ThreatShift {
  district: DistrictId;
  /** Band indexes (0 = Low … 4 = Severe) before and after the week. */
  before: number;
  after: number;
}

/** A strike or an attack at a named place: what gets a pin. */
export function isPinned(event: WeekEvent): event is WeekEvent & { kind: 'strike' | 'attack' } {
  return (
    (event.kind === 'strike' || event.kind === 'attack') &&
    (event.crossing !== undefined || event.district !== undefined || event.province !== undefined)
  );
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
