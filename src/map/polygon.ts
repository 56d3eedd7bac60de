/**
 * Plane geometry for the map: small, pure helpers on polygons given as arrays of [x, y] points
 * (open rings: the last point is not a copy of the first). No Phaser here, so it runs in Node tests.
 */

export type Point = readonly [number, number];
export type Ring = readonly Point[];

/** Signed area (shoelace); positive when the ring turns counter-clockwise in y-up axes. */
function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[(i + 1) % ring.length]!;
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

export function area(ring: Ring): number {
  return Math.abs(signedArea(ring));
}

/** The area-weighted centroid (falls back to the mean of the points for a degenerate ring). */
export function centroid(ring: Ring): Point {
  let cx = 0;
  let cy = 0;
  let twice = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[(i + 1) % ring.length]!;
    const cross = x1 * y2 - x2 * y1;
    twice += cross;
    cx += (x1 + x2) * cross;
    cy += (y1 + y2) * cross;
  }
  if (Math.abs(twice) < 1e-9) {
    const n = ring.length || 1;
    return [ring.reduce((s, p) => s + p[0], 0) / n, ring.reduce((s, p) => s + p[1], 0) / n];
  }
  return [cx / (3 * twice), cy / (3 * twice)];
}

/** Even–odd point-in-polygon test. */
export function contains(ring: Ring, [x, y]: Point): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Distance from a point to the segment a–b. */
export function distanceToSegment([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSq = dx * dx + dy * dy;
  const t =
    lengthSq === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSq));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Distance from a point to a polyline (open) or ring (closed). */
export function distanceToPath(point: Point, path: Ring, closed: boolean): number {
  let best = Infinity;
  const last = closed ? path.length : path.length - 1;
  for (let i = 0; i < last; i++) {
    best = Math.min(best, distanceToSegment(point, path[i]!, path[(i + 1) % path.length]!));
  }
  return best;
}

/**
 * Sutherland–Hodgman: the part of `subject` (any simple ring) inside `clip` (a convex ring).
 * Where the result would fall apart into pieces, it stays one ring joined by zero-width seams.
 */
export function clipToConvex(subject: Ring, clip: Ring): Point[] {
  const turn = Math.sign(signedArea(clip));
  let output: Point[] = [...subject];
  for (let i = 0; i < clip.length && output.length > 0; i++) {
    const a = clip[i]!;
    const b = clip[(i + 1) % clip.length]!;
    const side = (p: Point) =>
      turn * ((b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]));
    const input = output;
    output = [];
    for (let j = 0; j < input.length; j++) {
      const current = input[j]!;
      const previous = input[(j + input.length - 1) % input.length]!;
      const sc = side(current);
      const sp = side(previous);
      if (sc >= 0) {
        if (sp < 0) output.push(intersect(previous, current, sp, sc));
        output.push(current);
      } else if (sp >= 0) {
        output.push(intersect(previous, current, sp, sc));
      }
    }
  }
  return output;
}

/**
 * The part of `subject` inside the convex `clip`, as separate rings: Sutherland–Hodgman, then the
 * zero-width seams it leaves along the clip's edges cancel out and the rest is chained into rings.
 */
export function clipToConvexPieces(subject: Ring, clip: Ring): Point[][] {
  const ring = clipToConvex(subject, clip);
  if (ring.length < 3) return [];
  const tolerance = 1e-7;
  const free: [Point, Point][] = [];
  const onClipEdge: [Point, Point][][] = clip.map(() => []);
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i]!;
    const q = ring[(i + 1) % ring.length]!;
    const k = clip.findIndex(
      (a, j) =>
        distanceToSegment(p, a, clip[(j + 1) % clip.length]!) < tolerance &&
        distanceToSegment(q, a, clip[(j + 1) % clip.length]!) < tolerance,
    );
    if (k < 0) free.push([p, q]);
    else onClipEdge[k]!.push([p, q]);
  }
  const edges = [...free];
  onClipEdge.forEach((list, k) => {
    if (list.length === 0) return;
    const a = clip[k]!;
    const b = clip[(k + 1) % clip.length]!;
    const param = (p: Point) => (p[0] - a[0]) * (b[0] - a[0]) + (p[1] - a[1]) * (b[1] - a[1]);
    const stops = new Map<number, Point>();
    for (const [p, q] of list) {
      stops.set(param(p), p);
      stops.set(param(q), q);
    }
    const sorted = [...stops.keys()].sort((x, y) => x - y);
    for (let s = 0; s + 1 < sorted.length; s++) {
      const u = sorted[s]!;
      const v = sorted[s + 1]!;
      let net = 0;
      for (const [p, q] of list) {
        const sp = param(p);
        const sq = param(q);
        if (Math.min(sp, sq) <= u && Math.max(sp, sq) >= v) net += sq > sp ? 1 : -1;
      }
      if (net > 0) edges.push([stops.get(u)!, stops.get(v)!]);
      else if (net < 0) edges.push([stops.get(v)!, stops.get(u)!]);
    }
  });
  const key = (p: Point) => `${p[0].toFixed(6)},${p[1].toFixed(6)}`;
  const outgoing = new Map<string, [Point, Point][]>();
  for (const edge of edges) {
    const list = outgoing.get(key(edge[0]));
    if (list) list.push(edge);
    else outgoing.set(key(edge[0]), [edge]);
  }
  const pieces: Point[][] = [];
  for (const start of edges) {
    const startList = outgoing.get(key(start[0]));
    if (!startList?.includes(start)) continue;
    const piece: Point[] = [];
    let edge: [Point, Point] | undefined = start;
    while (edge) {
      const list = outgoing.get(key(edge[0]))!;
      list.splice(list.indexOf(edge), 1);
      piece.push(edge[0]);
      edge = outgoing.get(key(edge[1]))?.[0];
    }
    if (piece.length >= 3 && area(piece) > 1e-6) pieces.push(piece);
  }
  return pieces;
}

function intersect(p: Point, q: Point, sp: number, sq: number): Point {
  const t = sp / (sp - sq);
  return [p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t];
}

/** The part of an open polyline inside an axis-aligned box, as one polyline (it must cross once). */
export function clipPolylineToBox(line: Ring, width: number, height: number): Point[] {
  const inside = ([x, y]: Point) => x >= 0 && x <= width && y >= 0 && y <= height;
  const out: Point[] = [];
  for (let i = 0; i < line.length; i++) {
    const p = line[i]!;
    const previous = line[i - 1];
    if (previous && inside(p) !== inside(previous))
      out.push(boxCrossing(previous, p, width, height));
    if (inside(p)) out.push(p);
  }
  return out;
}

function boxCrossing(p: Point, q: Point, width: number, height: number): Point {
  let lo = 0;
  let hi = 1;
  const pIn = p[0] >= 0 && p[0] <= width && p[1] >= 0 && p[1] <= height;
  for (let k = 0; k < 60; k++) {
    const mid = (lo + hi) / 2;
    const x = p[0] + (q[0] - p[0]) * mid;
    const y = p[1] + (q[1] - p[1]) * mid;
    const midIn = x >= 0 && x <= width && y >= 0 && y <= height;
    if (midIn === pIn) lo = mid;
    else hi = mid;
  }
  const t = pIn ? lo : hi;
  return [p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t];
}

/** Chaikin corner cutting of an open polyline: a smooth curve through the same ends. */
export function smoothLine(line: Ring, iterations = 2): Point[] {
  let points: Point[] = [...line];
  for (let k = 0; k < iterations; k++) {
    const next: Point[] = [points[0]!];
    for (let i = 0; i + 1 < points.length; i++) {
      const [ax, ay] = points[i]!;
      const [bx, by] = points[i + 1]!;
      next.push(
        [ax * 0.75 + bx * 0.25, ay * 0.75 + by * 0.25],
        [ax * 0.25 + bx * 0.75, ay * 0.25 + by * 0.75],
      );
    }
    next.push(points[points.length - 1]!);
    points = next;
  }
  return points;
}

/**
 * Parallel lines across a ring, clipped to it (even–odd): the segments of a hatching pattern.
 * `angle` in radians; lines are `spacing` apart and offset by `phase` (0..1 of the spacing).
 */
export function hatchSegments(
  ring: Ring,
  spacing: number,
  angle: number,
  phase = 0,
): [Point, Point][] {
  const ux = Math.cos(angle);
  const uy = Math.sin(angle);
  // Lines are {p : p · n = c} with n the normal; walk c over the ring's extent.
  const nx = -uy;
  const ny = ux;
  const cs = ring.map(([x, y]) => x * nx + y * ny);
  const segments: [Point, Point][] = [];
  const start = (Math.floor(Math.min(...cs) / spacing) + phase) * spacing;
  for (let c = start; c <= Math.max(...cs); c += spacing) {
    const hits: number[] = [];
    for (let i = 0; i < ring.length; i++) {
      const a = ring[i]!;
      const b = ring[(i + 1) % ring.length]!;
      const ca = a[0] * nx + a[1] * ny;
      const cb = b[0] * nx + b[1] * ny;
      if (ca < c !== cb < c) {
        const t = (c - ca) / (cb - ca);
        const x = a[0] + (b[0] - a[0]) * t;
        const y = a[1] + (b[1] - a[1]) * t;
        hits.push(x * ux + y * uy);
      }
    }
    hits.sort((p, q) => p - q);
    for (let i = 0; i + 1 < hits.length; i += 2) {
      const from = hits[i]!;
      const to = hits[i + 1]!;
      segments.push([
        [from * ux + c * nx, from * uy + c * ny],
        [to * ux + c * nx, to * uy + c * ny],
      ]);
    }
  }
  return segments;
}

/** Points of a staggered grid inside a ring (for a dotted pattern). */
export function dotGrid(ring: Ring, spacing: number): Point[] {
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  const dots: Point[] = [];
  let row = 0;
  for (let y = Math.min(...ys) + spacing / 2; y < Math.max(...ys); y += spacing * 0.866, row++) {
    for (let x = Math.min(...xs) + (row % 2 ? spacing / 2 : 0); x < Math.max(...xs); x += spacing) {
      if (contains(ring, [x, y])) dots.push([x, y]);
    }
  }
  return dots;
}

/** Drops repeated points and points lying on the straight line between their neighbours. */
export function simplify(ring: Ring, epsilon = 1e-6): Point[] {
  let points = ring.filter((p, i) => {
    const next = ring[(i + 1) % ring.length]!;
    return Math.hypot(p[0] - next[0], p[1] - next[1]) > epsilon;
  });
  let changed = true;
  while (changed && points.length > 3) {
    changed = false;
    const kept: Point[] = [];
    for (let i = 0; i < points.length; i++) {
      const prev = points[(i + points.length - 1) % points.length]!;
      const next = points[(i + 1) % points.length]!;
      const p = points[i]!;
      const cross = (p[0] - prev[0]) * (next[1] - prev[1]) - (p[1] - prev[1]) * (next[0] - prev[0]);
      const dot = (p[0] - prev[0]) * (next[0] - p[0]) + (p[1] - prev[1]) * (next[1] - p[1]);
      if (Math.abs(cross) <= epsilon && dot >= 0) changed = true;
      else kept.push(p);
    }
    points = kept;
  }
  return points;
}

/**
 * A good point for a label: well inside the shape and near its centroid. A grid search for the
 * point farthest from the edges (capped, so that centring still counts), a cheap cousin of
 * Mapbox's polylabel.
 */
export function labelPoint(ring: Ring, comfort = 18): Point {
  const middle = centroid(ring);
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const minY = Math.min(...ys);
  const maxY = Math.max(...ys);
  const step = Math.max(1, Math.min(maxX - minX, maxY - minY) / 18);
  let best: Point = middle;
  let bestScore = contains(ring, middle)
    ? Math.min(distanceToPath(middle, ring, true), comfort)
    : -Infinity;
  for (let y = minY + step / 2; y < maxY; y += step) {
    for (let x = minX + step / 2; x < maxX; x += step) {
      const p: Point = [x, y];
      if (!contains(ring, p)) continue;
      const score =
        Math.min(distanceToPath(p, ring, true), comfort) -
        0.08 * Math.hypot(x - middle[0], y - middle[1]);
      if (score > bestScore) {
        bestScore = score;
        best = p;
      }
    }
  }
  return best;
}

/** A small seeded generator (mulberry32), for deterministic wiggles. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a string, for seeding. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const pointKey = (p: Point) => `${p[0].toFixed(5)},${p[1].toFixed(5)}`;

/** A point of a wiggled segment and the position along the straight segment it was moved from. */
export interface WigglePoint {
  point: Point;
  /** 0 at the segment's start, 1 at its end. */
  t: number;
}

/**
 * Replaces the straight segment a–b by a wiggly line with the same ends (midpoint displacement).
 * The wiggle depends only on the unordered pair of ends, so two shapes sharing an edge get the
 * same wiggle and still fit together. Returns the inner points only (neither end), in order a→b.
 */
export function wiggle(a: Point, b: Point, roughness: number, minLength: number): WigglePoint[] {
  const forward = pointKey(a) < pointKey(b);
  const [from, to] = forward ? [a, b] : [b, a];
  const random = seededRandom(hashString(pointKey(from) + '|' + pointKey(to)));
  const inner: WigglePoint[] = [];
  const split = (p: Point, q: Point, tp: number, tq: number, depth: number) => {
    const length = Math.hypot(q[0] - p[0], q[1] - p[1]);
    if (length < minLength || depth > 6) return;
    const offset = (random() * 2 - 1) * roughness * length;
    const mid: Point = [
      (p[0] + q[0]) / 2 + (-(q[1] - p[1]) / length) * offset,
      (p[1] + q[1]) / 2 + ((q[0] - p[0]) / length) * offset,
    ];
    const tm = (tp + tq) / 2;
    split(p, mid, tp, tm, depth + 1);
    inner.push({ point: mid, t: tm });
    split(mid, q, tm, tq, depth + 1);
  };
  split(from, to, 0, 1, 0);
  return forward ? inner : inner.reverse().map(({ point, t }) => ({ point, t: 1 - t }));
}

/** Snaps points that should be equal (computed twice from different sides) to one copy. */
export class PointSnapper {
  private readonly buckets = new Map<string, Point[]>();
  constructor(private readonly tolerance = 1e-6) {}

  snap(p: Point): Point {
    const size = this.tolerance * 10;
    const bx = Math.floor(p[0] / size);
    const by = Math.floor(p[1] / size);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const q of this.buckets.get(`${bx + dx},${by + dy}`) ?? []) {
          if (Math.abs(q[0] - p[0]) <= this.tolerance && Math.abs(q[1] - p[1]) <= this.tolerance)
            return q;
        }
      }
    }
    const key = `${bx},${by}`;
    const bucket = this.buckets.get(key);
    if (bucket) bucket.push(p);
    else this.buckets.set(key, [p]);
    return p;
  }
}
