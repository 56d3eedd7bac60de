/**
 * Hosts the Phaser map canvas, the keyboard overlay of its places and its zoom buttons, all loaded
 * on demand (see map-loader.ts).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { MapCamera } from '../map/map-camera';
import { loadMap, type MapModule } from './map-loader';
import './map-view.css';

export function MapView() {
  const host = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<{ module: MapModule; camera: MapCamera } | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let unmount: (() => void) | null = null;
    let closed = false;
    loadMap().then(
      (loaded) => {
        if (closed || !host.current) return;
        const mounted = loaded.mountMap(host.current);
        unmount = mounted.unmount;
        setMap({ module: loaded, camera: mounted.camera });
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
      {map && <map.module.MapOverlay camera={map.camera} />}
      {map && <map.module.MapZoomControls camera={map.camera} />}
    </div>
  );
}
