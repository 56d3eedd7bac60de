/**
 * The map for keyboard and screen-reader users: one focusable button per district and province,
 * laid over the canvas at the place's label point. Focus shows the place (as hovering does), and
 * Enter picks it as the waiting response's target, or just keeps it shown. The buttons let the
 * pointer through to the canvas underneath; only their focus ring is visible.
 */
import { DISTRICTS, DISTRICT_IDS, PROVINCES, PROVINCE_IDS } from '../engine';
import { focusPlace, pickTarget } from '../store/actions';
import { store, type Place } from '../store/game-store';
import { shownState } from '../store/selectors';
import { useStore } from '../ui/use-store';
import { useShownWeekWords } from '../ui/week-story-words';
import { MAP } from './geometry';
import { validTargets } from './targets';
import './map-overlay.css';

interface OverlayPlace {
  place: Place;
  key: string;
  label: string;
  left: number;
  top: number;
}

const percent = (value: number, whole: number) => Math.round((value / whole) * 10000) / 100;

const PLACES: readonly OverlayPlace[] = [
  ...DISTRICT_IDS.map((id) => ({
    place: { kind: 'district', id } as const,
    key: `district:${id}`,
    label: DISTRICTS[id].name,
    left: percent(MAP.districts[id].anchor[0], MAP.width),
    top: percent(MAP.districts[id].anchor[1], MAP.height),
  })),
  ...PROVINCE_IDS.map((id) => ({
    place: { kind: 'province', id } as const,
    key: `province:${id}`,
    label: `${PROVINCES[id].name} (Afghanistan)`,
    left: percent(MAP.provinces[id].anchor[0], MAP.width),
    top: percent(MAP.provinces[id].anchor[1], MAP.height),
  })),
];

/** A box of the map's aspect ratio, as large as fits: where the canvas's FIT scaling puts the map. */
const FRAME = {
  width: `min(100cqw, ${(100 * MAP.width) / MAP.height}cqh)`,
  height: `min(100cqh, ${(100 * MAP.height) / MAP.width}cqw)`,
};

function choose(place: Place): void {
  if (store.getState().targeting) pickTarget(place.id);
  else focusPlace(place);
}

export function MapOverlay() {
  // A string, so that the overlay re-renders only when the set of valid targets changes.
  const valid = useStore((s) => {
    const set = validTargets(shownState(s), s.targeting);
    return set ? [...set].join(' ') : null;
  });
  const validKeys = valid === null ? null : new Set(valid.split(' '));
  const thisWeek = useShownWeekWords();
  return (
    <div class="map-overlay">
      <div class="map-overlay__frame" style={FRAME} role="group" aria-label="Places on the map">
        {PLACES.map(({ place, key, label, left, top }) => (
          <button
            type="button"
            key={key}
            class="map-overlay__place"
            style={{ left: `${left}%`, top: `${top}%` }}
            aria-label={label}
            aria-describedby={thisWeek.has(key) ? `map-week-${key.replace(':', '-')}` : undefined}
            aria-disabled={validKeys && !validKeys.has(key) ? 'true' : undefined}
            onFocus={() => focusPlace(place)}
            onBlur={() => focusPlace(null)}
            onClick={() => choose(place)}
          />
        ))}
      </div>
      {/* What each place's marks say, for its button's description. */}
      <div hidden>
        {[...thisWeek].map(([key, words]) => (
          <span key={key} id={`map-week-${key.replace(':', '-')}`}>
            {words}
          </span>
        ))}
      </div>
    </div>
  );
}
