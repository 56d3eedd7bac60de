/**
 * The week's layers, baked together (see baked-map.ts) and baked again whenever one changes: the
 * districts filled by threat, the patterns (hatching on high threat, dots on displacement: the
 * palette's meaning without colour), the district outlines, the dimming of places a waiting
 * response cannot aim at, the border and the crossings, open or closed.
 */
import type * as Phaser from 'phaser';
import { CROSSING_IDS, DISTRICT_IDS, type GameState } from '../engine';
import type { BakedMap } from './baked-map';
import { crossingIcon, displacementDot, fillRing, strokeLine, strokeRing } from './draw';
import { MAP } from './geometry';
import { COLORS } from './look';
import { MAP_PLACES } from './places';
import { dotGrid, hatchSegments } from './polygon';
import {
  HATCH_FROM_BAND,
  displacementLevel,
  districtThreat,
  threatBand,
  threatColor,
} from './threat';

export class WeekLayers {
  private readonly districts: Phaser.GameObjects.Graphics;
  private readonly patterns: Phaser.GameObjects.Graphics;
  private readonly dim: Phaser.GameObjects.Graphics;
  private readonly crossings: Phaser.GameObjects.Graphics;

  constructor(
    scene: Phaser.Scene,
    private readonly baked: BakedMap,
  ) {
    const layer = () => baked.addToWeek(scene.add.graphics());
    this.districts = layer();
    this.patterns = layer();
    const outlines = layer();
    for (const id of DISTRICT_IDS)
      strokeRing(outlines, MAP.districts[id].polygon, 1.4, COLORS.districtLine);
    this.dim = layer();
    const border = layer();
    strokeLine(border, MAP.border, 6, COLORS.borderCasing, 0.9);
    strokeLine(border, MAP.border, 2.6, COLORS.border);
    this.crossings = layer();
  }

  showThreat(game: GameState | null): void {
    this.baked.weekChanged();
    const g = this.districts.clear();
    for (const id of DISTRICT_IDS) {
      const color = game ? threatColor(districtThreat(game.districts[id])) : COLORS.districtNeutral;
      fillRing(g, MAP.districts[id].polygon, color);
    }
  }

  /** `null` when the patterns are off. */
  showPatterns(game: GameState | null): void {
    this.baked.weekChanged();
    const g = this.patterns.clear();
    if (!game) return;
    for (const id of DISTRICT_IDS) {
      const district = game.districts[id];
      const ring = MAP.districts[id].polygon;
      if (threatBand(districtThreat(district)) >= HATCH_FROM_BAND) {
        g.lineStyle(1.3, COLORS.hatch, 0.5);
        for (const [[x1, y1], [x2, y2]] of hatchSegments(ring, 6.5, -Math.PI / 4))
          g.lineBetween(x1, y1, x2, y2);
      }
      const level = displacementLevel(district.displaced);
      if (level > 0) {
        for (const [x, y] of dotGrid(ring, level === 2 ? 8 : 12)) displacementDot(g, x, y);
      }
    }
  }

  showCrossings(game: GameState | null): void {
    this.baked.weekChanged();
    const g = this.crossings.clear();
    for (const id of CROSSING_IDS) {
      const [x, y] = MAP.crossings[id];
      crossingIcon(g, x, y, game ? game.crossings[id].open : true);
    }
  }

  /** While a response waits for its target (`valid`: the places it may aim at), dims the rest. */
  showTargeting(valid: ReadonlySet<string> | null): void {
    this.baked.weekChanged();
    const g = this.dim.clear();
    if (!valid) return;
    for (const { key, shape } of MAP_PLACES)
      if (!valid.has(key)) fillRing(g, shape.polygon, COLORS.dim, 0.62);
  }
}
