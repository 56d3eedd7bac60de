/**
 * Every sound the game plays, by name: the sprite's map (assets/sounds/sounds.json, made by
 * `npm run sounds`) has exactly these entries. Shared by the generator and the player.
 */

/** Feedback on the player's own actions. */
export const INTERFACE_SOUNDS = ['choose', 'undo', 'end-week', 'refused'] as const;
/** Alerts as the week's events play on the map, by event kind. */
export const ALERT_SOUNDS = ['attack', 'strike', 'incident', 'closure', 'talks', 'truce'] as const;
/** One sting per ending grade. */
export const ENDING_SOUNDS = ['ending-good', 'ending-mixed', 'ending-bad'] as const;
/**
 * The ambient score: three loops of one length that play together, each layer fading in as the
 * escalation ladder climbs.
 */
export const MUSIC_LAYERS = ['ambient-calm', 'ambient-tense', 'ambient-crisis'] as const;

export type InterfaceSound = (typeof INTERFACE_SOUNDS)[number];
export type AlertSound = (typeof ALERT_SOUNDS)[number];
export type EndingSound = (typeof ENDING_SOUNDS)[number];
export type EffectSound = InterfaceSound | AlertSound | EndingSound;
export type MusicLayer = (typeof MUSIC_LAYERS)[number];
export type SoundName = EffectSound | MusicLayer;

export const EFFECT_SOUNDS: readonly EffectSound[] = [
  ...INTERFACE_SOUNDS,
  ...ALERT_SOUNDS,
  ...ENDING_SOUNDS,
];
export const SOUND_NAMES: readonly SoundName[] = [...EFFECT_SOUNDS, ...MUSIC_LAYERS];

/** A Howler sprite entry: offset and duration in milliseconds, and whether it loops. */
export type SpriteEntry =
  [offsetMs: number, durationMs: number] | [offsetMs: number, durationMs: number, loop: true];
export interface SoundSprite {
  sprite: Record<SoundName, SpriteEntry>;
}
