import { describe, expect, it } from 'vitest';
import {
  CROSSINGS,
  CROSSING_IDS,
  DISTRICTS,
  DISTRICT_IDS,
  PROVINCES,
  PROVINCE_IDS,
  type DistrictId,
  type ProvinceId,
} from '../../src/engine';
import { MAP, MAP_HEIGHT, MAP_WIDTH, project } from '../../src/map/geometry';
import { area, contains, distanceToPath, type Point, type Ring } from '../../src/map/polygon';

const districtShapes = DISTRICT_IDS.map((id) => [id, MAP.districts[id]] as const);
const provinceShapes = PROVINCE_IDS.map((id) => [id, MAP.provinces[id]] as const);
const allShapes = [...districtShapes, ...provinceShapes];

/** Points on a grid that fall inside the ring. */
function insidePoints(ring: Ring, step = 4): Point[] {
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  const points: Point[] = [];
  for (let y = Math.min(...ys); y <= Math.max(...ys); y += step)
    for (let x = Math.min(...xs); x <= Math.max(...xs); x += step)
      if (contains(ring, [x, y])) points.push([x, y]);
  return points;
}

/** How far apart two outlines are at their closest (0 when they share an edge). */
function gap(a: Ring, b: Ring): number {
  return Math.min(...a.map((p) => distanceToPath(p, b, true)));
}

function segmentsCross(p1: Point, p2: Point, q1: Point, q2: Point): boolean {
  const d = (a: Point, b: Point, c: Point) =>
    (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
  const d1 = d(q1, q2, p1);
  const d2 = d(q1, q2, p2);
  const d3 = d(p1, p2, q1);
  const d4 = d(p1, p2, q2);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

function isSimple(ring: Ring): boolean {
  const n = ring.length;
  for (let i = 0; i < n; i++) {
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue;
      if (segmentsCross(ring[i]!, ring[(i + 1) % n]!, ring[j]!, ring[(j + 1) % n]!)) return false;
    }
  }
  return true;
}

describe('projection', () => {
  it('puts north up and east right, with the frame around the frontier', () => {
    const [px, py] = project(DISTRICTS.peshawar.lat, DISTRICTS.peshawar.lon);
    const [qx, qy] = project(DISTRICTS.quetta.lat, DISTRICTS.quetta.lon);
    expect(px).toBeGreaterThan(qx);
    expect(py).toBeLessThan(qy);
    for (const id of DISTRICT_IDS.filter((d) => d !== 'karachi')) {
      const [x, y] = project(DISTRICTS[id].lat, DISTRICTS[id].lon);
      expect(x, id).toBeGreaterThan(0);
      expect(x, id).toBeLessThan(MAP_WIDTH);
      expect(y, id).toBeGreaterThan(0);
      expect(y, id).toBeLessThan(MAP_HEIGHT);
    }
  });

  it('keeps distances true: a degree of latitude and of longitude at 33°N in proportion', () => {
    const [x0, y0] = project(33, 70);
    const [x1] = project(33, 71);
    const [, y1] = project(32, 70);
    expect((x1 - x0) / (y1 - y0)).toBeCloseTo(Math.cos((33.1 * Math.PI) / 180), 2);
  });
});

describe('shapes', () => {
  it.each(allShapes)(
    '%s has a polygon holding its own centroid and its label point',
    (_, shape) => {
      expect(shape.polygon.length).toBeGreaterThanOrEqual(3);
      expect(contains(shape.polygon, shape.center)).toBe(true);
      expect(contains(shape.polygon, shape.anchor)).toBe(true);
      expect(isSimple(shape.polygon)).toBe(true);
    },
  );

  it.each(allShapes)('%s is big enough to hold a label', (_, shape) => {
    expect(area(shape.polygon)).toBeGreaterThan(1200);
  });

  it('places each district and province at its projected centroid (Karachi in its inset)', () => {
    for (const id of DISTRICT_IDS.filter((d) => d !== 'karachi')) {
      const [x, y] = project(DISTRICTS[id].lat, DISTRICTS[id].lon);
      expect(MAP.districts[id].center[0]).toBeCloseTo(x, 6);
      expect(MAP.districts[id].center[1]).toBeCloseTo(y, 6);
    }
    for (const id of PROVINCE_IDS) {
      const [x, y] = project(PROVINCES[id].lat, PROVINCES[id].lon);
      expect(MAP.provinces[id].center).toEqual([x, y]);
    }
    const { x, y, width, height } = MAP.inset;
    for (const [px, py] of MAP.districts.karachi.polygon) {
      expect(px).toBeGreaterThanOrEqual(x);
      expect(px).toBeLessThanOrEqual(x + width);
      expect(py).toBeGreaterThanOrEqual(y);
      expect(py).toBeLessThanOrEqual(y + height);
    }
  });

  it('keeps districts on the Pakistani side and provinces on the Afghan side', () => {
    for (const [id, shape] of districtShapes) {
      for (const p of insidePoints(shape.polygon)) {
        expect(contains(MAP.pakistan, p), `${id} at ${p.join(',')}`).toBe(true);
        expect(contains(MAP.afghanistan, p), `${id} at ${p.join(',')}`).toBe(false);
      }
    }
    for (const [id, shape] of provinceShapes) {
      for (const p of insidePoints(shape.polygon)) {
        expect(contains(MAP.afghanistan, p), `${id} at ${p.join(',')}`).toBe(true);
        expect(contains(MAP.pakistan, p), `${id} at ${p.join(',')}`).toBe(false);
      }
    }
  });

  it('lets no two places overlap', () => {
    const boxes = allShapes.map(([id, shape]) => {
      const xs = shape.polygon.map((p) => p[0]);
      const ys = shape.polygon.map((p) => p[1]);
      return {
        id,
        shape,
        minX: Math.min(...xs),
        maxX: Math.max(...xs),
        minY: Math.min(...ys),
        maxY: Math.max(...ys),
      };
    });
    // One assertion over all sample points: an expect() per point made this test slow on a busy machine.
    const overlaps: string[] = [];
    for (let y = 1; y < MAP_HEIGHT; y += 2.5) {
      for (let x = 1; x < MAP_WIDTH; x += 2.5) {
        const holders = boxes
          .filter((b) => x >= b.minX && x <= b.maxX && y >= b.minY && y <= b.maxY)
          .filter((b) => contains(b.shape.polygon, [x, y]));
        if (holders.length > 1)
          overlaps.push(`${holders.map((b) => b.id).join(', ')} at ${x},${y}`);
      }
    }
    expect(overlaps).toEqual([]);
  });
});

describe('border and crossings', () => {
  it('runs across the frame from top to left edge', () => {
    expect(MAP.border.length).toBeGreaterThan(20);
    const first = MAP.border[0]!;
    const last = MAP.border[MAP.border.length - 1]!;
    expect(first[1]).toBeCloseTo(0, 6);
    expect(last[0]).toBeCloseTo(0, 6);
  });

  it.each(CROSSING_IDS)(
    'crossing %s lies on the border, at the edge of its district and province',
    (id) => {
      const point = MAP.crossings[id];
      expect(distanceToPath(point, MAP.border, false)).toBeLessThan(0.5);
      const { district, province } = CROSSINGS[id];
      expect(distanceToPath(point, MAP.districts[district].polygon, true)).toBeLessThan(1);
      expect(distanceToPath(point, MAP.provinces[province].polygon, true)).toBeLessThan(1);
    },
  );
});

describe('adjacency (domain.md §2, direct links)', () => {
  const districtLinks: [DistrictId, DistrictId][] = [
    ['chitral', 'upper-dir'],
    ['upper-dir', 'lower-dir'],
    ['lower-dir', 'bajaur'],
    ['bajaur', 'mohmand'],
    ['mohmand', 'khyber'],
    ['mohmand', 'peshawar'],
    ['khyber', 'peshawar'],
    ['khyber', 'orakzai'],
    ['khyber', 'kurram'],
    ['kurram', 'orakzai'],
    ['kurram', 'north-waziristan'],
    ['north-waziristan', 'bannu'],
    ['north-waziristan', 'south-waziristan-upper'],
    ['north-waziristan', 'south-waziristan-lower'],
    ['south-waziristan-upper', 'south-waziristan-lower'],
    ['south-waziristan-upper', 'tank'],
    ['south-waziristan-lower', 'zhob'],
    ['bannu', 'lakki-marwat'],
    ['lakki-marwat', 'tank'],
    ['lakki-marwat', 'dera-ismail-khan'],
    ['tank', 'dera-ismail-khan'],
    ['quetta', 'chaman'],
  ];
  it.each(districtLinks)('%s touches %s', (a, b) => {
    expect(gap(MAP.districts[a].polygon, MAP.districts[b].polygon)).toBeLessThan(0.5);
  });

  const provinceLinks: [ProvinceId, ProvinceId][] = [
    ['nuristan', 'kunar'],
    ['kunar', 'nangarhar'],
    ['nangarhar', 'paktia'],
    ['nangarhar', 'kabul'],
    ['paktia', 'khost'],
    ['paktia', 'paktika'],
    ['khost', 'paktika'],
    ['paktika', 'zabul'],
    ['zabul', 'kandahar'],
  ];
  it.each(provinceLinks)('%s touches %s', (a, b) => {
    expect(gap(MAP.provinces[a].polygon, MAP.provinces[b].polygon)).toBeLessThan(0.5);
  });

  const acrossTheLine: [DistrictId, ProvinceId][] = [
    ['chitral', 'nuristan'],
    ['chitral', 'kunar'],
    ['bajaur', 'kunar'],
    ['mohmand', 'kunar'],
    ['mohmand', 'nangarhar'],
    ['khyber', 'nangarhar'],
    ['kurram', 'paktia'],
    ['kurram', 'khost'],
    ['north-waziristan', 'khost'],
    ['north-waziristan', 'paktika'],
    ['south-waziristan-lower', 'paktika'],
    ['zhob', 'paktika'],
    ['chaman', 'kandahar'],
  ];
  it.each(acrossTheLine)('%s faces %s across the border', (district, province) => {
    expect(gap(MAP.districts[district].polygon, MAP.provinces[province].polygon)).toBeLessThan(0.5);
  });

  it('puts Bannu next to North Waziristan, and far from Quetta', () => {
    expect(gap(MAP.districts.bannu.polygon, MAP.districts['north-waziristan'].polygon)).toBe(0);
    expect(gap(MAP.districts.bannu.polygon, MAP.districts.quetta.polygon)).toBeGreaterThan(100);
  });
});
