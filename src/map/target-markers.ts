/**
 * A small check badge beside the name of each place already chosen as a target this week, with a
 * count when it was chosen more than once.
 */
import type * as Phaser from 'phaser';
import type { Decision } from '../engine';
import { COLORS, FONT } from './look';
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
    const chosen = new Map<string, { name: Phaser.GameObjects.Text; count: number }>();
    for (const decision of pending) {
      if (decision.target === undefined) continue;
      for (const kind of ['district', 'province'] as const) {
        const key = `${kind}:${decision.target}`;
        const name = this.labels.nameOf(key);
        if (name) chosen.set(key, { name, count: (chosen.get(key)?.count ?? 0) + 1 });
      }
    }
    for (const { name, count } of chosen.values()) {
      const x = name.x + name.displayWidth / 2 + 5;
      const y = name.y - name.displayHeight / 2 + 1;
      g.fillStyle(COLORS.crossingInk, 1);
      g.fillCircle(x, y, 7.5);
      g.fillStyle(COLORS.marker, 1);
      g.fillCircle(x, y, 6);
      g.lineStyle(2, COLORS.crossingInk, 1);
      g.beginPath();
      g.moveTo(x - 3, y);
      g.lineTo(x - 0.8, y + 2.4);
      g.lineTo(x + 3.2, y - 2.6);
      g.strokePath();
      if (count > 1) {
        const text = this.scene.add.text(x + 8, y, `×${count}`, {
          fontFamily: FONT,
          fontSize: `${Math.max(11, 9 / this.texts.cssZoom)}px`,
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
