/**
 * Zooming and panning the map with the pointer: a drag (mouse or one finger) pans, two fingers
 * pinch to zoom about the point between them (and pan as that point moves), the mouse wheel zooms
 * about the pointer. A press that moved further than a tap may counts as a drag, so its release
 * neither picks a place nor puts the card away (see `dragged`).
 */
import * as Phaser from 'phaser';
import { panBy, zoomAbout, type MapCamera } from './map-camera';

/** How far (CSS px) a press may move and still be a tap. */
const TAP_SLOP = 8;
/** How long after the last wheel step or finger move the view counts as settled. */
const SETTLE_MS = 180;

export class MapGestures {
  private pinch: { distance: number; mid: [number, number] } | null = null;
  private moved = false;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly camera: MapCamera,
    /** CSS pixels per canvas pixel, for the tap slop. */
    private readonly cssPerPixel: () => number,
  ) {
    const input = scene.input;
    input.on(Phaser.Input.Events.POINTER_DOWN, this.down, this);
    input.on(Phaser.Input.Events.POINTER_MOVE, this.move, this);
    input.on(Phaser.Input.Events.POINTER_UP, this.up, this);
    input.on(Phaser.Input.Events.POINTER_WHEEL, this.wheel, this);
  }

  /** True when the press now ending (or just ended) panned or pinched rather than tapped. */
  get dragged(): boolean {
    return this.moved;
  }

  destroy(): void {
    clearTimeout(this.settleTimer);
    const input = this.scene.input;
    input.off(Phaser.Input.Events.POINTER_DOWN, this.down, this);
    input.off(Phaser.Input.Events.POINTER_MOVE, this.move, this);
    input.off(Phaser.Input.Events.POINTER_UP, this.up, this);
    input.off(Phaser.Input.Events.POINTER_WHEEL, this.wheel, this);
  }

  private pressed(): Phaser.Input.Pointer[] {
    const { manager } = this.scene.input;
    return manager.pointers.filter((pointer) => pointer.isDown);
  }

  private down(): void {
    const pressed = this.pressed();
    if (pressed.length === 1) this.moved = false;
    if (pressed.length === 2) {
      this.moved = true;
      this.pinch = this.pinchOf(pressed[0]!, pressed[1]!);
    }
  }

  private pinchOf(a: Phaser.Input.Pointer, b: Phaser.Input.Pointer) {
    return {
      distance: Math.max(1, Math.hypot(a.x - b.x, a.y - b.y)),
      mid: [(a.x + b.x) / 2, (a.y + b.y) / 2] as [number, number],
    };
  }

  private move(pointer: Phaser.Input.Pointer): void {
    const pressed = this.pressed();
    const main = this.scene.cameras.main;
    if (pressed.length >= 2 && this.pinch) {
      const now = this.pinchOf(pressed[0]!, pressed[1]!);
      const before = main.getWorldPoint(this.pinch.mid[0], this.pinch.mid[1]);
      let view = zoomAbout(this.camera.view, now.distance / this.pinch.distance, [
        before.x,
        before.y,
      ]);
      // Then the point between the fingers follows them.
      const scale = main.zoom * (view.zoom / this.camera.view.zoom);
      view = panBy(
        view,
        -(now.mid[0] - this.pinch.mid[0]) / scale,
        -(now.mid[1] - this.pinch.mid[1]) / scale,
      );
      this.pinch = now;
      this.moveTo(view);
      return;
    }
    if (pressed.length !== 1 || !pointer.isDown) return;
    if (!this.moved && pointer.getDistance() * this.cssPerPixel() < TAP_SLOP) return;
    this.moved = true;
    const dx = pointer.x - pointer.prevPosition.x;
    const dy = pointer.y - pointer.prevPosition.y;
    if (dx === 0 && dy === 0) return;
    this.moveTo(panBy(this.camera.view, -dx / main.zoom, -dy / main.zoom));
  }

  private up(): void {
    if (this.pressed().length < 2) this.pinch = null;
  }

  private wheel(pointer: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number): void {
    if (dy === 0) return;
    const at = this.scene.cameras.main.getWorldPoint(pointer.x, pointer.y);
    this.moveTo(zoomAbout(this.camera.view, Math.exp(-dy * 0.002), [at.x, at.y]));
  }

  /** Moves the view now and settles it once the gesture has rested. */
  private moveTo(view: Parameters<MapCamera['set']>[0]): void {
    this.camera.set(view, false);
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      if (this.pressed().length === 0) this.camera.set(this.camera.view, true);
      else this.moveTo(this.camera.view);
    }, SETTLE_MS);
  }
}
