/**
 * One invisible zone per place, hit-tested against the place's polygon, reporting the pointer's
 * comings and goings to the scene (which turns them into store actions). Districts are added after
 * the provinces, so a district takes the pointer before the province around it. A finger that
 * lifts leaves its place too (Phaser reports it as an "out"), so touch reports no "out": the tapped
 * place stays shown until another is tapped, or the map outside every place. A finger that lands
 * reports no "over" either, since it may be starting a pan; and a press that panned or pinched
 * (`dragged`) is no tap: its release reports nothing.
 */
import * as Phaser from 'phaser';
import type { Place } from '../store/game-store';
import { MAP } from './geometry';
import { MAP_PLACES } from './places';

export interface PlacePointer {
  over: (place: Place) => void;
  out: (place: Place) => void;
  up: (place: Place) => void;
  /** A tap that landed on no place. */
  tapOutside: () => void;
  /** Whether the press being released moved the map rather than tapped it. */
  dragged: () => boolean;
}

export function addHitAreas(scene: Phaser.Scene, pointer: PlacePointer): void {
  for (const { place, shape } of MAP_PLACES) {
    const zone = scene.add.zone(0, 0, MAP.width, MAP.height).setOrigin(0, 0);
    zone.setInteractive({
      hitArea: new Phaser.Geom.Polygon(shape.polygon.flat()),
      hitAreaCallback: Phaser.Geom.Polygon.Contains,
      useHandCursor: true,
    });
    zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OVER, (event: Phaser.Input.Pointer) => {
      if (!event.wasTouch && !event.isDown) pointer.over(place);
    });
    zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OUT, (event: Phaser.Input.Pointer) => {
      if (!event.wasTouch) pointer.out(place);
    });
    zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_UP, () => {
      if (!pointer.dragged()) pointer.up(place);
    });
  }
  scene.input.on(
    Phaser.Input.Events.POINTER_UP,
    (event: Phaser.Input.Pointer, over: Phaser.GameObjects.GameObject[]) => {
      if (event.wasTouch && over.length === 0 && !pointer.dragged()) pointer.tapOutside();
    },
  );
}
