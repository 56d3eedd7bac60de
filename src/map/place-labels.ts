/**
 * The names on the map: provinces, districts and crossings, placed so that none overlaps another
 * (see labels.ts), with a leader line to any name pushed out of its shape. Where the map is too
 * crowded for every name (a small map, larger text) the districts' names come first, then the
 * provinces', then the crossings'; a name with no room is hidden until the map is zoomed in. A name
 * fades while a waiting response cannot aim at its place.
 */
import type * as Phaser from 'phaser';
import { CROSSING_IDS, DISTRICTS, PROVINCES, type CrossingId } from '../engine';
import { MAP } from './geometry';
import { placeLabels, type Box, type LabelItem } from './labels';
import { COLORS, CROSSING_LABELS, SHORT_NAMES } from './look';
import { MAP_PLACES, type MapPlace } from './places';
import { area } from './polygon';
import type { ScreenTexts } from './screen-texts';

type Text = Phaser.GameObjects.Text;

type NamedPlace = MapPlace & { label: Text };

export class PlaceLabels {
  /** Every place with its name, in MAP_PLACES's order. */
  private readonly named: readonly NamedPlace[];
  private readonly names: ReadonlyMap<string, Text>;
  private readonly crossings: { id: CrossingId; text: Text }[] = [];
  /** Every name's box as last laid out (map units), and whether it is shown. */
  private boxes: { key: string; box: Box; shown: boolean }[] = [];

  /** `leaders` is drawn under the names. */
  constructor(
    private readonly leaders: Phaser.GameObjects.Graphics,
    private readonly texts: ScreenTexts,
  ) {
    const casing = {
      stroke: COLORS.labelCasing,
      strokeThickness: 3.5,
      align: 'center',
      lineSpacing: -3,
    };
    this.named = MAP_PLACES.map((mapPlace) => {
      const { place, shape } = mapPlace;
      const [x, y] = shape.anchor;
      const label =
        place.kind === 'province'
          ? texts.add(x, y, PROVINCES[place.id].name, 10.5, 13, {
              ...casing,
              fontStyle: 'italic',
              color: COLORS.labelMuted,
            })
          : texts.add(x, y, SHORT_NAMES[place.id] ?? DISTRICTS[place.id].name, 11.5, 13.5, {
              ...casing,
              fontStyle: 'bold',
              color: COLORS.label,
            });
      return { ...mapPlace, label: label.setOrigin(0.5) };
    });
    this.names = new Map(this.named.map((p) => [p.key, p.label]));
    for (const id of CROSSING_IDS) {
      const [x, y] = MAP.crossings[id];
      const text = texts.add(x, y, CROSSING_LABELS[id], 9, 10.5, {
        ...casing,
        strokeThickness: 3,
        color: COLORS.crossingLabel,
      });
      this.crossings.push({ id, text: text.setOrigin(0.5) });
    }
  }

  /** The name of a place, by its key, when it is shown. */
  nameOf(key: string): Text | undefined {
    const name = this.names.get(key);
    return name?.visible ? name : undefined;
  }

  /** Where every shown name stands now (as last laid out), as boxes in map units. */
  nameBoxes(): Box[] {
    return this.boxes.filter((b) => b.shown).map((b) => b.box);
  }

  /** Every name as last laid out, shown or not: for the layout's record (see MapScene). */
  laidOut(): readonly { key: string; box: Box; shown: boolean }[] {
    return this.boxes;
  }

  /** `valid`: the places a waiting response may aim at (null when none waits). */
  showTargeting(valid: ReadonlySet<string> | null): void {
    for (const [key, name] of this.names)
      name.setAlpha(valid !== null && !valid.has(key) ? 0.45 : 1);
  }

  /**
   * Places every name (run again whenever their size or the zoom changes), clear of `obstacles`
   * (map units): the districts first, the smallest of them first, then the provinces, then the
   * crossings; a name pushed out of its shape gets a leader, a name with no room is hidden.
   */
  layout(obstacles: readonly Box[] = []): void {
    const size = (text: Text) => ({
      width: text.displayWidth,
      height: text.displayHeight * 0.8,
    });
    const districts = this.named
      .filter((p) => p.place.kind === 'district')
      .sort((a, b) => area(a.shape.polygon) - area(b.shape.polygon));
    const provinces = this.named.filter((p) => p.place.kind === 'province');
    const placeItem = (p: NamedPlace): LabelItem => ({
      id: p.key,
      anchor: p.shape.anchor,
      ring: p.shape.polygon,
      ...size(p.label),
    });
    const items: LabelItem[] = [
      ...districts.map(placeItem),
      ...provinces.map(placeItem),
      ...this.crossings.map(({ id, text }) => {
        const { width, height } = size(text);
        const side = (width / height + 1.4) / 2;
        return {
          id: `crossing:${id}`,
          anchor: MAP.crossings[id],
          ring: null,
          width,
          height,
          offsets: [
            [-side, 0],
            [side, 0],
            [-side, -0.9],
            [-side, 0.9],
            [0, -1.1],
            [0, 1.1],
            [side, -0.9],
            [side, 0.9],
          ] as const,
        };
      }),
    ];
    const icons: Box[] = CROSSING_IDS.map((id) => ({
      x: MAP.crossings[id][0] - 8,
      y: MAP.crossings[id][1] - 8,
      width: 16,
      height: 16,
    }));
    const { x, y, width } = MAP.inset;
    icons.push({ x, y, width, height: 22 }, ...obstacles);
    const placed = placeLabels(items, icons, MAP);
    this.boxes = placed.map((p) => ({ key: p.id, box: p.box, shown: !p.hidden }));
    const spots = new Map(placed.map((p) => [p.id, p]));

    const g = this.leaders.clear();
    for (const { key, shape, label } of this.named) {
      const spot = spots.get(key);
      if (!spot) continue;
      label.setPosition(spot.at[0], spot.at[1]).setVisible(!spot.hidden);
      if (spot.leader && !spot.hidden) {
        const [ax, ay] = shape.anchor;
        const { box } = spot;
        const ex = Math.max(box.x, Math.min(ax, box.x + box.width));
        const ey = Math.max(box.y, Math.min(ay, box.y + box.height));
        const line = this.texts.sizeOf(11.5, 13.5) / 13.5;
        g.lineStyle(3 * line, COLORS.labelCasingInk, 0.8);
        g.lineBetween(ax, ay, ex, ey);
        g.lineStyle(1.2 * line, COLORS.leader, 1);
        g.lineBetween(ax, ay, ex, ey);
        g.fillStyle(COLORS.labelCasingInk, 1);
        g.fillCircle(ax, ay, 3.2 * line);
        g.fillStyle(COLORS.leader, 1);
        g.fillCircle(ax, ay, 2 * line);
      }
    }
    for (const { id, text } of this.crossings) {
      const spot = spots.get(`crossing:${id}`);
      if (spot) text.setPosition(spot.at[0], spot.at[1]).setVisible(!spot.hidden);
    }
  }
}
