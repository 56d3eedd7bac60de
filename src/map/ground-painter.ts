/**
 * The map's ground, which never changes: both countries' land and context lines, the provinces,
 * mountains and rivers, the inset of the coast and the region names. Painted once into the baked
 * ground (see baked-map.ts).
 */
import type * as Phaser from 'phaser';
import { PROVINCE_IDS } from '../engine';
import type { BakedMap } from './baked-map';
import { fillRing, peaks, strokeLine, strokeRing } from './draw';
import { MAP } from './geometry';
import { COLORS } from './look';
import type { ScreenTexts } from './screen-texts';

export function paintGround(scene: Phaser.Scene, baked: BakedMap, texts: ScreenTexts): void {
  const g = baked.addToGround(scene.add.graphics());
  fillRing(g, MAP.afghanistan, COLORS.afghanLand);
  fillRing(g, MAP.pakistan, COLORS.pakistanLand);
  for (const ring of MAP.context.afghanistan) strokeRing(g, ring, 1, COLORS.afghanContextLine);
  for (const ring of MAP.context.pakistan) strokeRing(g, ring, 1, COLORS.pakistanContextLine);
  for (const id of PROVINCE_IDS) fillRing(g, MAP.provinces[id].polygon, COLORS.province);
  for (const id of PROVINCE_IDS) strokeRing(g, MAP.provinces[id].polygon, 1.2, COLORS.provinceLine);
  for (const range of MAP.ranges) peaks(g, range);
  for (const river of MAP.rivers) strokeLine(g, river.course, river.width, COLORS.river, 0.75);

  const { x, y, width, height, coast } = MAP.inset;
  g.fillStyle(COLORS.pakistanLand, 1);
  g.fillRect(x, y, width, height);
  g.fillStyle(COLORS.sea, 1);
  g.beginPath();
  coast.forEach(([cx, cy], i) => (i === 0 ? g.moveTo(cx, cy) : g.lineTo(cx, cy)));
  g.lineTo(x + width, y + height);
  g.lineTo(x, y + height);
  g.closePath();
  g.fillPath();
  strokeLine(g, coast, 1.2, COLORS.seaLine);
  g.lineStyle(1.5, COLORS.insetFrame, 1);
  g.strokeRect(x, y, width, height);

  for (const region of MAP.regions) {
    const country = region.size === 'country';
    texts
      .add(
        region.at[0],
        region.at[1],
        region.text,
        0,
        country ? 30 : 15,
        { fontStyle: 'bold', color: COLORS.labelRegion },
        true,
      )
      .setOrigin(0.5)
      .setLetterSpacing(country ? 10 : 3);
  }
  const title = texts
    .add(x + width / 2, y + 5, MAP.inset.title, 9, 11, { color: COLORS.crossingLabel }, true)
    .setOrigin(0.5, 0);
  texts.limitWidth(title, width - 6);
  texts
    .add(
      x + width / 2,
      y + height - 5,
      'Arabian Sea',
      8.5,
      10,
      { fontStyle: 'italic', color: COLORS.seaLabel },
      true,
    )
    .setOrigin(0.5, 1);
}
