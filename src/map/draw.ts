/** Small drawing helpers on a Phaser Graphics, shared by the scene, its legend and its effects. */
import type * as Phaser from 'phaser';
import type { Ring } from './geometry';
import { COLORS } from './look';

type Graphics = Phaser.GameObjects.Graphics;

export function tracePath(g: Graphics, ring: Ring): void {
  g.beginPath();
  ring.forEach(([x, y], i) => (i === 0 ? g.moveTo(x, y) : g.lineTo(x, y)));
  g.closePath();
}

export function fillRing(g: Graphics, ring: Ring, color: number, alpha = 1): void {
  g.fillStyle(color, alpha);
  tracePath(g, ring);
  g.fillPath();
}

export function strokeRing(g: Graphics, ring: Ring, width: number, color: number, alpha = 1): void {
  g.lineStyle(width, color, alpha);
  tracePath(g, ring);
  g.strokePath();
}

export function strokeLine(g: Graphics, line: Ring, width: number, color: number, alpha = 1): void {
  g.lineStyle(width, color, alpha);
  g.beginPath();
  line.forEach(([x, y], i) => (i === 0 ? g.moveTo(x, y) : g.lineTo(x, y)));
  g.strokePath();
}

/** A crossing's icon: open, a filled circle; closed, a barred square in the warning colour. */
export function crossingIcon(g: Graphics, x: number, y: number, open: boolean): void {
  if (open) {
    g.fillStyle(COLORS.crossingInk, 1);
    g.fillCircle(x, y, 7);
    g.fillStyle(COLORS.crossingOpen, 1);
    g.fillCircle(x, y, 5);
  } else {
    g.fillStyle(COLORS.crossingInk, 1);
    g.fillRect(x - 7, y - 7, 14, 14);
    g.fillStyle(COLORS.crossingClosed, 1);
    g.fillRect(x - 5.5, y - 5.5, 11, 11);
    g.fillStyle(COLORS.crossingInk, 1);
    g.fillRect(x - 4, y - 1.4, 8, 2.8);
  }
}

/** A displacement dot: light, with a dark rim so it shows on every fill. */
export function displacementDot(g: Graphics, x: number, y: number): void {
  g.fillStyle(COLORS.hatch, 0.75);
  g.fillCircle(x, y, 2);
  g.fillStyle(COLORS.dots, 0.95);
  g.fillCircle(x, y, 1.2);
}

/** A row of small peaks along a range, alternating sides a little, like a hand-drawn map. */
export function peaks(g: Graphics, range: Ring): void {
  const spacing = 15;
  let travelled = 0;
  let next = spacing / 2;
  let count = 0;
  for (let i = 0; i + 1 < range.length; i++) {
    const [ax, ay] = range[i]!;
    const [bx, by] = range[i + 1]!;
    const length = Math.hypot(bx - ax, by - ay);
    while (length > 0 && next <= travelled + length) {
      const t = (next - travelled) / length;
      const side = count % 2 ? 3 : -3;
      const x = ax + (bx - ax) * t + side * ((by - ay) / length);
      const y = ay + (by - ay) * t - side * ((bx - ax) / length);
      const size = count % 3 === 1 ? 6.5 : 5;
      const left = x - size * 1.1;
      const base = y + size * 0.55;
      const top = y - size * 0.75;
      g.fillStyle(COLORS.peakShade, 0.9);
      g.fillTriangle(left, base, x, top, x + size * 1.1, base);
      g.fillStyle(COLORS.peakLight, 0.9);
      g.fillTriangle(left, base, x, top, x - size * 0.1, base);
      next += spacing;
      count++;
    }
    travelled += length;
  }
}
