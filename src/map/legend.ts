/**
 * The map's key, in the empty north-west corner on a panel of its own: the threat bands, the
 * patterns (shown when they are on), the crossing icons, the week's marks and a scale bar. Its
 * texts come from the scene, which keeps them readable on every screen; `layout` runs again
 * whenever their size changes. It is laid out in the whole map's units and stays in its corner of
 * the screen when the map is zoomed (the scene moves it with the view); its scale bar is the whole
 * map's.
 */
import type * as Phaser from 'phaser';
import { crossingIcon, displacementDot, fillRing } from './draw';
import { MAP, type Ring } from './geometry';
import type { Box } from './labels';
import { COLORS } from './look';
import { hatchSegments } from './polygon';
import { HATCH_FROM_BAND, THREAT_BANDS } from './threat';
import { BADGE_RADIUS, drawPin, drawShiftBadge } from './week-marks';

type Text = Phaser.GameObjects.Text;
export type LegendText = (content: string, px: number) => Text;

const LEFT = 18;
const TOP = 22;
/** The panel's margin round the key's contents. */
const PAD = 7;

export class MapLegend {
  private readonly title: Text;
  private readonly bands: Text[];
  private readonly hatch: Text;
  private readonly dots: Text;
  private readonly open: Text;
  private readonly closed: Text;
  private readonly scale: Text;
  private readonly strike: Text;
  private readonly attack: Text;
  private readonly shift: Text;
  private panelBox: Box = { x: 0, y: 0, width: 0, height: 0 };

  /** `panel` is drawn under `graphics` and the texts. */
  constructor(
    private readonly panel: Phaser.GameObjects.Graphics,
    private readonly graphics: Phaser.GameObjects.Graphics,
    text: LegendText,
  ) {
    this.title = text('MILITANT THREAT', 9.5).setLetterSpacing(1.5).setFontStyle('bold');
    this.bands = THREAT_BANDS.map((band) => text(band.label, 10));
    this.hatch = text('High threat or worse', 10);
    this.dots = text('People displaced', 10);
    this.open = text('Crossing open', 10);
    this.closed = text('Crossing closed', 10);
    this.scale = text('100 km', 9.5);
    this.strike = text('Strike this week', 10);
    this.attack = text('Attack this week', 10);
    this.shift = text('Threat rose / fell', 10);
  }

  /** The panel as last laid out. */
  get box(): Box {
    return this.panelBox;
  }

  /** The title's box as last laid out. */
  get titleBox(): Box {
    return boxOf(this.title);
  }

  layout(patterns: boolean): void {
    const g = this.graphics.clear();
    const row = this.open.displayHeight * 1.15;
    const swatch = row * 0.95;
    const textX = LEFT + swatch + 7;
    const box = (y: number): Ring => [
      [LEFT, y - swatch * 0.35],
      [LEFT + swatch, y - swatch * 0.35],
      [LEFT + swatch, y + swatch * 0.35],
      [LEFT, y + swatch * 0.35],
    ];
    const hatched = (ring: Ring) => {
      g.lineStyle(1.1, COLORS.hatch, 0.55);
      for (const [[x1, y1], [x2, y2]] of hatchSegments(ring, 5, -Math.PI / 4))
        g.lineBetween(x1, y1, x2, y2);
    };
    // Large type would push the panel's top off the map.
    let y = Math.max(TOP, PAD + 4 + this.title.displayHeight / 2);
    const titleY = y;
    this.title.setPosition(LEFT, y);
    y += row * 1.05;
    THREAT_BANDS.forEach((band, i) => {
      fillRing(g, box(y), band.color);
      if (patterns && i >= HATCH_FROM_BAND) hatched(box(y));
      g.lineStyle(1, COLORS.districtLine, 1);
      g.strokeRect(LEFT, y - swatch * 0.35, swatch, swatch * 0.7);
      this.bands[i]!.setPosition(textX, y);
      y += row;
    });
    this.hatch.setVisible(patterns);
    this.dots.setVisible(patterns);
    if (patterns) {
      y += row * 0.25;
      fillRing(g, box(y), THREAT_BANDS[HATCH_FROM_BAND]!.color);
      hatched(box(y));
      this.hatch.setPosition(textX, y);
      y += row;
      fillRing(g, box(y), COLORS.districtNeutral);
      for (const [dx, dy] of [
        [0.25, -0.15],
        [0.75, -0.15],
        [0.5, 0.18],
      ] as const)
        displacementDot(g, LEFT + swatch * dx, y + swatch * dy);
      this.dots.setPosition(textX, y);
      y += row;
    }
    y += row * 0.25;
    crossingIcon(g, LEFT + swatch / 2, y, true);
    this.open.setPosition(textX, y);
    y += row;
    crossingIcon(g, LEFT + swatch / 2, y, false);
    this.closed.setPosition(textX, y);
    y += row * 1.25;
    // The week's marks (see week-marks.ts): a pin's head, its stem and tip to the right.
    const pinScale = Math.min(1, (row * 0.5) / 8.5);
    for (const [kind, text] of [
      ['strike', this.strike],
      ['attack', this.attack],
    ] as const) {
      y += row * 0.15;
      drawPin(g, g, kind, [LEFT + swatch + 2, y + 2], [LEFT + row * 0.45, y], pinScale);
      text.setPosition(textX + 4, y);
      y += row;
    }
    y += row * 0.15;
    const badge = Math.min(1, (row * 0.45) / BADGE_RADIUS);
    drawShiftBadge(g, LEFT + BADGE_RADIUS * badge, y, true, badge);
    drawShiftBadge(g, LEFT + BADGE_RADIUS * badge * 3 + 2, y, false, badge);
    this.shift.setPosition(LEFT + BADGE_RADIUS * badge * 4 + 8, y);
    y += row * 1.3;
    const bar = 100 * MAP.unitsPerKm;
    g.fillStyle(COLORS.crossingInk, 0.8);
    g.fillRect(LEFT - 1, y - 3, bar + 2, 6);
    g.fillStyle(COLORS.legendInk, 1);
    g.fillRect(LEFT, y - 2, bar / 2, 4);
    g.fillStyle(COLORS.legendInk, 0.45);
    g.fillRect(LEFT + bar / 2, y - 2, bar / 2, 4);
    this.scale.setPosition(LEFT + bar + 6, y);

    const texts = [this.title, ...this.bands, this.open, this.closed, this.scale];
    texts.push(this.strike, this.attack, this.shift);
    if (patterns) texts.push(this.hatch, this.dots);
    const right = Math.max(LEFT + bar, ...texts.map((t) => t.x + t.displayWidth));
    const top = titleY - this.title.displayHeight / 2;
    const bottom = y + this.scale.displayHeight / 2;
    this.panelBox = {
      x: LEFT - PAD,
      y: top - PAD,
      width: right - LEFT + PAD * 2,
      height: bottom - top + PAD * 2,
    };
    const { x, y: py, width, height } = this.panelBox;
    this.panel.clear();
    this.panel.fillStyle(COLORS.background, 0.88);
    this.panel.fillRoundedRect(x, py, width, height, 6);
    this.panel.lineStyle(1, COLORS.insetFrame, 0.7);
    this.panel.strokeRoundedRect(x, py, width, height, 6);
  }
}

/** A text's box (its origin is at its left middle). */
function boxOf(text: Text): Box {
  return {
    x: text.x,
    y: text.y - text.displayHeight / 2,
    width: text.displayWidth,
    height: text.displayHeight,
  };
}
