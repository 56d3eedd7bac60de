/**
 * The map's playback of a week: one short animation per event, at its place, plus a steady
 * "afterglow" outline that stays while the event is shown. With reduced motion only the steady
 * highlight is drawn. Effects are throwaway objects; `clear` removes them and their tweens.
 */
import * as Phaser from 'phaser';
import type { WeekEvent } from '../engine';
import { tracePath } from './draw';
import { eventPlace, type EventPlace } from './event-place';
import type { Ring } from './geometry';
import { EVENT_COLORS } from './look';

/** Dark casing under bright strokes, so they read on every fill. */
const INK = 0x0b1016;

export class PlaybackEffects {
  private readonly objects: Phaser.GameObjects.GameObject[] = [];

  /**
   * `under` sits below the names (steady highlights and fills, so names stay readable); `over`
   * above them (the brief rings, bursts and drifting dots).
   */
  constructor(
    private readonly scene: Phaser.Scene,
    private readonly under: Phaser.GameObjects.Container,
    private readonly over: Phaser.GameObjects.Container,
  ) {}

  clear(): void {
    for (const object of this.objects) {
      this.scene.tweens.killTweensOf(object);
      object.destroy();
    }
    this.objects.length = 0;
  }

  show(event: WeekEvent, reducedMotion: boolean): void {
    this.clear();
    const place = eventPlace(event);
    const color = EVENT_COLORS[event.kind];
    this.afterglow(place, color);
    this.icon(event, place, color);
    if (reducedMotion) return;
    const [x, y] = place.point;
    if (place.national) {
      this.ring(x, y, 26, color, 1400, 0, 2, 1.5);
      return;
    }
    switch (event.kind) {
      case 'strike':
        if (place.ring) this.flash(place.ring, color, 0.8, 950);
        this.ring(x, y, 52, color, 750, 0, 0, 4);
        this.ring(x, y, 52, 0xffffff, 750, 200, 0, 2.5);
        this.dot(x, y, 7, 0xffffff, 600);
        break;
      case 'attack':
        if (place.ring) this.flash(place.ring, color, 0.5, 800);
        this.burst(x, y, color, 58);
        this.ring(x, y, 40, color, 700, 150, 0, 3);
        break;
      case 'incident':
        this.burst(x, y, color, 20);
        break;
      case 'operation':
        this.ring(x, y, 34, color, 900, 0, 1, 2);
        break;
      case 'closure':
      case 'reopening':
      case 'trade':
        this.ring(x, y, 22, color, 700, 0, 2, 2.5);
        break;
      case 'talks':
      case 'truce':
        this.ring(x, y, 34, color, 1400, 0, 1, 2);
        this.ring(x, y, 34, color, 1400, 700, 0, 2);
        break;
      case 'displacement':
        this.drift(x, y, 26, 8, color);
        break;
      case 'deportation':
        this.drift(x, y, -30, 0, color);
        break;
      default:
        this.ring(x, y, 24, color, 900, 0, 0, 2);
    }
  }

  /** The steady part: the place's outline (or a ring round a point) in the event's colour. */
  private afterglow(place: EventPlace, color: number): void {
    const g = this.add(this.scene.add.graphics(), false);
    if (place.ring) {
      g.fillStyle(color, 0.16);
      tracePath(g, place.ring);
      g.fillPath();
      g.lineStyle(6, 0x0b1016, 0.6);
      tracePath(g, place.ring);
      g.strokePath();
      g.lineStyle(3, color, 1);
      tracePath(g, place.ring);
      g.strokePath();
    } else {
      const radius = place.national ? 16 : 11;
      g.lineStyle(4.5, 0x0b1016, 0.55);
      g.strokeCircle(place.point[0], place.point[1], radius);
      g.lineStyle(2.5, color, 1);
      g.strokeCircle(place.point[0], place.point[1], radius);
    }
  }

  /** A small steady sign of what happened, at the place's point. */
  private icon(event: WeekEvent, place: EventPlace, color: number): void {
    if (place.national || event.crossing) return;
    const [x, y] = place.point;
    const g = this.add(this.scene.add.graphics({ x, y }), false);
    const ink = INK;
    if (event.kind === 'attack' || event.kind === 'incident') {
      const points: number[] = [];
      for (let i = 0; i < 16; i++) {
        const r = i % 2 ? 4.5 : 10;
        const angle = (i / 16) * Math.PI * 2 - Math.PI / 2;
        points.push(Math.cos(angle) * r, Math.sin(angle) * r);
      }
      const star = new Phaser.Geom.Polygon(points).points;
      g.fillStyle(ink, 0.85);
      g.fillCircle(0, 0, 8.5);
      g.fillStyle(color, 1);
      g.fillPoints(star, true);
      g.lineStyle(1.2, ink, 1);
      g.strokePoints(star, true);
    } else if (event.kind === 'strike') {
      g.lineStyle(5, ink, 0.85);
      g.strokeCircle(0, 0, 8);
      g.lineBetween(-13, 0, 13, 0);
      g.lineBetween(0, -13, 0, 13);
      g.lineStyle(2.2, color, 1);
      g.strokeCircle(0, 0, 8);
      g.lineBetween(-13, 0, 13, 0);
      g.lineBetween(0, -13, 0, 13);
    } else {
      g.fillStyle(ink, 0.85);
      g.fillCircle(0, 0, 6.5);
      g.fillStyle(color, 1);
      g.fillCircle(0, 0, 4.5);
    }
  }

  private add<T extends Phaser.GameObjects.GameObject>(object: T, above = true): T {
    (above ? this.over : this.under).add(object);
    this.objects.push(object);
    return object;
  }

  private ring(
    x: number,
    y: number,
    radius: number,
    color: number,
    duration: number,
    delay: number,
    repeat: number,
    width: number,
  ): void {
    const g = this.add(this.scene.add.graphics({ x, y }));
    g.lineStyle(width + 2.5, INK, 0.7);
    g.strokeCircle(0, 0, radius);
    g.lineStyle(width, color, 1);
    g.strokeCircle(0, 0, radius);
    g.setScale(0.15).setAlpha(0);
    this.scene.tweens.add({
      targets: g,
      scale: { from: 0.15, to: 1 },
      alpha: { from: 1, to: 0, ease: 'Quad.easeIn' },
      duration,
      delay,
      repeat,
      repeatDelay: 150,
      ease: 'Cubic.easeOut',
    });
  }

  private dot(x: number, y: number, radius: number, color: number, duration: number): void {
    const g = this.add(this.scene.add.graphics({ x, y }));
    g.fillStyle(color, 1);
    g.fillCircle(0, 0, radius);
    this.scene.tweens.add({
      targets: g,
      scale: { from: 1.6, to: 0.4 },
      alpha: { from: 1, to: 0 },
      duration,
      ease: 'Quad.easeIn',
    });
  }

  private flash(ring: Ring, color: number, alpha: number, duration: number): void {
    const g = this.add(this.scene.add.graphics(), false);
    g.fillStyle(color, 1);
    tracePath(g, ring);
    g.fillPath();
    this.scene.tweens.add({
      targets: g,
      alpha: { from: alpha, to: 0 },
      duration,
      ease: 'Quad.easeOut',
    });
  }

  /** Short rays flying out round a white-hot core: an explosion, read at a glance. */
  private burst(x: number, y: number, color: number, radius: number): void {
    const g = this.add(this.scene.add.graphics({ x, y }));
    const rays = 10;
    const ray = (i: number): [number, number, number, number] => {
      const angle = (i / rays) * Math.PI * 2 + 0.3;
      const inner = radius * 0.42;
      const outer = radius * (i % 2 ? 0.78 : 1);
      return [
        Math.cos(angle) * inner,
        Math.sin(angle) * inner,
        Math.cos(angle) * outer,
        Math.sin(angle) * outer,
      ];
    };
    g.lineStyle(6, INK, 0.75);
    for (let i = 0; i < rays; i++) g.lineBetween(...ray(i));
    g.lineStyle(3.2, color, 1);
    for (let i = 0; i < rays; i++) g.lineBetween(...ray(i));
    g.fillStyle(INK, 0.75);
    g.fillCircle(0, 0, radius * 0.34);
    g.fillStyle(color, 1);
    g.fillCircle(0, 0, radius * 0.28);
    g.fillStyle(0xfff4e0, 1);
    g.fillCircle(0, 0, radius * 0.16);
    this.scene.tweens.add({
      targets: g,
      scale: { from: 0.3, to: 1.15 },
      alpha: { from: 1, to: 0, ease: 'Cubic.easeIn' },
      duration: 560,
      repeat: 1,
      repeatDelay: 120,
      ease: 'Cubic.easeOut',
    });
  }

  /** A cloud of dots drifting off together: people on the move. */
  private drift(x: number, y: number, dx: number, dy: number, color: number): void {
    for (let i = 0; i < 14; i++) {
      const angle = i * 2.399;
      const spread = 3 + (i % 5) * 2.4;
      const g = this.add(
        this.scene.add.graphics({
          x: x + Math.cos(angle) * spread,
          y: y + Math.sin(angle) * spread,
        }),
      );
      g.fillStyle(0x0b1016, 0.8);
      g.fillCircle(0, 0, 2.6);
      g.fillStyle(color, 1);
      g.fillCircle(0, 0, 1.8);
      this.scene.tweens.add({
        targets: g,
        x: g.x + dx * (0.7 + (i % 3) * 0.2),
        y: g.y + dy * (0.7 + (i % 4) * 0.15),
        alpha: { from: 1, to: 0 },
        duration: 1500,
        delay: (i % 4) * 90,
        repeat: 1,
        ease: 'Sine.easeOut',
      });
    }
  }
}
