/**
 * The week's story, kept on the map until the next week is played: a pin where each strike and
 * attack landed (a strike's dashed course drawn from the border to its target), and, beside the
 * name of each district whose threat band changed, an arrow up (worse) or down (better) with the
 * district's outline in the same tone. Shape tells what colour tells, for every kind of sight.
 * A pin's head leans off its place to a spot clear of every name and of the other heads.
 */
import type * as Phaser from 'phaser';
import type { DistrictId } from '../engine';
import { fillRing, strokeRing } from './draw';
import { MAP, type Point } from './geometry';
import type { Box } from './labels';
import { EVENT_COLORS } from './look';
import type { PlaceLabels } from './place-labels';
import type { ScreenTexts } from './screen-texts';
import type { PinKind, ThreatShift, WeekPin } from './week-story';

type Graphics = Phaser.GameObjects.Graphics;

const INK = 0x0b1016;
export const SHIFT_COLORS = { worse: 0xff8a3d, better: 0x5fd0a8 } as const;
/** The pin's head radius and its stem's length, in map units. */
const HEAD = 8.5;
/** The threat badge's radius, for laying out beside it. */
export const BADGE_RADIUS = 7.5;
const STEM = 19;
/** Directions a head may lean, best first: up, then up to either side, then sideways, then down. */
const LEANS = [-90, -55, -125, -20, -160, 20, 160, 90].map((d) => (d * Math.PI) / 180);

function hits(box: Box, [x, y]: Point, radius: number): boolean {
  const nx = Math.max(box.x, Math.min(x, box.x + box.width));
  const ny = Math.max(box.y, Math.min(y, box.y + box.height));
  return (nx - x) ** 2 + (ny - y) ** 2 < radius * radius;
}

export class WeekMarks {
  /** The pins' heads as last drawn, as boxes in map units. */
  private heads: Box[] = [];

  /** `courses` (with the pins' stems) sits under the names, `pins` and `shifts` over them. */
  constructor(
    private readonly courses: Graphics,
    private readonly pins: Graphics,
    private readonly shifts: Graphics,
    private readonly labels: PlaceLabels,
    private readonly texts: ScreenTexts,
  ) {}

  /** The marks grow with the names: larger where the map is shown small, and with the text size. */
  private get scale(): number {
    return this.texts.sizeOf(11.5, 13.5) / 13.5;
  }

  /** The pins' heads as last drawn (map units). */
  headBoxes(): readonly Box[] {
    return this.heads;
  }

  clear(): void {
    this.heads = [];
    this.courses.clear();
    this.pins.clear();
    this.shifts.clear();
  }

  show(pins: readonly WeekPin[], shifts: readonly ThreatShift[]): void {
    this.clear();
    const scale = this.scale;
    for (const pin of pins) if (pin.from) this.course(pin.from, pin.point, scale);
    const taken = [
      ...this.labels.nameBoxes(),
      ...Object.values(MAP.crossings).map(([x, y]) => ({
        x: x - 8,
        y: y - 8,
        width: 16,
        height: 16,
      })),
    ];
    const radius = HEAD * scale;
    for (const pin of pins) {
      const head = this.headFor(pin.point, taken, scale);
      const box = {
        x: head[0] - radius,
        y: head[1] - radius,
        width: radius * 2,
        height: radius * 2,
      };
      taken.push(box);
      this.heads.push(box);
      drawPin(this.courses, this.pins, pin.kind, pin.point, head, scale);
    }
    for (const shift of shifts) this.shift(shift, scale);
  }

  /**
   * The first lean, at the stem's length or a little further, whose head covers nothing; where
   * every one covers something, the one that covers least.
   */
  private headFor([x, y]: Point, taken: readonly Box[], scale: number): Point {
    const stem = STEM * scale;
    let best: Point = [x, y - stem];
    let fewest = Infinity;
    for (const length of [stem, stem * 1.6, stem * 2.3, stem * 3, stem * 4, stem * 5])
      for (const angle of LEANS) {
        const head: Point = [x + Math.cos(angle) * length, y + Math.sin(angle) * length];
        const covered = taken.filter((box) => hits(box, head, (HEAD + 2) * scale)).length;
        if (covered === 0) return head;
        if (covered < fewest) [best, fewest] = [head, covered];
      }
    return best;
  }

  /** A dashed line with an arrowhead, from the border to a strike's target. */
  private course(from: Point, to: Point, scale: number): void {
    const g = this.courses;
    const [x1, y1] = from;
    const [x2, y2] = to;
    const length = Math.hypot(x2 - x1, y2 - y1);
    if (length < 1) return;
    const ux = (x2 - x1) / length;
    const uy = (y2 - y1) / length;
    const end = Math.max(0, length - 4 * scale);
    const head = 9 * scale;
    const dashes: [number, number][] = [];
    for (let at = 0; at < end - head; at += 10 * scale)
      dashes.push([at, Math.min(end - head, at + 6 * scale)]);
    for (const [width, color, alpha] of [
      [4.5, INK, 0.8],
      [2.2, EVENT_COLORS.strike, 1],
    ] as const) {
      g.lineStyle(width * scale, color, alpha);
      for (const [a, b] of dashes)
        g.lineBetween(x1 + ux * a, y1 + uy * a, x1 + ux * b, y1 + uy * b);
    }
    const tipX = x1 + ux * end;
    const tipY = y1 + uy * end;
    const backX = tipX - ux * head;
    const backY = tipY - uy * head;
    const [outer, inner] = [6.5 * scale, 4.5 * scale];
    g.fillStyle(INK, 0.85);
    g.fillTriangle(
      tipX + ux * 2,
      tipY + uy * 2,
      backX - uy * outer,
      backY + ux * outer,
      backX + uy * outer,
      backY - ux * outer,
    );
    g.fillStyle(EVENT_COLORS.strike, 1);
    g.fillTriangle(
      tipX,
      tipY,
      backX - uy * inner,
      backY + ux * inner,
      backX + uy * inner,
      backY - ux * inner,
    );
  }

  /** The district's outline, and an arrow in a badge beside its name. */
  private shift({ district, before, after }: ThreatShift, scale: number): void {
    const g = this.shifts;
    const worse = after > before;
    const tone = worse ? SHIFT_COLORS.worse : SHIFT_COLORS.better;
    strokeRing(g, MAP.districts[district].polygon, 5.5, INK, 0.7);
    strokeRing(g, MAP.districts[district].polygon, 2.6, tone, 1);
    const [x, y] = this.badgeAt(district, scale);
    drawShiftBadge(g, x, y, worse, scale);
  }

  /** Left of the district's name (the right is where a chosen target's check goes). */
  private badgeAt(district: DistrictId, scale: number): Point {
    const name = this.labels.nameOf(`district:${district}`);
    if (!name) return MAP.districts[district].anchor;
    return [
      name.x - name.displayWidth / 2 - 6 * scale,
      name.y - name.displayHeight / 2 + 2 * scale,
    ];
  }
}

/**
 * A map pin: a dot on the place (`tip`) and a stem, drawn on `stems` (under the names), and a
 * head holding a crosshair (strike) or a star (attack), drawn on `g`; `scale` sizes it.
 */
export function drawPin(
  stems: Graphics,
  g: Graphics,
  kind: PinKind,
  tip: Point,
  head: Point,
  scale = 1,
): void {
  const [tx, ty] = tip;
  const [x, y] = head;
  const radius = HEAD * scale;
  const color = EVENT_COLORS[kind];
  stems.lineStyle(4.5 * scale, INK, 0.9);
  stems.lineBetween(tx, ty, x, y);
  stems.fillStyle(INK, 0.9);
  stems.fillCircle(tx, ty, 3.6 * scale);
  stems.lineStyle(2 * scale, color, 1);
  stems.lineBetween(tx, ty, x, y);
  stems.fillStyle(color, 1);
  stems.fillCircle(tx, ty, 2.2 * scale);
  g.fillStyle(INK, 0.9);
  g.fillCircle(x, y, radius + 1.8 * scale);
  g.fillStyle(color, 1);
  g.fillCircle(x, y, radius);
  if (kind === 'strike') {
    g.lineStyle(1.7 * scale, INK, 1);
    g.strokeCircle(x, y, radius * 0.5);
    g.lineBetween(x - radius * 0.85, y, x + radius * 0.85, y);
    g.lineBetween(x, y - radius * 0.85, x, y + radius * 0.85);
  } else {
    const star: Point[] = [];
    for (let i = 0; i < 10; i++) {
      const r = i % 2 ? radius * 0.3 : radius * 0.72;
      const angle = (i / 10) * Math.PI * 2 - Math.PI / 2;
      star.push([x + Math.cos(angle) * r, y + Math.sin(angle) * r]);
    }
    fillRing(g, star, INK);
  }
}

/** A round badge with an arrow: up for a threat that rose, down for one that fell. */
export function drawShiftBadge(g: Graphics, x: number, y: number, worse: boolean, scale = 1): void {
  g.fillStyle(INK, 1);
  g.fillCircle(x, y, BADGE_RADIUS * scale);
  g.fillStyle(worse ? SHIFT_COLORS.worse : SHIFT_COLORS.better, 1);
  g.fillCircle(x, y, 6 * scale);
  const d = (worse ? -1 : 1) * scale;
  g.fillStyle(INK, 1);
  g.fillTriangle(x, y + d * 3.6, x - 3.6 * scale, y - d * 2.4, x + 3.6 * scale, y - d * 2.4);
}
