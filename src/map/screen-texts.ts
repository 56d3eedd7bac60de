/**
 * The map's texts, sized for the screen: each has the size it should have on screen (CSS px) and
 * a least size in map units, so it reads the same on every screen and grows in map units when the
 * map is shown small. Zoomed in, every text keeps the size it has on screen at the whole map's
 * view (it shrinks in map units), so names make room for each other. Texts are rasterised at the
 * camera's resolution, or at the ground's supersampling for those baked into the ground.
 */
import type * as Phaser from 'phaser';
import type { BakedMap } from './baked-map';
import { COLORS, FONT } from './look';

interface TextEntry {
  text: Phaser.GameObjects.Text;
  px: number;
  min: number;
  baked: boolean;
  /** The widest it may be drawn, in map units (it is drawn smaller rather than wider). */
  maxWidth?: number;
}

export class ScreenTexts {
  private readonly entries: TextEntry[] = [];
  /** How much larger than usual every text is drawn (the text size setting, projector mode). */
  private scale = 1;
  /** How far the view is zoomed in (1: the whole map). */
  private viewZoom = 1;

  /**
   * `zoom`: canvas pixels per map unit as the camera draws them (texts are rasterised at this
   * resolution); `cssZoom`: CSS pixels per map unit at the whole map's view (texts are sized in
   * these).
   */
  constructor(
    private readonly scene: Phaser.Scene,
    private readonly baked: BakedMap,
    private zoomNow: number,
    private cssZoomNow: number,
  ) {}

  get zoom(): number {
    return this.zoomNow;
  }

  get cssZoom(): number {
    return this.cssZoomNow;
  }

  /** Adds a text whose size follows the screen; `baked` moves it into the ground. */
  add(
    x: number,
    y: number,
    content: string,
    px: number,
    min: number,
    style: Phaser.Types.GameObjects.Text.TextStyle,
    baked = false,
  ): Phaser.GameObjects.Text {
    const text = this.scene.add.text(x, y, content, {
      fontFamily: FONT,
      resolution: this.zoomNow,
      ...style,
    });
    if (baked) this.baked.addToGround(text);
    const entry = { text, px, min, baked };
    this.entries.push(entry);
    this.size(entry);
    return text;
  }

  /** Keeps a text added here no wider than `width` map units, drawing it smaller if need be. */
  limitWidth(text: Phaser.GameObjects.Text, width: number): void {
    const entry = this.entries.find((e) => e.text === text);
    if (!entry) return;
    entry.maxWidth = width;
    this.size(entry);
  }

  /**
   * Sizes every text again for a new zoom (after the baked map has been fitted to it); `viewZoom`
   * is how far the view is zoomed in, by which `zoom` exceeds the whole map's.
   */
  fit(zoom: number, cssZoom: number, viewZoom = 1): void {
    this.zoomNow = zoom;
    this.cssZoomNow = cssZoom;
    this.viewZoom = viewZoom;
    for (const entry of this.entries) this.size(entry);
  }

  /** Draws every text `scale` times its usual size; true when that changed anything. */
  setScale(scale: number): boolean {
    if (scale === this.scale) return false;
    this.scale = scale;
    for (const entry of this.entries) this.size(entry);
    return true;
  }

  /**
   * The size in map units of a text of `px` CSS pixels and at least `min` units at the whole map's
   * view, as drawn now.
   */
  sizeOf(px: number, min: number): number {
    return (Math.max(min, px / this.cssZoomNow) * this.scale) / this.viewZoom;
  }

  private size(entry: TextEntry): void {
    const size = this.sizeOf(entry.px, entry.min);
    const { text } = entry;
    text.setFontSize(size);
    if (text.style.strokeThickness > 0) text.setStroke(COLORS.labelCasing, size * 0.28);
    text.setResolution(entry.baked ? this.zoomNow * this.baked.groundSupersample : this.zoomNow);
    if (entry.maxWidth !== undefined && text.displayWidth > entry.maxWidth) {
      const fitted = (size * entry.maxWidth) / text.displayWidth;
      text.setFontSize(fitted);
      if (text.style.strokeThickness > 0) text.setStroke(COLORS.labelCasing, fitted * 0.28);
    }
  }
}
