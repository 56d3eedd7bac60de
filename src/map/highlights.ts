/**
 * The live highlights over the baked map and under the names: the focused place's outline, and
 * the outlines of the places a waiting response may aim at, pulsing unless motion is reduced.
 */
import type * as Phaser from 'phaser';
import type { Place } from '../store/game-store';
import { strokeRing } from './draw';
import { COLORS } from './look';
import { MAP_PLACES, mapPlace, placeKey } from './places';

export class Highlights {
  private readonly targets: Phaser.GameObjects.Graphics;
  private readonly focus: Phaser.GameObjects.Graphics;

  constructor(private readonly scene: Phaser.Scene) {
    this.targets = scene.add.graphics();
    this.focus = scene.add.graphics();
  }

  showFocus(focus: Place | null): void {
    const g = this.focus.clear();
    const shown = focus ? mapPlace(placeKey(focus)) : undefined;
    if (!shown) return;
    strokeRing(g, shown.shape.polygon, 6, COLORS.borderCasing, 0.8);
    strokeRing(g, shown.shape.polygon, 3, COLORS.focus);
  }

  /** `valid`: the places the waiting response may aim at (null when none waits). */
  showTargeting(valid: ReadonlySet<string> | null, reducedMotion: boolean): void {
    const g = this.targets.clear();
    this.scene.tweens.killTweensOf(g);
    g.setAlpha(1);
    if (!valid) return;
    for (const { key, shape } of MAP_PLACES) {
      if (!valid.has(key)) continue;
      strokeRing(g, shape.polygon, 6, COLORS.borderCasing, 0.75);
      strokeRing(g, shape.polygon, 3, COLORS.target);
    }
    if (valid.size > 0 && !reducedMotion) {
      this.scene.tweens.add({
        targets: g,
        alpha: { from: 1, to: 0.55 },
        duration: 750,
        yoyo: true,
        repeat: -1,
        ease: 'Sine.easeInOut',
      });
    }
  }
}
