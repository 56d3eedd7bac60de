/**
 * The map's geometry, computed once at load: where every district, province, crossing and the
 * border stand in a fixed 1000 × 800 map space. Pure (no Phaser), so the tests check it in Node.
 *
 * Projection: equirectangular, longitude scaled by cos(33.2°), the frame's middle latitude, over
 * 64.8°E–74.0°E and 29.65°N–36.75°N (Kandahar to Islamabad, Quetta to the Wakhan): about 1.2 map
 * units per km, true to within a few per cent across the frame. The frame is nearly square because
 * the frontier is, and so is the space the game gives the map. Karachi (24.9°N) would fall ~600
 * units below the frame, so it is drawn in a labelled inset in the bottom-right corner (over
 * Punjab, where no game district lies) rather than squashing the south.
 *
 * Shapes: Voronoi cells (d3-delaunay) of the district centroids and of context seeds standing for
 * the unplayable districts around them, clipped to the Pakistani side of a schematic Durand Line;
 * the same for the Afghan provinces on the other side. Shared edges then get the same deterministic
 * wiggle on both sides, so the mosaic looks drawn, not computed, and still fits together.
 */
import { Delaunay } from 'd3-delaunay';
import {
  CROSSING_IDS,
  DISTRICTS,
  DISTRICT_IDS,
  PROVINCES,
  PROVINCE_IDS,
  type CrossingId,
  type DistrictId,
  type ProvinceId,
} from '../engine';
import {
  AFGHAN_CONTEXT,
  BORDER_LATLON,
  CROSSING_LATLON,
  DISTRICT_SEEDS,
  KARACHI_INSET,
  PAKISTAN_CONTEXT,
  PROVINCE_SEEDS,
  REGION_LABELS,
  RANGES,
  RIVERS,
  type LatLon,
} from './frontier';
import {
  PointSnapper,
  area,
  clipToConvex,
  clipPolylineToBox,
  clipToConvexPieces,
  contains,
  distanceToPath,
  distanceToSegment,
  labelPoint,
  simplify,
  smoothLine,
  wiggle,
  type Point,
  type Ring,
  type WigglePoint,
} from './polygon';

export type { Point, Ring } from './polygon';

export const MAP_WIDTH = 1000;
export const MAP_HEIGHT = 920;

const LAT_TOP = 36.75;
const LAT_BOTTOM = 29.65;
const LON_LEFT = 64.8;
const MID_LAT = (LAT_TOP + LAT_BOTTOM) / 2;
/** Map units per degree of latitude (about 1 unit per km). */
const UNITS_PER_DEGREE = MAP_HEIGHT / (LAT_TOP - LAT_BOTTOM);
const LON_FACTOR = Math.cos((MID_LAT * Math.PI) / 180);

/** Latitude and longitude (degrees) to map units, y growing downward. */
export function project(lat: number, lon: number): Point {
  return [(lon - LON_LEFT) * UNITS_PER_DEGREE * LON_FACTOR, (LAT_TOP - lat) * UNITS_PER_DEGREE];
}

const projectLatLon = ([lat, lon]: LatLon): Point => project(lat, lon);

export interface PlaceShape {
  /** The outline, an open ring in map units. */
  polygon: Ring;
  /** Where the name goes: well inside the shape. */
  anchor: Point;
  /** The place's own point: its projected centroid (for Karachi, its place in the inset). */
  center: Point;
}

export interface MapGeometry {
  width: number;
  height: number;
  /** Map units per kilometre (for a scale bar). */
  unitsPerKm: number;
  districts: Record<DistrictId, PlaceShape>;
  provinces: Record<ProvinceId, PlaceShape>;
  /** The Durand Line, north-east to south-west, clipped to the frame. */
  border: Ring;
  crossings: Record<CrossingId, Point>;
  /** The two sides of the border within the frame. */
  pakistan: Ring;
  afghanistan: Ring;
  /** Unplayable cells around the game's places, drawn as plain land. */
  context: { pakistan: Ring[]; afghanistan: Ring[] };
  inset: { x: number; y: number; width: number; height: number; coast: Ring; title: string };
  regions: readonly { text: string; at: Point; size: 'country' | 'region' }[];
  rivers: readonly { name: string; width: number; course: Ring }[];
  /** Mountain ranges as smooth lines (drawn as rows of peaks). */
  ranges: readonly Ring[];
}

const FRAME: Ring = [
  [0, 0],
  [MAP_WIDTH, 0],
  [MAP_WIDTH, MAP_HEIGHT],
  [0, MAP_HEIGHT],
];

/** Shared edges get a wiggle of this much (fraction of their length), down to pieces this long. */
const ROUGHNESS = 0.16;
const DETAIL = 7;

/**
 * The border twice: straight between the hand-placed points (the cells are clipped to that, which
 * keeps every clipped cell in one piece), and wiggled (what is drawn; the cells' border edges are
 * then moved onto it, both sides alike).
 */
interface Border {
  straight: Point[];
  /** Per straight segment i: its wiggled course from point i (t = 0) to point i + 1 (t = 1). */
  courses: WigglePoint[][];
  line: Point[];
}

function buildBorder(): Border {
  const straight = BORDER_LATLON.map(projectLatLon);
  const courses: WigglePoint[][] = [];
  const line: Point[] = [straight[0]!];
  for (let i = 1; i < straight.length; i++) {
    const inner = wiggle(straight[i - 1]!, straight[i]!, 0.09, 10);
    courses.push([{ point: straight[i - 1]!, t: 0 }, ...inner, { point: straight[i]!, t: 1 }]);
    line.push(...inner.map((w) => w.point), straight[i]!);
  }
  return { straight, courses, line };
}

function paramOn(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  return ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy);
}

/** The straight border segment a point lies on, and where along it; null if it is off the line. */
function onBorder(border: Border, p: Point): { segment: number; t: number } | null {
  for (let i = 0; i + 1 < border.straight.length; i++) {
    const a = border.straight[i]!;
    const b = border.straight[i + 1]!;
    if (distanceToSegment(p, a, b) < 1e-6) return { segment: i, t: paramOn(p, a, b) };
  }
  return null;
}

/** The straight border segment both points lie on, or -1. */
function sharedSegment(border: Border, a: Point, b: Point): number {
  for (let i = 0; i + 1 < border.straight.length; i++) {
    const from = border.straight[i]!;
    const to = border.straight[i + 1]!;
    if (distanceToSegment(a, from, to) < 1e-6 && distanceToSegment(b, from, to) < 1e-6) return i;
  }
  return -1;
}

/** The point of the wiggled border at position t of straight segment i. */
function courseAt(border: Border, segment: number, t: number): Point {
  const course = border.courses[segment]!;
  for (let k = 0; k + 1 < course.length; k++) {
    const from = course[k]!;
    const to = course[k + 1]!;
    if (t <= to.t || k + 2 === course.length) {
      const f = to.t === from.t ? 0 : Math.max(0, Math.min(1, (t - from.t) / (to.t - from.t)));
      return [
        from.point[0] + (to.point[0] - from.point[0]) * f,
        from.point[1] + (to.point[1] - from.point[1]) * f,
      ];
    }
  }
  return course[0]!.point;
}

/** The two sides of a border line within the frame: the line plus far-away corners, clipped. */
function buildSides(line: readonly Point[]): { pakistan: Point[]; afghanistan: Point[] } {
  const far = 400;
  const first = line[0]!;
  const last = line[line.length - 1]!;
  const pakistan: Point[] = [
    ...line,
    [-far, MAP_HEIGHT + far],
    [MAP_WIDTH + far, MAP_HEIGHT + far],
    [MAP_WIDTH + far, -far],
    [first[0], -far],
  ];
  const afghanistan: Point[] = [...line, [-far, last[1]], [-far, -far], [first[0], -far]];
  return { pakistan: clipToConvex(pakistan, FRAME), afghanistan: clipToConvex(afghanistan, FRAME) };
}

/** Voronoi cells of the seeds, clipped to one side of the straight border, then dressed. */
function cellsOn(
  side: Ring,
  seeds: readonly Point[],
  border: Border,
  snapper: PointSnapper,
): Point[][] {
  const voronoi = Delaunay.from(seeds.map(([x, y]): [number, number] => [x, y])).voronoi([
    0,
    0,
    MAP_WIDTH,
    MAP_HEIGHT,
  ]);
  return seeds.map((seed, i) => {
    const cell = voronoi.cellPolygon(i).slice(0, -1) as Point[];
    // A cell can reach round a bend of the border and hold two pieces of this side: keep the
    // piece with the seed (the other is left as plain land).
    const pieces = clipToConvexPieces(side, cell);
    const piece =
      pieces.find((candidate) => contains(candidate, seed)) ??
      pieces.reduce<Point[]>((best, p) => (area(p) > area(best) ? p : best), []);
    return dress(simplify(piece.map((p) => snapper.snap(p))), border);
  });
}

/**
 * Moves a clipped cell's border edges onto the wiggled border and wiggles its shared inner edges;
 * edges on the frame stay straight.
 */
function dress(ring: readonly Point[], border: Border): Point[] {
  const out: Point[] = [];
  const where = ring.map((p) => onBorder(border, p));
  for (let i = 0; i < ring.length; i++) {
    const j = (i + 1) % ring.length;
    const a = ring[i]!;
    const b = ring[j]!;
    const wa = where[i];
    const wb = where[j];
    out.push(wa ? courseAt(border, wa.segment, wa.t) : a);
    const segment = wa && wb ? sharedSegment(border, a, b) : -1;
    if (segment >= 0) {
      const from = border.straight[segment]!;
      const to = border.straight[segment + 1]!;
      const ta = paramOn(a, from, to);
      const tb = paramOn(b, from, to);
      const inner = border.courses[segment]!.filter(
        (w) => w.t > Math.min(ta, tb) && w.t < Math.max(ta, tb),
      );
      if (tb < ta) inner.reverse();
      out.push(...inner.map((w) => w.point));
    } else {
      const middle: Point = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
      if (distanceToPath(middle, FRAME, true) > 1e-6)
        out.push(...wiggle(a, b, ROUGHNESS, DETAIL).map((w) => w.point));
    }
  }
  return simplify(out, 1e-9);
}

function place(ring: Ring, center: Point): PlaceShape {
  return { polygon: ring, anchor: labelPoint(ring), center };
}

function seedOf(own: LatLon | undefined, lat: number, lon: number): Point {
  return own ? projectLatLon(own) : project(lat, lon);
}

function roughRing(points: readonly Point[]): Point[] {
  return points.flatMap((a, i) => [
    a,
    ...wiggle(a, points[(i + 1) % points.length]!, ROUGHNESS * 0.7, DETAIL).map((w) => w.point),
  ]);
}

function buildMap(): MapGeometry {
  const border = buildBorder();
  const straightSides = buildSides(border.straight);
  const sides = buildSides(border.line);
  const snapper = new PointSnapper();

  const onMainMap = DISTRICT_IDS.filter((id) => id !== 'karachi');
  const districtSeeds = onMainMap.map((id) =>
    seedOf(DISTRICT_SEEDS[id], DISTRICTS[id].lat, DISTRICTS[id].lon),
  );
  const pakistanCells = cellsOn(
    straightSides.pakistan,
    [...districtSeeds, ...PAKISTAN_CONTEXT.map(projectLatLon)],
    border,
    snapper,
  );
  const districts = {} as Record<DistrictId, PlaceShape>;
  onMainMap.forEach((id, i) => {
    districts[id] = place(pakistanCells[i]!, project(DISTRICTS[id].lat, DISTRICTS[id].lon));
  });
  const inset = ([u, v]: readonly [number, number]): Point => [
    KARACHI_INSET.x + u * KARACHI_INSET.width,
    KARACHI_INSET.y + v * KARACHI_INSET.height,
  ];
  const karachi = roughRing(KARACHI_INSET.shape.map(inset));
  districts.karachi = {
    polygon: karachi,
    anchor: labelPoint(karachi),
    center: labelPoint(karachi),
  };

  const provinceSeeds = PROVINCE_IDS.map((id) =>
    seedOf(PROVINCE_SEEDS[id], PROVINCES[id].lat, PROVINCES[id].lon),
  );
  const afghanCells = cellsOn(
    straightSides.afghanistan,
    [...provinceSeeds, ...AFGHAN_CONTEXT.map(projectLatLon)],
    border,
    snapper,
  );
  const provinces = {} as Record<ProvinceId, PlaceShape>;
  PROVINCE_IDS.forEach((id, i) => {
    provinces[id] = place(afghanCells[i]!, project(PROVINCES[id].lat, PROVINCES[id].lon));
  });

  const crossings = {} as Record<CrossingId, Point>;
  for (const id of CROSSING_IDS) crossings[id] = projectLatLon(CROSSING_LATLON[id]);

  return {
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    unitsPerKm: UNITS_PER_DEGREE / 111.2,
    districts,
    provinces,
    border: clipPolylineToBox(border.line, MAP_WIDTH, MAP_HEIGHT),
    crossings,
    pakistan: sides.pakistan,
    afghanistan: sides.afghanistan,
    context: {
      pakistan: pakistanCells.slice(onMainMap.length),
      afghanistan: afghanCells.slice(PROVINCE_IDS.length),
    },
    inset: {
      x: KARACHI_INSET.x,
      y: KARACHI_INSET.y,
      width: KARACHI_INSET.width,
      height: KARACHI_INSET.height,
      coast: KARACHI_INSET.coast.map(inset),
      title: 'Karachi, 700 km south',
    },
    regions: REGION_LABELS.map(({ text, at, size }) => ({ text, at: projectLatLon(at), size })),
    ranges: RANGES.map((range) => smoothLine(range.map(projectLatLon), 3)),
    rivers: RIVERS.map(({ name, width, course }) => ({
      name,
      width,
      course: smoothLine(course.map(projectLatLon), 3),
    })),
  };
}

/** The map, computed once. */
export const MAP: MapGeometry = buildMap();
