/**
 * A stack of map objects drawn once into a texture and shown as one Image, redrawn only when asked.
 * Software WebGL (no GPU) spends most of a frame filling the map's many overlapping polygons again
 * and again, even when nothing changes; one textured quad costs a fraction of that.
 *
 * The texture covers the map space exactly, at `supersample` texels per canvas pixel (at most the
 * layer's own limit): a framebuffer has no multisampling, so shapes are drawn at twice the
 * resolution and the Image's linear filter averages each 2×2 block back down when it is drawn at
 * the canvas's resolution, which keeps edges as smooth as on the antialiased canvas. A layer of one
 * texel per pixel is sampled nearest: it is only ever drawn 1:1. Texts drawn here should be
 * rasterised at `supersample` times the canvas resolution.
 */
import * as Phaser from 'phaser';
import { MAP } from './geometry';

/** Largest texture side, and texel count (about 32 MB a layer), a layer is baked at. */
const MAX_SIDE = 4096;
const MAX_PIXELS = 2896 * 2896;

let serial = 0;

export class BakedLayer {
  /** The objects drawn into the texture, in order; not on the scene's display list. */
  readonly parts: Phaser.GameObjects.Container;
  readonly image: Phaser.GameObjects.Image;
  /** Texels per canvas pixel. */
  supersample = 2;
  private readonly texture: Phaser.Textures.DynamicTexture;
  private readonly scene: Phaser.Scene;
  private destroyed = false;

  /**
   * `background`, when given, is filled first: the layer is then opaque, like the canvas.
   * `maxSupersample` is 2 for a layer drawn down to the canvas's resolution, 1 for one drawn 1:1.
   */
  constructor(
    scene: Phaser.Scene,
    private readonly background: number | null,
    private readonly maxSupersample: 1 | 2,
  ) {
    this.scene = scene;
    const key = `map-baked-${++serial}`;
    const texture = scene.textures.addDynamicTexture(key, 2, 2, false);
    if (!texture) throw new Error(`Texture ${key} could not be created`);
    this.texture = texture;
    this.image = scene.add.image(0, 0, key).setOrigin(0, 0);
    this.parts = scene.make.container({ x: 0, y: 0 }, false);
  }

  /** Moves an object from the scene into this layer (drawn after the ones added before). */
  add<T extends Phaser.GameObjects.GameObject>(object: T): T {
    this.parts.add(object);
    return object;
  }

  /**
   * Sizes the texture to the whole map space at `zoom` canvas pixels per map unit (the camera's,
   * which is more than the fitted map's when the view is zoomed in), so the view can be panned
   * without baking again. Past the texel budget the layer is baked at less than the screen's
   * resolution and drawn a little soft. The content must be redrawn afterwards.
   */
  fit(zoom: number): void {
    const renderer = this.scene.game.renderer as Phaser.Renderer.WebGL.WebGLRenderer;
    const maxSide = Math.min(MAX_SIDE, renderer.getMaxTextureSize?.() ?? MAX_SIDE);
    const fits = (scale: number) =>
      MAP.width * scale <= maxSide &&
      MAP.height * scale <= maxSide &&
      MAP.width * MAP.height * scale * scale <= MAX_PIXELS;
    this.supersample = this.maxSupersample === 2 && fits(zoom * 2) ? 2 : 1;
    let scale = zoom * this.supersample;
    if (!fits(scale)) {
      scale = Math.min(
        maxSide / MAP.width,
        maxSide / MAP.height,
        Math.sqrt(MAX_PIXELS / (MAP.width * MAP.height)),
      );
    }
    const textureWidth = Math.max(2, Math.round(MAP.width * scale));
    const textureHeight = Math.max(2, Math.round(MAP.height * scale));
    this.texture.setSize(textureWidth, textureHeight, false);
    this.texture.setFilter(
      this.supersample > 1 ? Phaser.Textures.FilterMode.LINEAR : Phaser.Textures.FilterMode.NEAREST,
    );
    this.texture.camera.setZoom(scale).centerOn(MAP.width / 2, MAP.height / 2);
    this.image
      .setTexture(this.texture.key)
      .setPosition(0, 0)
      .setScale(MAP.width / textureWidth, MAP.height / textureHeight);
  }

  redraw(): void {
    const texture = this.texture.clear();
    if (this.background !== null) texture.fill(this.background, 1);
    texture.draw(this.parts.list);
    texture.render();
  }

  /** Safe to call more than once (a scene may both shut down and be destroyed). */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.parts.destroy();
    this.image.destroy();
    this.texture.destroy();
  }
}
