/** Where on the map a week's event is shown: its crossing, district or province, else Islamabad. */
import type { WeekEvent } from '../engine';
import { MAP, type Point, type Ring } from './geometry';

export interface EventPlace {
  point: Point;
  /** The outline of the district or province, when the event has one. */
  ring: Ring | null;
  /** True when the event names no place and is shown softly on Islamabad. */
  national: boolean;
}

export function eventPlace(
  event: Pick<WeekEvent, 'district' | 'province' | 'crossing'>,
): EventPlace {
  if (event.crossing) return { point: MAP.crossings[event.crossing], ring: null, national: false };
  if (event.district) {
    const shape = MAP.districts[event.district];
    return { point: shape.center, ring: shape.polygon, national: false };
  }
  if (event.province) {
    const shape = MAP.provinces[event.province];
    return { point: shape.center, ring: shape.polygon, national: false };
  }
  return { point: MAP.districts.islamabad.center, ring: null, national: true };
}
