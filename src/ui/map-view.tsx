/** Hosts the Phaser map canvas and the keyboard overlay of its places. */
import { useEffect, useRef } from 'preact/hooks';
import { mountMap } from '../map/map-game';
import { MapOverlay } from '../map/map-overlay';
import './map-view.css';

export function MapView() {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!host.current) return;
    return mountMap(host.current);
  }, []);
  return (
    <div class="map-view">
      <div ref={host} class="map-view__canvas" />
      <MapOverlay />
    </div>
  );
}
