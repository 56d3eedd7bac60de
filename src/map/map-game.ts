/**
 * Mounts the map into a DOM element. The canvas is sized to the space it is shown in (times the
 * screen's pixel ratio) and the scene's camera zooms the fixed map space to it, so lines and text
 * are drawn at the screen's own resolution rather than stretched: crisp at 1280×720 and 1920×1080
 * alike. FIT keeps the aspect ratio and centres the map; when the parent's size changes a lot, the
 * canvas is re-sized to match. The scene pauses the game while nothing moves (see MapScene), so a
 * change of the parent's size wakes it, letting Phaser's scale manager notice and refit the canvas.
 */
import * as Phaser from 'phaser';
import { MAP } from './geometry';
import { COLORS } from './look';
import { MapCamera } from './map-camera';
import { MAP_SCENE_KEY, MapScene } from './scenes/MapScene';

const MIN_ZOOM = 0.5;
const MAX_ZOOM = 3;

/** Map-space-to-canvas zoom that fills the parent at the screen's pixel density. */
function zoomFor(parent: HTMLElement): number {
  const ratio = window.devicePixelRatio || 1;
  const width = parent.clientWidth || MAP.width;
  const height = parent.clientHeight || MAP.height;
  const fit = Math.min(width / MAP.width, height / MAP.height) * ratio;
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.round(fit * 100) / 100));
}

/** Whether the canvas is shown as large as fits its parent (to within a pixel). */
function fitsParent(scale: Phaser.Scale.ScaleManager, parent: HTMLElement): boolean {
  const { width, height } = scale.displaySize;
  const box = parent.getBoundingClientRect();
  const fit = Math.min(box.width / scale.width, box.height / scale.height);
  return Math.abs(width - scale.width * fit) < 1 && Math.abs(height - scale.height * fit) < 1;
}

/** A mounted map: its view (which the zoom buttons and the keyboard overlay follow) and its end. */
export interface MountedMap {
  camera: MapCamera;
  unmount: () => void;
}

export function mountMap(parent: HTMLElement): MountedMap {
  let zoom = zoomFor(parent);
  const camera = new MapCamera();
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    backgroundColor: COLORS.background,
    banner: false,
    audio: { noAudio: true },
    scale: {
      mode: Phaser.Scale.FIT,
      autoCenter: Phaser.Scale.CENTER_BOTH,
      width: Math.round(MAP.width * zoom),
      height: Math.round(MAP.height * zoom),
    },
    render: { antialias: true },
    // Two fingers for a pinch.
    input: { activePointers: 2 },
    scene: [new MapScene(camera)],
  });

  // The load benchmark (npm run bench:web) reads this mark: the map's first drawn frame.
  game.events.once(Phaser.Core.Events.POST_RENDER, () =>
    performance.mark('frontier:map-first-frame'),
  );

  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new ResizeObserver(() => {
    const scene = game.scene.getScene(MAP_SCENE_KEY);
    if (scene instanceof MapScene) scene.wake();
    clearTimeout(timer);
    timer = setTimeout(() => {
      const next = zoomFor(parent);
      if (Math.abs(next - zoom) / zoom >= 0.08) {
        zoom = next;
        game.scale.setGameSize(Math.round(MAP.width * zoom), Math.round(MAP.height * zoom));
      }
      if (!fitsParent(game.scale, parent)) {
        // Phaser's own check can miss a change (another call may have read the parent's new size
        // first), which left the canvas at its old size, its top under the status strip.
        game.scale.getParentBounds();
        game.scale.refresh();
      }
    }, 150);
  });
  observer.observe(parent);

  return {
    camera,
    unmount: () => {
      clearTimeout(timer);
      observer.disconnect();
      game.destroy(true);
    },
  };
}
