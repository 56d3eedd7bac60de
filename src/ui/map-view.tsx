/** Hosts the Phaser map canvas (loaded on demand, see map-loader.ts) and the keyboard overlay of its places. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { MapOverlay } from '../map/map-overlay';
import { loadMap } from './map-loader';
import './map-view.css';

export function MapView() {
  const host = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let unmount: (() => void) | null = null;
    let closed = false;
    loadMap().then(
      ({ mountMap }) => {
        if (!closed && host.current) unmount = mountMap(host.current);
      },
      () => {
        if (!closed) setFailed(true);
      },
    );
    return () => {
      closed = true;
      unmount?.();
    };
  }, []);
  return (
    <div class="map-view">
      <div ref={host} class="map-view__canvas" />
      {failed && (
        <p class="map-view__failed" role="alert">
          The map could not be loaded. The table of districts and the panels still work; reload the
          page to try again.
        </p>
      )}
      <MapOverlay />
    </div>
  );
}
