/**
 * What the map view loads on demand (see ui/map-loader.ts): the Phaser map and its keyboard
 * overlay. Both need the map's geometry, whose Voronoi cells and label points take a noticeable
 * moment to compute, so neither the title nor any dialog pays for it.
 */
export { mountMap } from './map-game';
export { MapOverlay } from './map-overlay';
export { MapZoomControls } from './map-zoom-controls';
