/**
 * The map of the frontier. It composes the map's layers, bottom to top, redraws each only when its
 * slice of the store changes (threat per district, crossings, focus, targeting, this week's
 * choices, the week's playback) and turns pointer input into store actions. No rule lives here:
 * which targets are valid comes from the engine's responsesFor.
 *
 * The layers under the highlights are baked into textures (see baked-map.ts), so a frame draws one
 * image, not hundreds of polygons; the highlights, names, legend and playback above it stay live
 * objects.
 *
 * When nothing moves the game is paused (Game#pause: no update, no render; the canvas keeps its
 * last frame, and input is still handled by Phaser's DOM listeners). A store change, a resize, a
 * move of the view or a resume from outside wakes it for a short while; it pauses again once no
 * tween is running.
 *
 * The view (see map-camera.ts) zooms and pans the main camera. While a gesture moves it, only the
 * camera moves; once it settles, the baked layers are baked again at the new resolution and the
 * names, pins and marks sized and placed again for it, so they keep their size on screen. The key
 * stays in its corner of the screen throughout. Each settled layout is recorded as a performance
 * mark (`frontier:map-layout`, its detail the boxes of the names, the pins' heads and the key) for
 * the browser tests, as the load benchmark reads the first frame's.
 */
import * as Phaser from 'phaser';
import type { GameState } from '../../engine';
import { focusPlace, pickTarget } from '../../store/actions';
import { store, type StoreState } from '../../store/game-store';
import { shownPending, shownReports, shownState, shownWeek } from '../../store/selectors';
import { BakedMap } from '../baked-map';
import { PlaybackEffects } from '../effects';
import { MAP } from '../geometry';
import { paintGround } from '../ground-painter';
import { Highlights } from '../highlights';
import { addHitAreas } from '../hit-areas';
import type { Box } from '../labels';
import { MapLegend } from '../legend';
import { visibleRect, type MapCamera, type MapView } from '../map-camera';
import { MapGestures } from '../map-gestures';
import { COLORS, labelScale } from '../look';
import { PlaceLabels } from '../place-labels';
import { placeKey } from '../places';
import { ScreenTexts } from '../screen-texts';
import { TargetMarkers } from '../target-markers';
import { validTargets } from '../targets';
import { WeekLayers } from '../week-layers';
import { WeekMarks } from '../week-marks';
import { threatShifts, weekPins } from '../week-story';

export const MAP_SCENE_KEY = 'MapScene';
/** The performance mark each settled layout is recorded as. */
export const MAP_LAYOUT_MARK = 'frontier:map-layout';

/** How long the game keeps stepping after the last wake (covers Phaser's 500 ms resize check). */
const AWAKE_MS = 700;

export class MapScene extends Phaser.Scene {
  private unsubscribe: (() => void) | null = null;
  /** The layers under the highlights, baked into textures. */
  private baked!: BakedMap;
  private texts!: ScreenTexts;
  /** The key's texts: sized for the whole map's view whatever the zoom. */
  private legendTexts!: ScreenTexts;
  private legendLayer!: Phaser.GameObjects.Container;
  private gestures!: MapGestures;
  private unwatchView: (() => void) | null = null;
  private week!: WeekLayers;
  private highlights!: Highlights;
  private labels!: PlaceLabels;
  private legend!: MapLegend;
  private markers!: TargetMarkers;
  private effects!: PlaybackEffects;
  private marks!: WeekMarks;
  /** performance.now() until which the game keeps stepping even when nothing animates. */
  private awakeUntil = 0;

  constructor(private readonly camera: MapCamera) {
    super({ key: MAP_SCENE_KEY });
  }

  create(): void {
    const { zoom, cssZoom } = this.measure();
    const viewZoom = this.camera.view.zoom;
    const scale = labelScale(store.getState().settings);
    // No camera background: the baked ground is opaque and covers the whole view.
    this.baked = new BakedMap(this, COLORS.background);
    this.baked.fit(zoom * viewZoom);
    this.texts = new ScreenTexts(this, this.baked, zoom * viewZoom, cssZoom);
    this.texts.fit(zoom * viewZoom, cssZoom, viewZoom);
    this.texts.setScale(scale);
    this.legendTexts = new ScreenTexts(this, this.baked, zoom, cssZoom);
    this.legendTexts.setScale(scale);
    // Bottom to top: each layer adds its objects to the scene as it is made.
    paintGround(this, this.baked, this.texts);
    this.week = new WeekLayers(this, this.baked);
    this.highlights = new Highlights(this);
    const effectsUnder = this.add.container(0, 0);
    const courses = this.add.graphics();
    this.labels = new PlaceLabels(this.add.graphics(), this.texts);
    const pins = this.add.graphics();
    this.marks = new WeekMarks(courses, pins, this.add.graphics(), this.labels, this.texts);
    this.markers = new TargetMarkers(this, this.add.graphics(), this.labels, this.texts);
    this.effects = new PlaybackEffects(this, effectsUnder, this.add.container(0, 0));
    // The key on top of everything, in a layer the view moves so that it stays put on screen.
    this.legendLayer = this.add.container(0, 0);
    const panel = this.add.graphics();
    const legendInk = this.add.graphics();
    this.legendLayer.add([panel, legendInk]);
    this.legend = new MapLegend(panel, legendInk, (content, px) => {
      const text = this.legendTexts
        .add(0, 0, content, px, 11, { color: COLORS.legendText })
        .setOrigin(0, 0.5);
      this.legendLayer.add(text);
      return text;
    });
    this.gestures = new MapGestures(this, this.camera, () => {
      const shown = this.scale.displaySize.width;
      return shown > 0 ? shown / this.scale.width : 1;
    });
    addHitAreas(this, {
      dragged: () => this.gestures.dragged,
      over: (place) => focusPlace(place),
      out: (place) => {
        const focus = store.getState().focus;
        if (focus && placeKey(focus) === placeKey(place)) focusPlace(null);
      },
      up: (place) => {
        if (store.getState().targeting) pickTarget(place.id);
        else focusPlace(place);
      },
      tapOutside: () => focusPlace(null),
    });
    this.fitCamera();
    this.scale.on(Phaser.Scale.Events.RESIZE, this.fitCamera, this);
    this.unwatchView = this.camera.subscribe((view, settled) => this.viewMoved(view, settled));
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
    this.unwatchView?.();
    this.unwatchView = null;
    this.gestures.destroy();
    this.scale.off(Phaser.Scale.Events.RESIZE, this.fitCamera, this);
    this.game.events.off(Phaser.Core.Events.RESUME, this.keepAwake, this);
    this.game.renderer?.off(Phaser.Renderer.Events.RESTORE_WEBGL, this.restored, this);
    this.effects.clear();
    this.baked.destroy();
  }

  /**
   * Canvas pixels per map unit at the whole map's view (`zoom`) and CSS pixels per map unit
   * (`cssZoom`, in which texts are sized so they read the same on every screen).
   */
  private measure(): { zoom: number; cssZoom: number } {
    const zoom = this.scale.width / MAP.width;
    const shown = this.scale.displaySize.width;
    return { zoom, cssZoom: shown > 0 ? shown / MAP.width : zoom };
  }

  /** The canvas changed size: everything is fitted to it again at the view it shows. */
  private fitCamera(): void {
    this.applyView(this.camera.view);
    this.refit();
  }

  /** Points the camera at the view, and keeps the key in its corner of the screen. */
  private applyView(view: MapView): void {
    const { zoom } = this.measure();
    this.cameras.main.setZoom(zoom * view.zoom).centerOn(view.x, view.y);
    const shown = visibleRect(view);
    this.legendLayer.setPosition(shown.x, shown.y).setScale(1 / view.zoom);
  }

  private viewMoved(view: MapView, settled: boolean): void {
    this.wake();
    this.applyView(view);
    if (settled) this.refit();
  }

  /** Bakes, sizes and places everything again for the canvas and the view as they are now. */
  private refit(): void {
    this.wake();
    const { zoom, cssZoom } = this.measure();
    const viewZoom = this.camera.view.zoom;
    this.baked.fit(zoom * viewZoom);
    this.texts.fit(zoom * viewZoom, cssZoom, viewZoom);
    this.legendTexts.fit(zoom, cssZoom);
    this.layoutAll(store.getState());
  }

  /** Places the key, the names (clear of the key), the target checks and the week's marks. */
  private layoutAll(state: StoreState): void {
    this.legend.layout(state.settings.patterns);
    this.labels.layout([this.legendInMapUnits()]);
    this.markers.show(shownPending(state));
    this.showWeekStory(state);
  }

  /** Where the key covers the map now, in map units. */
  private legendInMapUnits(): Box {
    const view = this.camera.view;
    const shown = visibleRect(view);
    const { x, y, width, height } = this.legend.box;
    return {
      x: shown.x + x / view.zoom,
      y: shown.y + y / view.zoom,
      width: width / view.zoom,
      height: height / view.zoom,
    };
  }

  /** Records the layout just made, for the browser tests (see the file's comment). */
  private recordLayout(): void {
    performance.clearMarks(MAP_LAYOUT_MARK);
    performance.mark(MAP_LAYOUT_MARK, {
      detail: {
        view: this.camera.view,
        canvas: { width: this.scale.displaySize.width, height: this.scale.displaySize.height },
        names: this.labels.laidOut(),
        heads: this.marks.headBoxes(),
        legend: { box: this.legend.box, title: this.legend.titleBox },
      },
    });
  }

  // Redraws only the layers whose slice of the store changed.
  private sync(state: StoreState, previous: StoreState | null): void {
    this.wake();
    const game = shownState(state);
    const gameChanged = !previous || game !== shownState(previous);
    const motionChanged =
      !previous || state.settings.reducedMotion !== previous.settings.reducedMotion;
    if (gameChanged) {
      this.week.showThreat(game);
      this.week.showCrossings(game);
    }
    const patternsChanged = state.settings.patterns !== previous?.settings.patterns;
    if (gameChanged || patternsChanged)
      this.week.showPatterns(state.settings.patterns ? game : null);
    const scale = labelScale(state.settings);
    this.legendTexts.setScale(scale);
    if (previous && this.texts.setScale(scale)) {
      // Larger names need placing again (and the baked ground, which holds some, redrawing).
      this.layoutAll(state);
      this.baked.fit(this.texts.zoom);
    } else if (previous && patternsChanged) {
      // The key's size changed, and the names keep clear of it.
      this.layoutAll(state);
    }
    if (!previous || state.focus !== previous.focus) this.highlights.showFocus(state.focus);
    if (gameChanged || motionChanged || state.targeting !== previous?.targeting)
      this.showTargeting(game, state.targeting, state.settings.reducedMotion);
    if (!previous || shownPending(state) !== shownPending(previous))
      this.markers.show(shownPending(state));
    if (!previous || motionChanged || state.playback !== previous.playback)
      this.showPlayback(state);
    if (gameChanged || state.playback !== previous?.playback) this.showWeekStory(state);
  }

  /**
   * The shown week's pins, as far as its playback has got; once it has played, the districts
   * whose threat band it changed.
   */
  private showWeekStory(state: StoreState): void {
    const week = shownWeek(state);
    if (!week) {
      this.marks.clear();
      this.recordLayout();
      return;
    }
    const { report, after, played } = week;
    const shifts = played >= report.events.length ? threatShifts(report, after.districts) : [];
    this.marks.show(weekPins(report.events, played), shifts);
    this.recordLayout();
  }

  /** While a response waits for its target: valid places outlined (pulsing), the rest dimmed. */
  private showTargeting(
    game: GameState | null,
    targeting: string | null,
    reducedMotion: boolean,
  ): void {
    const valid = validTargets(game, targeting);
    this.week.showTargeting(valid);
    this.highlights.showTargeting(valid, reducedMotion);
    this.labels.showTargeting(valid);
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
