/**
 * The map's texts, sized for the screen: each has the size it should have on screen (CSS px) and
 * a least size in map units, so it reads the same on every screen and grows in map units when the
 * map is shown small. Texts are rasterised at the canvas's own resolution, or at the ground's
 * supersampling for those baked into the ground.
 */
import type * as Phaser from 'phaser';
import type { BakedMap } from './baked-map';
import { COLORS, FONT } from './look';

interface TextEntry {
  text: Phaser.GameObjects.Text;
  px: number;
  min: number;
  baked: boolean;
}

export class ScreenTexts {
  private readonly entries: TextEntry[] = [];
  /** How much larger than usual every text is drawn (the text size setting, projector mode). */
  private scale = 1;

  /**
   * `zoom`: canvas pixels per map unit (texts are rasterised at this resolution); `cssZoom`: CSS
   * pixels per map unit (texts are sized in these).
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

  /** Sizes every text again for a new zoom (after the baked map has been fitted to it). */
  fit(zoom: number, cssZoom: number): void {
    this.zoomNow = zoom;
    this.cssZoomNow = cssZoom;
    for (const entry of this.entries) this.size(entry);
  }

  /** Draws every text `scale` times its usual size; true when that changed anything. */
  setScale(scale: number): boolean {
    if (scale === this.scale) return false;
    this.scale = scale;
    for (const entry of this.entries) this.size(entry);
    return true;
  }

  /** The size in map units of a text of `px` CSS pixels and at least `min` units, as drawn now. */
  sizeOf(px: number, min: number): number {
    return Math.max(min, px / this.cssZoomNow) * this.scale;
  }

  private size(entry: TextEntry): void {
    const size = this.sizeOf(entry.px, entry.min);
    const { text } = entry;
    text.setFontSize(size);
    if (text.style.strokeThickness > 0) text.setStroke(COLORS.labelCasing, size * 0.28);
    text.setResolution(entry.baked ? this.zoomNow * this.baked.groundSupersample : this.zoomNow);
  }
}
