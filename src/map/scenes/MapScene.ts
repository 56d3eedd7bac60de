/**
 * The map of the frontier. It draws what the store holds (threat per district, crossings, focus,
 * targeting, this week's choices, the week's playback) and turns pointer input into store actions.
 * No rule lives here: which targets are valid comes from the engine's responsesFor.
 *
 * Drawing is split into layers that are redrawn only when their slice of the store changes. The
 * layers under the highlights are baked into textures (see baked-map.ts), so a frame draws one
 * image, not hundreds of polygons; the highlights, names, legend and playback above it stay live
 * objects.
 *
 * When nothing moves the game is paused (Game#pause: no update, no render; the canvas keeps its
 * last frame, and input is still handled by Phaser's DOM listeners). A store change, a resize or a
 * resume from outside wakes it for a short while; it pauses again once no tween is running.
 */
import * as Phaser from 'phaser';
import {
  CROSSING_IDS,
  DISTRICTS,
  DISTRICT_IDS,
  PROVINCES,
  PROVINCE_IDS,
  type CrossingId,
  type Decision,
  type GameState,
} from '../../engine';
import { focusPlace, pickTarget } from '../../store/actions';
import { store, type Place, type StoreState } from '../../store/game-store';
import { shownPending, shownReports, shownState } from '../../store/selectors';
import { BakedMap } from '../baked-map';
import { crossingIcon, displacementDot, fillRing, peaks, strokeLine, strokeRing } from '../draw';
import { PlaybackEffects } from '../effects';
import { MAP, type PlaceShape } from '../geometry';
import { COLORS, CROSSING_LABELS, FONT, SHORT_NAMES } from '../look';
import { placeLabels, type Box, type LabelItem } from '../labels';
import { MapLegend } from '../legend';
import { area, dotGrid, hatchSegments } from '../polygon';
import { validTargets } from '../targets';
import {
  HATCH_FROM_BAND,
  displacementLevel,
  districtThreat,
  threatBand,
  threatColor,
} from '../threat';

export const MAP_SCENE_KEY = 'MapScene';

/** How long the game keeps stepping after the last wake (covers Phaser's 500 ms resize check). */
const AWAKE_MS = 700;

interface PlaceView {
  place: Place;
  shape: PlaceShape;
  label: Phaser.GameObjects.Text;
}

interface TextEntry {
  text: Phaser.GameObjects.Text;
  px: number;
  min: number;
  baked: boolean;
}

const keyOf = (place: Place) => `${place.kind}:${place.id}`;

export class MapScene extends Phaser.Scene {
  private unsubscribe: (() => void) | null = null;
  private readonly places = new Map<string, PlaceView>();
  /**
   * Every text, with the size it should have on screen (CSS px), its least size in map units, and
   * whether it is baked into the ground (then rasterised at the ground's supersampling).
   */
  private readonly texts: TextEntry[] = [];
  /** The layers under the highlights, baked into textures. */
  private baked!: BakedMap;
  /** performance.now() until which the game keeps stepping even when nothing animates. */
  private awakeUntil = 0;
  private layers!: {
    districts: Phaser.GameObjects.Graphics;
    patterns: Phaser.GameObjects.Graphics;
    dim: Phaser.GameObjects.Graphics;
    crossings: Phaser.GameObjects.Graphics;
    targets: Phaser.GameObjects.Graphics;
    focus: Phaser.GameObjects.Graphics;
    markers: Phaser.GameObjects.Graphics;
    effects: Phaser.GameObjects.Container;
  };
  private markerTexts: Phaser.GameObjects.Text[] = [];
  private readonly crossingLabels: { id: CrossingId; text: Phaser.GameObjects.Text }[] = [];
  private leaders!: Phaser.GameObjects.Graphics;
  private legend: MapLegend | null = null;
  private effects!: PlaybackEffects;
  /** Canvas pixels per map unit (text is rasterised at this resolution). */
  private zoom = 1;
  /** CSS pixels per map unit (text is sized in these, so it reads the same on every screen). */
  private cssZoom = 1;

  constructor() {
    super({ key: MAP_SCENE_KEY });
  }

  create(): void {
    this.measure();
    // No camera background: the baked ground is opaque and covers the whole view.
    this.baked = new BakedMap(this, COLORS.background);
    this.baked.fit(this.scale.width, this.scale.height, this.zoom);
    this.drawGround();
    const districts = this.baked.addToWeek(this.add.graphics());
    const patterns = this.baked.addToWeek(this.add.graphics());
    this.drawOutlines();
    const dim = this.baked.addToWeek(this.add.graphics());
    this.drawBorder();
    const crossings = this.baked.addToWeek(this.add.graphics());
    const targets = this.add.graphics();
    const focus = this.add.graphics();
    const effects = this.add.container(0, 0);
    this.leaders = this.add.graphics();
    this.createLabels();
    this.legend = new MapLegend(this.add.graphics(), (content, px) =>
      this.addText(0, 0, content, px, 11, { color: COLORS.legendText }).setOrigin(0, 0.5),
    );
    const markers = this.add.graphics();
    this.layers = { districts, patterns, dim, crossings, targets, focus, markers, effects };
    this.effects = new PlaybackEffects(this, effects, this.add.container(0, 0));
    this.createHitAreas();
    this.fitCamera();
    this.scale.on(Phaser.Scale.Events.RESIZE, this.fitCamera, this);
    this.game.events.on(Phaser.Core.Events.RESUME, this.keepAwake, this);
    this.game.renderer.on(Phaser.Renderer.Events.RESTORE_WEBGL, this.restored, this);
    this.keepAwake();

    this.sync(store.getState(), null);
    this.unsubscribe = store.subscribe((state, previous) => this.sync(state, previous));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, this.teardown, this);
    this.events.once(Phaser.Scenes.Events.DESTROY, this.teardown, this);
  }

  override update(): void {
    this.baked.redraw();
    if (performance.now() > this.awakeUntil && this.tweens.getTweens().length === 0)
      this.game.pause();
  }

  private keepAwake(): void {
    this.awakeUntil = performance.now() + AWAKE_MS;
  }

  /** Something changed: step (and so draw) again for a while. */
  wake(): void {
    this.keepAwake();
    this.game.resume();
  }

  /** A lost WebGL context took the baked texture's pixels with it. */
  private restored(): void {
    this.baked.contextRestored();
    this.wake();
  }

  private teardown(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.scale.off(Phaser.Scale.Events.RESIZE, this.fitCamera, this);
    this.game.events.off(Phaser.Core.Events.RESUME, this.keepAwake, this);
    this.game.renderer?.off(Phaser.Renderer.Events.RESTORE_WEBGL, this.restored, this);
    this.effects.clear();
    this.baked.destroy();
  }

  /**
   * The camera shows the whole map space. Text keeps a readable size on screen (growing in map
   * units when the map is shown small) and is rasterised at the canvas's own resolution.
   */
  private fitCamera(): void {
    this.wake();
    this.measure();
    this.cameras.main.setZoom(this.zoom).centerOn(MAP.width / 2, MAP.height / 2);
    this.baked.fit(this.scale.width, this.scale.height, this.zoom);
    for (const entry of this.texts) this.sizeText(entry);
    this.layoutLabels();
    this.legend?.layout(store.getState().settings.patterns);
    this.drawMarkers(shownPending(store.getState()));
  }

  /**
   * Places every name so that none overlaps another (see labels.ts): the smallest districts
   * first, then the crossings, then the provinces; a name pushed out of its shape gets a leader.
   */
  private layoutLabels(): void {
    const views = [...this.places.values()];
    const size = (text: Phaser.GameObjects.Text) => ({
      width: text.displayWidth * 0.94,
      height: text.displayHeight * 0.8,
    });
    const districts = views
      .filter((v) => v.place.kind === 'district')
      .sort((a, b) => area(a.shape.polygon) - area(b.shape.polygon));
    const provinces = views.filter((v) => v.place.kind === 'province');
    const placeItem = (v: PlaceView): LabelItem => ({
      id: keyOf(v.place),
      anchor: v.shape.anchor,
      ring: v.shape.polygon,
      ...size(v.label),
    });
    const items: LabelItem[] = [
      ...districts.map(placeItem),
      ...this.crossingLabels.map(({ id, text }) => {
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
      ...provinces.map(placeItem),
    ];
    const icons: Box[] = CROSSING_IDS.map((id) => ({
      x: MAP.crossings[id][0] - 8,
      y: MAP.crossings[id][1] - 8,
      width: 16,
      height: 16,
    }));
    const { x, y, width } = MAP.inset;
    icons.push({ x, y, width, height: 22 });
    const placed = new Map(placeLabels(items, icons, MAP).map((p) => [p.id, p]));

    const g = this.leaders.clear();
    for (const view of views) {
      const spot = placed.get(keyOf(view.place));
      if (!spot) continue;
      view.label.setPosition(spot.at[0], spot.at[1]);
      if (spot.leader) {
        const [ax, ay] = view.shape.anchor;
        const { box } = spot;
        const ex = Math.max(box.x, Math.min(ax, box.x + box.width));
        const ey = Math.max(box.y, Math.min(ay, box.y + box.height));
        g.lineStyle(3, COLORS.labelCasingInk, 0.8);
        g.lineBetween(ax, ay, ex, ey);
        g.lineStyle(1.2, COLORS.leader, 1);
        g.lineBetween(ax, ay, ex, ey);
        g.fillStyle(COLORS.labelCasingInk, 1);
        g.fillCircle(ax, ay, 3.2);
        g.fillStyle(COLORS.leader, 1);
        g.fillCircle(ax, ay, 2);
      }
    }
    for (const { id, text } of this.crossingLabels) {
      const spot = placed.get(`crossing:${id}`);
      if (spot) text.setPosition(spot.at[0], spot.at[1]);
    }
  }

  private measure(): void {
    this.zoom = this.scale.width / MAP.width;
    const shown = this.scale.displaySize.width;
    this.cssZoom = shown > 0 ? shown / MAP.width : this.zoom;
  }

  private sizeText(entry: TextEntry): void {
    const size = Math.max(entry.min, entry.px / this.cssZoom);
    const { text } = entry;
    text.setFontSize(size);
    if (text.style.strokeThickness > 0) text.setStroke(COLORS.labelCasing, size * 0.28);
    text.setResolution(entry.baked ? this.zoom * this.baked.groundSupersample : this.zoom);
  }

  /** Adds a text whose size follows the screen (see fitCamera). */
  private addText(
    x: number,
    y: number,
    content: string,
    px: number,
    min: number,
    style: Phaser.Types.GameObjects.Text.TextStyle,
    baked = false,
  ): Phaser.GameObjects.Text {
    const text = this.add.text(x, y, content, {
      fontFamily: FONT,
      resolution: this.zoom,
      ...style,
    });
    if (baked) this.baked.addToGround(text);
    const entry = { text, px, min, baked };
    this.texts.push(entry);
    this.sizeText(entry);
    return text;
  }

  // Redraws only the layers whose slice of the store changed.
  private sync(state: StoreState, previous: StoreState | null): void {
    this.wake();
    const game = shownState(state);
    const gameChanged = !previous || game !== shownState(previous);
    const motionChanged =
      !previous || state.settings.reducedMotion !== previous.settings.reducedMotion;
    if (gameChanged) {
      this.drawDistricts(game);
      this.drawCrossings(game);
    }
    if (gameChanged || state.settings.patterns !== previous?.settings.patterns) {
      this.drawPatterns(state.settings.patterns ? game : null);
      this.legend?.layout(state.settings.patterns);
    }
    if (!previous || state.focus !== previous.focus) this.drawFocus(state.focus);
    if (gameChanged || motionChanged || state.targeting !== previous?.targeting)
      this.drawTargets(game, state.targeting, state.settings.reducedMotion);
    if (!previous || shownPending(state) !== shownPending(previous))
      this.drawMarkers(shownPending(state));
    if (!previous || motionChanged || state.playback !== previous.playback)
      this.showPlayback(state);
  }

  // ---- static layers, drawn once ----

  private drawGround(): void {
    const g = this.baked.addToGround(this.add.graphics());
    fillRing(g, MAP.afghanistan, COLORS.afghanLand);
    fillRing(g, MAP.pakistan, COLORS.pakistanLand);
    for (const ring of MAP.context.afghanistan) strokeRing(g, ring, 1, COLORS.afghanContextLine);
    for (const ring of MAP.context.pakistan) strokeRing(g, ring, 1, COLORS.pakistanContextLine);
    for (const id of PROVINCE_IDS) fillRing(g, MAP.provinces[id].polygon, COLORS.province);
    for (const id of PROVINCE_IDS)
      strokeRing(g, MAP.provinces[id].polygon, 1.2, COLORS.provinceLine);
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
      this.addText(
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
    this.addText(
      x + width / 2,
      y + 5,
      MAP.inset.title,
      9,
      11,
      { color: COLORS.crossingLabel },
      true,
    ).setOrigin(0.5, 0);
    this.addText(
      x + width / 2,
      y + height - 5,
      'Arabian Sea',
      8.5,
      10,
      { fontStyle: 'italic', color: COLORS.seaLabel },
      true,
    ).setOrigin(0.5, 1);
  }

  private drawOutlines(): void {
    const g = this.baked.addToWeek(this.add.graphics());
    for (const id of DISTRICT_IDS)
      strokeRing(g, MAP.districts[id].polygon, 1.4, COLORS.districtLine);
  }

  private drawBorder(): void {
    const g = this.baked.addToWeek(this.add.graphics());
    strokeLine(g, MAP.border, 6, COLORS.borderCasing, 0.9);
    strokeLine(g, MAP.border, 2.6, COLORS.border);
  }

  private createLabels(): void {
    const casing = {
      stroke: COLORS.labelCasing,
      strokeThickness: 3.5,
      align: 'center',
      lineSpacing: -3,
    };
    for (const id of PROVINCE_IDS) {
      const shape = MAP.provinces[id];
      const label = this.addText(shape.anchor[0], shape.anchor[1], PROVINCES[id].name, 10.5, 13, {
        ...casing,
        fontStyle: 'italic',
        color: COLORS.labelMuted,
      });
      this.places.set(`province:${id}`, {
        place: { kind: 'province', id },
        shape,
        label: label.setOrigin(0.5),
      });
    }
    for (const id of DISTRICT_IDS) {
      const shape = MAP.districts[id];
      const name = SHORT_NAMES[id] ?? DISTRICTS[id].name;
      const label = this.addText(shape.anchor[0], shape.anchor[1], name, 11.5, 13.5, {
        ...casing,
        fontStyle: 'bold',
        color: COLORS.label,
      });
      this.places.set(`district:${id}`, {
        place: { kind: 'district', id },
        shape,
        label: label.setOrigin(0.5),
      });
    }
    for (const id of CROSSING_IDS) {
      const [x, y] = MAP.crossings[id];
      const text = this.addText(x, y, CROSSING_LABELS[id], 9, 10.5, {
        ...casing,
        strokeThickness: 3,
        color: COLORS.crossingLabel,
      });
      this.crossingLabels.push({ id, text: text.setOrigin(0.5) });
    }
  }

  /** One invisible zone per place, hit-tested against the place's polygon. */
  private createHitAreas(): void {
    for (const { place, shape } of this.places.values()) {
      const zone = this.add.zone(0, 0, MAP.width, MAP.height).setOrigin(0, 0);
      zone.setInteractive({
        hitArea: new Phaser.Geom.Polygon(shape.polygon.flat()),
        hitAreaCallback: Phaser.Geom.Polygon.Contains,
        useHandCursor: true,
      });
      zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OVER, () => focusPlace(place));
      zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OUT, () => {
        const focus = store.getState().focus;
        if (focus && keyOf(focus) === keyOf(place)) focusPlace(null);
      });
      zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_UP, () => {
        if (store.getState().targeting) pickTarget(place.id);
        else focusPlace(place);
      });
    }
  }

  // ---- layers that follow the store ----

  private drawDistricts(game: GameState | null): void {
    this.baked.weekChanged();
    const g = this.layers.districts.clear();
    for (const id of DISTRICT_IDS) {
      const color = game ? threatColor(districtThreat(game.districts[id])) : COLORS.districtNeutral;
      fillRing(g, MAP.districts[id].polygon, color);
    }
  }

  /** Hatching on high threat, dots on displacement: the palette's meaning without colour. */
  private drawPatterns(game: GameState | null): void {
    this.baked.weekChanged();
    const g = this.layers.patterns.clear();
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

  private drawCrossings(game: GameState | null): void {
    this.baked.weekChanged();
    const g = this.layers.crossings.clear();
    for (const id of CROSSING_IDS) {
      const [x, y] = MAP.crossings[id];
      crossingIcon(g, x, y, game ? game.crossings[id].open : true);
    }
  }

  private drawFocus(focus: Place | null): void {
    const g = this.layers.focus.clear();
    const view = focus ? this.places.get(keyOf(focus)) : undefined;
    if (!view) return;
    strokeRing(g, view.shape.polygon, 6, COLORS.borderCasing, 0.8);
    strokeRing(g, view.shape.polygon, 3, COLORS.focus);
  }

  /** While a response waits for its target: valid places outlined (pulsing), the rest dimmed. */
  private drawTargets(
    game: GameState | null,
    targeting: string | null,
    reducedMotion: boolean,
  ): void {
    this.baked.weekChanged();
    const dim = this.layers.dim.clear();
    const outline = this.layers.targets.clear();
    this.tweens.killTweensOf(outline);
    outline.setAlpha(1);
    const valid = validTargets(game, targeting);
    for (const [key, view] of this.places) {
      const dimmed = valid !== null && !valid.has(key);
      view.label.setAlpha(dimmed ? 0.45 : 1);
      if (dimmed) fillRing(dim, view.shape.polygon, COLORS.dim, 0.62);
      if (valid?.has(key)) {
        strokeRing(outline, view.shape.polygon, 6, COLORS.borderCasing, 0.75);
        strokeRing(outline, view.shape.polygon, 3, COLORS.target);
      }
    }
    if (valid && valid.size > 0 && !reducedMotion) {
      this.tweens.add({
        targets: outline,
        alpha: { from: 1, to: 0.55 },
        duration: 750,
        yoyo: true,
        repeat: -1,
        ease: 'Sine.easeInOut',
      });
    }
  }

  /** A small check badge on each place already chosen as a target this week. */
  private drawMarkers(pending: readonly Decision[]): void {
    const g = this.layers.markers.clear();
    for (const text of this.markerTexts) text.destroy();
    this.markerTexts = [];
    const counts = new Map<string, number>();
    for (const decision of pending) {
      if (decision.target === undefined) continue;
      for (const kind of ['district', 'province'] as const) {
        const key = `${kind}:${decision.target}`;
        if (this.places.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    for (const [key, count] of counts) {
      const view = this.places.get(key)!;
      const x = view.label.x + view.label.displayWidth / 2 + 5;
      const y = view.label.y - view.label.displayHeight / 2 + 1;
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
        const text = this.add.text(x + 8, y, `×${count}`, {
          fontFamily: FONT,
          fontSize: `${Math.max(11, 9 / this.cssZoom)}px`,
          fontStyle: 'bold',
          color: COLORS.label,
          stroke: COLORS.labelCasing,
          strokeThickness: 3,
          resolution: this.zoom,
        });
        this.markerTexts.push(text.setOrigin(0, 0.5));
      }
    }
  }

  private showPlayback(state: StoreState): void {
    const { playback } = state;
    const report = playback
      ? shownReports(state)?.find((r) => r.week === playback.week)
      : undefined;
    const event = playback ? report?.events[playback.step] : undefined;
    if (event) this.effects.show(event, state.settings.reducedMotion);
    else this.effects.clear();
  }
}
