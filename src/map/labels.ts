/**
 * Label placement: where each name goes so that none overlaps another. Greedy, in the order given
 * (the most important first): each label tries its own point first, then points round it at
 * growing distances, and takes the cheapest spot that overlaps nothing (leaving its own shape
 * costs most, then distance). A label with no such spot is hidden: its place still names itself
 * on hover, tap and focus, in the table, and once the map is zoomed in far enough to make room. A
 * label that ends up outside its shape gets a leader line back to it. Pure, so it is tested in
 * Node; the scene runs it again whenever the text size or the zoom changes.
 */
import { contains, type Point, type Ring } from './polygon';

export interface LabelItem {
  id: string;
  /** The point the label belongs to. */
  anchor: Point;
  width: number;
  height: number;
  /** The shape the label should stay inside when it can (null for point labels). */
  ring: Ring | null;
  /** Offsets to try, in units of the label's height, instead of the default spiral. */
  offsets?: readonly Point[];
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedLabel {
  id: string;
  /** The label's centre. */
  at: Point;
  box: Box;
  /** True when the label stands outside its shape and needs a line back to its anchor. */
  leader: boolean;
  /** True when no spot was free: the label is not drawn (its box is where it would have stood). */
  hidden: boolean;
}

const DIRECTIONS: readonly Point[] = [
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
  [1, -1],
  [1, 1],
  [-1, -1],
  [-1, 1],
];

/** The default candidates: the anchor, then eight directions at growing distances. */
function spiral(item: LabelItem): Point[] {
  const out: Point[] = [[0, 0]];
  for (const step of [0.6, 1.1, 1.7, 2.4]) {
    for (const [dx, dy] of DIRECTIONS) {
      out.push([(dx * step * (item.width / item.height + 1)) / 2, dy * step]);
    }
  }
  return out;
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function boxAt([cx, cy]: Point, width: number, height: number): Box {
  return { x: cx - width / 2, y: cy - height / 2, width, height };
}

/** How much of a box lies inside a ring, sampled on a 3×3 grid (0..1). */
function insideShare(ring: Ring, box: Box): number {
  let inside = 0;
  for (const u of [0.1, 0.5, 0.9])
    for (const v of [0.15, 0.5, 0.85])
      if (contains(ring, [box.x + box.width * u, box.y + box.height * v])) inside++;
  return inside / 9;
}

export function placeLabels(
  items: readonly LabelItem[],
  obstacles: readonly Box[],
  frame: { width: number; height: number },
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const taken: Box[] = [...obstacles];
  for (const item of items) {
    let best: PlacedLabel | null = null;
    let bestCost = Infinity;
    for (const [ox, oy] of item.offsets ?? spiral(item)) {
      const at: Point = [item.anchor[0] + ox * item.height, item.anchor[1] + oy * item.height];
      const box = boxAt(at, item.width, item.height);
      if (box.x < 2 || box.y < 2 || box.x + box.width > frame.width - 2) continue;
      if (box.y + box.height > frame.height - 2) continue;
      if (taken.some((other) => overlap(box, other) > 0)) continue;
      const share = item.ring ? insideShare(item.ring, box) : 1;
      const inside = item.ring ? contains(item.ring, at) : true;
      const distance = Math.hypot(ox, oy);
      const cost = (1 - share) * 6 + (inside ? 0 : 10) + distance * 2;
      if (cost < bestCost) {
        bestCost = cost;
        best = { id: item.id, at, box, leader: !inside, hidden: false };
      }
    }
    if (best) {
      placed.push(best);
      taken.push(best.box);
    } else {
      const box = boxAt(item.anchor, item.width, item.height);
      placed.push({ id: item.id, at: item.anchor, box, leader: false, hidden: true });
    }
  }
  return placed;
}
