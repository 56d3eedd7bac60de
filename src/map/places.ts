/**
 * The places the player can point at on the map, each with its shape and its `kind:id` key (the
 * form validTargets answers in). Provinces come first: districts lie on top of them, so a district
 * is drawn, named and hit after the province around it.
 */
import { DISTRICT_IDS, PROVINCE_IDS } from '../engine';
import type { Place } from '../store/game-store';
import { MAP, type PlaceShape } from './geometry';

export interface MapPlace {
  key: string;
  place: Place;
  shape: PlaceShape;
}

export const placeKey = (place: Place): string => `${place.kind}:${place.id}`;

const place = (where: Place, shape: PlaceShape): MapPlace => ({
  key: placeKey(where),
  place: where,
  shape,
});

export const MAP_PLACES: readonly MapPlace[] = [
  ...PROVINCE_IDS.map((id) => place({ kind: 'province', id }, MAP.provinces[id])),
  ...DISTRICT_IDS.map((id) => place({ kind: 'district', id }, MAP.districts[id])),
];

const BY_KEY = new Map(MAP_PLACES.map((p) => [p.key, p]));

export function mapPlace(key: string): MapPlace | undefined {
  return BY_KEY.get(key);
}
