import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelItem } from '../../src/map/labels';
import {
  area,
  centroid,
  clipToConvexPieces,
  contains,
  hatchSegments,
  labelPoint,
  wiggle,
  type Point,
} from '../../src/map/polygon';

const square = (x: number, y: number, size: number): Point[] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
];

describe('polygon helpers', () => {
  it('measures area and centroid', () => {
    expect(area(square(0, 0, 10))).toBe(100);
    expect(centroid(square(0, 0, 10))).toEqual([5, 5]);
  });

  it('clips a U shape by a box crossing both arms into two pieces, with no seam', () => {
    const u: Point[] = [
      [0, 0],
      [10, 0],
      [10, 30],
      [20, 30],
      [20, 0],
      [30, 0],
      [30, 40],
      [0, 40],
    ];
    const pieces = clipToConvexPieces(u, square(-5, -5, 25));
    // The box (−5..20, −5..20) holds the left arm (0..10 × 0..20) only: one piece.
    expect(pieces).toHaveLength(1);
    expect(area(pieces[0]!)).toBeCloseTo(200, 6);
    const wide: Point[] = [
      [-5, -5],
      [35, -5],
      [35, 20],
      [-5, 20],
    ];
    const both = clipToConvexPieces(u, wide);
    expect(both).toHaveLength(2);
    expect(both.map(area).sort((a, b) => a - b)).toEqual([200, 200]);
  });

  it('wiggles an edge the same way whichever end it starts from', () => {
    const a: Point = [3, 4];
    const b: Point = [83, 40];
    const forward = wiggle(a, b, 0.2, 6).map((w) => w.point);
    const backward = wiggle(b, a, 0.2, 6).map((w) => w.point);
    expect(forward.length).toBeGreaterThan(4);
    expect(backward).toEqual([...forward].reverse());
  });

  it('hatches inside the shape only', () => {
    const ring = square(0, 0, 50);
    const segments = hatchSegments(ring, 7, -Math.PI / 4);
    expect(segments.length).toBeGreaterThan(8);
    for (const [p, q] of segments) {
      const middle: Point = [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2];
      expect(contains(ring, middle)).toBe(true);
    }
  });

  it('puts a label point inside an L shape, away from its edges', () => {
    const l: Point[] = [
      [0, 0],
      [100, 0],
      [100, 20],
      [20, 20],
      [20, 100],
      [0, 100],
    ];
    const point = labelPoint(l);
    expect(contains(l, point)).toBe(true);
  });
});

describe('placeLabels', () => {
  it('keeps labels apart and inside the frame, with a leader when one leaves its shape', () => {
    const ring = square(100, 100, 40);
    const items: LabelItem[] = [
      { id: 'a', anchor: [120, 120], width: 36, height: 10, ring },
      { id: 'b', anchor: [122, 122], width: 36, height: 10, ring: square(110, 110, 10) },
      { id: 'c', anchor: [4, 4], width: 30, height: 10, ring: null },
    ];
    const placed = placeLabels(items, [], { width: 300, height: 300 });
    expect(placed.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    const [a, b, c] = placed;
    const apart =
      a!.box.x + a!.box.width <= b!.box.x ||
      b!.box.x + b!.box.width <= a!.box.x ||
      a!.box.y + a!.box.height <= b!.box.y ||
      b!.box.y + b!.box.height <= a!.box.y;
    expect(apart).toBe(true);
    expect(a!.at).toEqual([120, 120]);
    expect(a!.leader).toBe(false);
    expect(b!.leader).toBe(true);
    expect(c!.box.x).toBeGreaterThanOrEqual(2);
    expect(c!.box.y).toBeGreaterThanOrEqual(2);
  });

  it('hides a label that has no spot free of the others, rather than overlapping them', () => {
    const items: LabelItem[] = [
      { id: 'a', anchor: [15, 15], width: 26, height: 26, ring: null },
      { id: 'b', anchor: [15, 15], width: 26, height: 26, ring: null },
    ];
    // A frame with room for one label only.
    const [a, b] = placeLabels(items, [], { width: 30, height: 30 });
    expect(a!.hidden).toBe(false);
    expect(b!.hidden).toBe(true);
  });
});
