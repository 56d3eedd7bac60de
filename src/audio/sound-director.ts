/**
 * The store's sound subscriber: on every change it asks sound-cues.ts what to play and tells a
 * SoundOutput. The output (Howler in the browser, a recorder in tests) is the only part that
 * touches audio; the engine knows nothing of any of it.
 *
 * Browsers keep audio locked until the player's first gesture. Effects asked for while the output
 * is not ready are dropped, never queued: a choice made a minute ago must not chime now. The
 * score is a state, not an event, so the output starts it (faded in) once audio is ready.
 */
import type { GameStore, StoreState } from '../store/game-store';
import { effectCues, musicLevels } from './sound-cues';
import type { EffectSound, MusicLayer } from './sound-names';

/** What the game needs from an audio backend. */
export interface SoundOutput {
  /** True once a gesture has unlocked audio and the sounds are loaded. */
  ready(): boolean;
  /** Plays one effect now at `volume` (0–1). Called only while ready. */
  playEffect(name: EffectSound, volume: number): void;
  /** The score's wanted layer volumes (0–1, all 0 for silence); the output fades to them. */
  setMusic(levels: Record<MusicLayer, number>): void;
}

/** The score's layer volumes with the player's settings applied. */
export function musicVolumes(state: StoreState): Record<MusicLayer, number> {
  const { muted, musicVolume } = state.settings.sound;
  const scale = muted ? 0 : musicVolume / 100;
  const levels = musicLevels(state);
  return {
    'ambient-calm': levels['ambient-calm'] * scale,
    'ambient-tense': levels['ambient-tense'] * scale,
    'ambient-crisis': levels['ambient-crisis'] * scale,
  };
}

const sameLevels = (a: Record<MusicLayer, number>, b: Record<MusicLayer, number>) =>
  a['ambient-calm'] === b['ambient-calm'] &&
  a['ambient-tense'] === b['ambient-tense'] &&
  a['ambient-crisis'] === b['ambient-crisis'];

/** Starts the subscriber; returns the function that stops it. */
export function startSound(store: GameStore, output: SoundOutput): () => void {
  let last = store.getState();
  let music = musicVolumes(last);
  output.setMusic(music);
  return store.subscribe((state) => {
    const before = last;
    last = state;
    const { muted, effectsVolume } = state.settings.sound;
    if (!muted && effectsVolume > 0 && output.ready())
      for (const cue of effectCues(before, state)) output.playEffect(cue, effectsVolume / 100);
    const wanted = musicVolumes(state);
    if (!sameLevels(wanted, music)) {
      music = wanted;
      output.setMusic(music);
    }
  });
}
