/**
 * A small check badge beside the name of each place already chosen as a target this week (on the
 * place itself when its name is hidden), with a count when it was chosen more than once. It grows
 * with the names, so it keeps its size on screen when the map is zoomed.
 */
import type * as Phaser from 'phaser';
import type { Decision } from '../engine';
import { COLORS, FONT } from './look';
import { mapPlace } from './places';
import type { PlaceLabels } from './place-labels';
import type { ScreenTexts } from './screen-texts';

export class TargetMarkers {
  private counts: Phaser.GameObjects.Text[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly graphics: Phaser.GameObjects.Graphics,
    private readonly labels: PlaceLabels,
    private readonly texts: ScreenTexts,
  ) {}

  /** Draws again (also after the names have moved). */
  show(pending: readonly Decision[]): void {
    const g = this.graphics.clear();
    for (const text of this.counts) text.destroy();
    this.counts = [];
    const chosen = new Map<string, { at: [number, number]; count: number }>();
    const scale = this.texts.sizeOf(11.5, 13.5) / 13.5;
    for (const decision of pending) {
      if (decision.target === undefined) continue;
      for (const kind of ['district', 'province'] as const) {
        const key = `${kind}:${decision.target}`;
        const place = mapPlace(key);
        if (!place) continue;
        const name = this.labels.nameOf(key);
        const at: [number, number] = name
          ? [name.x + name.displayWidth / 2 + 5 * scale, name.y - name.displayHeight / 2 + scale]
          : [place.shape.anchor[0], place.shape.anchor[1]];
        chosen.set(key, { at, count: (chosen.get(key)?.count ?? 0) + 1 });
      }
    }
    for (const {
      at: [x, y],
      count,
    } of chosen.values()) {
      g.fillStyle(COLORS.crossingInk, 1);
      g.fillCircle(x, y, 7.5 * scale);
      g.fillStyle(COLORS.marker, 1);
      g.fillCircle(x, y, 6 * scale);
      g.lineStyle(2 * scale, COLORS.crossingInk, 1);
      g.beginPath();
      g.moveTo(x - 3 * scale, y);
      g.lineTo(x - 0.8 * scale, y + 2.4 * scale);
      g.lineTo(x + 3.2 * scale, y - 2.6 * scale);
      g.strokePath();
      if (count > 1) {
        const text = this.scene.add.text(x + 8 * scale, y, `×${count}`, {
          fontFamily: FONT,
          fontSize: `${this.texts.sizeOf(9, 11)}px`,
          fontStyle: 'bold',
          color: COLORS.label,
          stroke: COLORS.labelCasing,
          strokeThickness: 3,
          resolution: this.texts.zoom,
        });
        this.counts.push(text.setOrigin(0, 0.5));
      }
    }
  }
}
