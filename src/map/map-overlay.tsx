/**
 * The map for keyboard and screen-reader users: one focusable button per district and province,
 * laid over the canvas at the place's label point. Focus shows the place (as hovering does), and
 * Enter picks it as the waiting response's target, or just keeps it shown. The buttons let the
 * pointer through to the canvas underneath; only their focus ring is visible. They follow the
 * map's view when it is zoomed (those outside it are clipped), and a place focused outside the
 * view is panned into it.
 */
import { useEffect, useRef } from 'preact/hooks';
import { DISTRICTS, DISTRICT_IDS, PROVINCES, PROVINCE_IDS } from '../engine';
import { focusPlace, pickTarget } from '../store/actions';
import { store, type Place } from '../store/game-store';
import { shownState } from '../store/selectors';
import { useStore } from '../ui/use-store';
import { useShownWeekWords } from '../ui/week-story-words';
import { MAP, type Point } from './geometry';
import { reveal, visibleRect, type MapCamera, type MapView } from './map-camera';
import { validTargets } from './targets';
import './map-overlay.css';

interface OverlayPlace {
  place: Place;
  key: string;
  label: string;
  anchor: Point;
  left: number;
  top: number;
}

const percent = (value: number, whole: number) => Math.round((value / whole) * 10000) / 100;

const PLACES: readonly OverlayPlace[] = [
  ...DISTRICT_IDS.map((id) => ({
    place: { kind: 'district', id } as const,
    key: `district:${id}`,
    label: DISTRICTS[id].name,
    anchor: MAP.districts[id].anchor,
    left: percent(MAP.districts[id].anchor[0], MAP.width),
    top: percent(MAP.districts[id].anchor[1], MAP.height),
  })),
  ...PROVINCE_IDS.map((id) => ({
    place: { kind: 'province', id } as const,
    key: `province:${id}`,
    label: `${PROVINCES[id].name} (Afghanistan)`,
    anchor: MAP.provinces[id].anchor,
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

/** How far inside the view's edge (map units) a place focused from the keyboard is brought. */
const REVEAL_MARGIN = 60;

/** The frame's view, as the custom properties its buttons' positions are computed from. */
function setView(frame: HTMLElement, view: MapView): void {
  const shown = visibleRect(view);
  frame.style.setProperty('--view-zoom', String(view.zoom));
  frame.style.setProperty('--view-x', `${percent(shown.x, MAP.width)}%`);
  frame.style.setProperty('--view-y', `${percent(shown.y, MAP.height)}%`);
}

export function MapOverlay(props: { camera: MapCamera }) {
  const { camera } = props;
  const frame = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (frame.current) setView(frame.current, camera.view);
    return camera.subscribe((view) => {
      if (frame.current) setView(frame.current, view);
    });
  }, [camera]);
  // A string, so that the overlay re-renders only when the set of valid targets changes.
  const valid = useStore((s) => {
    const set = validTargets(shownState(s), s.targeting);
    return set ? [...set].join(' ') : null;
  });
  const validKeys = valid === null ? null : new Set(valid.split(' '));
  const thisWeek = useShownWeekWords();
  return (
    <div class="map-overlay">
      <div
        ref={frame}
        class="map-overlay__frame"
        style={FRAME}
        role="group"
        aria-label="Places on the map"
      >
        {PLACES.map(({ place, key, label, anchor, left, top }) => (
          <button
            type="button"
            key={key}
            class="map-overlay__place"
            style={{
              left: `calc((${left}% - var(--view-x)) * var(--view-zoom))`,
              top: `calc((${top}% - var(--view-y)) * var(--view-zoom))`,
            }}
            aria-label={label}
            aria-describedby={thisWeek.has(key) ? `map-week-${key.replace(':', '-')}` : undefined}
            aria-disabled={validKeys && !validKeys.has(key) ? 'true' : undefined}
            onFocus={() => {
              camera.set(reveal(camera.view, anchor, REVEAL_MARGIN));
              focusPlace(place);
            }}
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
