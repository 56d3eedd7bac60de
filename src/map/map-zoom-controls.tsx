/**
 * The map's zoom buttons, over its top right corner: Zoom in, Zoom out (each disabled at its
 * limit) and Reset map view (disabled while the whole map is shown). A button that becomes
 * disabled under the keyboard's focus hands the focus to one that still works. Pinch, drag and the
 * wheel move the same view (see map-gestures.ts).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  MAX_VIEW_ZOOM,
  MIN_VIEW_ZOOM,
  WHOLE_MAP,
  ZOOM_STEP,
  zoomAbout,
  type MapCamera,
} from './map-camera';
import './map-zoom-controls.css';

/** The controls' words. */
const WORDS = {
  group: 'Map zoom',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  reset: 'Reset map view',
};

interface Limits {
  canZoomIn: boolean;
  canZoomOut: boolean;
}

function limitsOf(camera: MapCamera): Limits {
  const { zoom } = camera.view;
  return { canZoomIn: zoom < MAX_VIEW_ZOOM, canZoomOut: zoom > MIN_VIEW_ZOOM };
}

export function MapZoomControls(props: { camera: MapCamera }) {
  const { camera } = props;
  const [limits, setLimits] = useState(() => limitsOf(camera));
  const zoomIn = useRef<HTMLButtonElement>(null);
  const zoomOut = useRef<HTMLButtonElement>(null);
  useEffect(
    () =>
      camera.subscribe(() => {
        const next = limitsOf(camera);
        setLimits((now) =>
          now.canZoomIn === next.canZoomIn && now.canZoomOut === next.canZoomOut ? now : next,
        );
      }),
    [camera],
  );
  useEffect(() => {
    // The focused button was just disabled: the focus moves on rather than falling to the page.
    const active = document.activeElement;
    if (active === zoomIn.current && !limits.canZoomIn) zoomOut.current?.focus();
    if (active === zoomOut.current && !limits.canZoomOut) zoomIn.current?.focus();
  }, [limits]);
  const zoomBy = (factor: number) => {
    const { view } = camera;
    camera.set(zoomAbout(view, factor, [view.x, view.y]));
  };
  return (
    <div class="map-zoom" role="group" aria-label={WORDS.group}>
      <button
        ref={zoomIn}
        type="button"
        class="map-zoom__button"
        aria-label={WORDS.zoomIn}
        title={WORDS.zoomIn}
        disabled={!limits.canZoomIn}
        onClick={() => zoomBy(ZOOM_STEP)}
      >
        <svg viewBox="0 0 20 20" aria-hidden="true">
          <path d="M4 10h12M10 4v12" />
        </svg>
      </button>
      <button
        ref={zoomOut}
        type="button"
        class="map-zoom__button"
        aria-label={WORDS.zoomOut}
        title={WORDS.zoomOut}
        disabled={!limits.canZoomOut}
        onClick={() => zoomBy(1 / ZOOM_STEP)}
      >
        <svg viewBox="0 0 20 20" aria-hidden="true">
          <path d="M4 10h12" />
        </svg>
      </button>
      <button
        type="button"
        class="map-zoom__button"
        aria-label={WORDS.reset}
        title={WORDS.reset}
        disabled={!limits.canZoomOut}
        onClick={() => {
          camera.set(WHOLE_MAP);
          if (document.activeElement instanceof HTMLButtonElement) zoomIn.current?.focus();
        }}
      >
        <svg viewBox="0 0 20 20" aria-hidden="true">
          <path d="M3 8V3h5M12 3h5v5M17 12v5h-5M8 17H3v-5" />
        </svg>
      </button>
    </div>
  );
}
