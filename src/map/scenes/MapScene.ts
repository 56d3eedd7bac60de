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
 * last frame, and input is still handled by Phaser's DOM listeners). A store change, a resize or a
 * resume from outside wakes it for a short while; it pauses again once no tween is running.
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
import { MapLegend } from '../legend';
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

/** How long the game keeps stepping after the last wake (covers Phaser's 500 ms resize check). */
const AWAKE_MS = 700;

export class MapScene extends Phaser.Scene {
  private unsubscribe: (() => void) | null = null;
  /** The layers under the highlights, baked into textures. */
  private baked!: BakedMap;
  private texts!: ScreenTexts;
  private week!: WeekLayers;
  private highlights!: Highlights;
  private labels!: PlaceLabels;
  private legend!: MapLegend;
  private markers!: TargetMarkers;
  private effects!: PlaybackEffects;
  private marks!: WeekMarks;
  /** performance.now() until which the game keeps stepping even when nothing animates. */
  private awakeUntil = 0;

  constructor() {
    super({ key: MAP_SCENE_KEY });
  }

  create(): void {
    const { zoom, cssZoom } = this.measure();
    // No camera background: the baked ground is opaque and covers the whole view.
    this.baked = new BakedMap(this, COLORS.background);
    this.baked.fit(this.scale.width, this.scale.height, zoom);
    this.texts = new ScreenTexts(this, this.baked, zoom, cssZoom);
    this.texts.setScale(labelScale(store.getState().settings));
    // Bottom to top: each layer adds its objects to the scene as it is made.
    paintGround(this, this.baked, this.texts);
    this.week = new WeekLayers(this, this.baked);
    this.highlights = new Highlights(this);
    const effectsUnder = this.add.container(0, 0);
    const courses = this.add.graphics();
    this.labels = new PlaceLabels(this.add.graphics(), this.texts);
    const pins = this.add.graphics();
    this.legend = new MapLegend(this.add.graphics(), (content, px) =>
      this.texts.add(0, 0, content, px, 11, { color: COLORS.legendText }).setOrigin(0, 0.5),
    );
    this.marks = new WeekMarks(courses, pins, this.add.graphics(), this.labels, this.texts);
    this.markers = new TargetMarkers(this, this.add.graphics(), this.labels, this.texts);
    this.effects = new PlaybackEffects(this, effectsUnder, this.add.container(0, 0));
    addHitAreas(this, {
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
   * Canvas pixels per map unit (`zoom`, the camera's) and CSS pixels per map unit (`cssZoom`, in
   * which texts are sized so they read the same on every screen).
   */
  private measure(): { zoom: number; cssZoom: number } {
    const zoom = this.scale.width / MAP.width;
    const shown = this.scale.displaySize.width;
    return { zoom, cssZoom: shown > 0 ? shown / MAP.width : zoom };
  }

  /** The camera shows the whole map space; the textures and texts follow its resolution. */
  private fitCamera(): void {
    this.wake();
    const { zoom, cssZoom } = this.measure();
    this.cameras.main.setZoom(zoom).centerOn(MAP.width / 2, MAP.height / 2);
    this.baked.fit(this.scale.width, this.scale.height, zoom);
    this.texts.fit(zoom, cssZoom);
    this.labels.layout();
    const state = store.getState();
    this.legend.layout(state.settings.patterns);
    this.markers.show(shownPending(state));
    this.showWeekStory(state);
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
    if (gameChanged || state.settings.patterns !== previous?.settings.patterns) {
      this.week.showPatterns(state.settings.patterns ? game : null);
      this.legend.layout(state.settings.patterns);
    }
    if (previous && this.texts.setScale(labelScale(state.settings))) {
      // Larger names need placing again (and the baked ground, which holds some, redrawing).
      this.labels.layout();
      this.legend.layout(state.settings.patterns);
      this.markers.show(shownPending(state));
      this.showWeekStory(state);
      this.baked.fit(this.scale.width, this.scale.height, this.texts.zoom);
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
      return;
    }
    const { report, after, played } = week;
    const shifts = played >= report.events.length ? threatShifts(report, after.districts) : [];
    this.marks.show(weekPins(report.events, played), shifts);
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
