/**
 * The map's baked layers: everything under the highlights, names and playback, drawn into textures
 * so that a frame draws one canvas-sized image instead of hundreds of polygons (see
 * baked-layer.ts). The names stay live: the highlights are drawn under them.
 *
 * Three textures. The ground (land, provinces, mountains, rivers, region names) never changes and
 * is baked once per canvas size; the week's layers (district fills, patterns, outlines, dimming,
 * border, crossings) are baked whenever the shown week or the targeting changes. Both are
 * supersampled for smooth edges. The screen texture, at the canvas's own resolution, holds the two
 * downsampled and is the only one on screen: a frame draws one map-sized image, not two (in
 * software WebGL each costs about 10 ms at 600×550, as much as the rest of the frame). Seeking
 * through a replay re-bakes only the week's layers and the screen, never the ground.
 */
import type * as Phaser from 'phaser';
import { BakedLayer } from './baked-layer';

export class BakedMap {
  private readonly screen: BakedLayer;
  private readonly ground: BakedLayer;
  private readonly week: BakedLayer;
  private groundDirty = true;
  private weekDirty = true;

  /** Call before adding anything else to the scene: the screen image must be drawn first. */
  constructor(scene: Phaser.Scene, background: number) {
    this.screen = new BakedLayer(scene, null, 1);
    this.ground = new BakedLayer(scene, background, 2);
    this.week = new BakedLayer(scene, null, 2);
    this.screen.add(this.ground.image);
    this.screen.add(this.week.image);
  }

  /** Texels per canvas pixel of the ground, at which its texts should be rasterised. */
  get groundSupersample(): number {
    return this.ground.supersample;
  }

  /** Moves an object into the ground, which is baked once per size. */
  addToGround<T extends Phaser.GameObjects.GameObject>(object: T): T {
    return this.ground.add(object);
  }

  /** Moves an object into the week's layers, baked again after `weekChanged`. */
  addToWeek<T extends Phaser.GameObjects.GameObject>(object: T): T {
    return this.week.add(object);
  }

  /** Sizes every texture for `zoom` canvas pixels per map unit (see BakedLayer#fit); all are baked again. */
  fit(zoom: number): void {
    this.screen.fit(zoom);
    this.ground.fit(zoom);
    this.week.fit(zoom);
    this.groundDirty = true;
    this.weekDirty = true;
  }

  weekChanged(): void {
    this.weekDirty = true;
  }

  /** A lost WebGL context took every texture's pixels with it. */
  contextRestored(): void {
    this.groundDirty = true;
    this.weekDirty = true;
  }

  /** Bakes what changed since the last call, then the screen texture from both. */
  redraw(): void {
    if (!this.groundDirty && !this.weekDirty) return;
    if (this.groundDirty) this.ground.redraw();
    if (this.weekDirty) this.week.redraw();
    this.screen.redraw();
    this.groundDirty = false;
    this.weekDirty = false;
  }

  destroy(): void {
    this.ground.destroy();
    this.week.destroy();
    this.screen.destroy();
  }
}
