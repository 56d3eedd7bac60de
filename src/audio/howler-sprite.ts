/**
 * The game's sounds through Howler (Web Audio): one sprite, effects played once, the score's three
 * loops started together (so they stay in step) and faded to the levels asked for. Loaded only
 * after the player's first gesture (see browser-sound.ts), so no AudioContext exists before it.
 */
import { Howl, Howler } from 'howler';
import type { AudioStatus } from '../store/game-store';
import mp3Url from '../../assets/sounds/sounds.mp3?url';
import oggUrl from '../../assets/sounds/sounds.ogg?url';
import spriteMap from '../../assets/sounds/sounds.json';
import { MUSIC_LAYERS, type EffectSound, type MusicLayer, type SoundSprite } from './sound-names';

/** How long the score takes to follow a change of the ladder or of the volume. */
const MUSIC_FADE_MS = 1500;

export type SpriteStatus = Exclude<AudioStatus, 'waiting-for-gesture'>;

export interface SpritePlayer {
  /** Loaded, and the browser has let audio run at least once. */
  ready(): boolean;
  playEffect(name: EffectSound, volume: number): void;
  setMusic(levels: Record<MusicLayer, number>): void;
}

export function loadSprite(onStatus: (status: SpriteStatus) => void): SpritePlayer {
  let loaded = false;
  let unlocked = false;
  let failed = false;
  let wanted: Record<MusicLayer, number> | null = null;
  let loops: Record<MusicLayer, number> | null = null;
  let stopTimer: ReturnType<typeof setTimeout> | null = null;

  const fail = () => {
    failed = true;
    onStatus('unavailable');
  };

  // Without Web Audio Howler falls back to HTML5 audio, which cannot play a sprite reliably
  // before a gesture and keeps failing after: the game is then silent (and says so in Settings).
  if (Howler.noAudio || !Howler.usingWebAudio) {
    fail();
    return { ready: () => false, playEffect: () => undefined, setMusic: () => undefined };
  }

  const howl = new Howl({
    src: [oggUrl, mp3Url],
    format: ['ogg', 'mp3'],
    sprite: (spriteMap as SoundSprite).sprite,
    html5: false,
    preload: true,
    onload: () => {
      loaded = true;
      watchContext();
      applyMusic();
    },
    onloaderror: fail,
    onplayerror: () => undefined,
  });

  function watchContext(): void {
    const context = Howler.ctx;
    if (!context) return fail();
    const update = () => {
      if (context.state === 'running') unlocked = true;
      if (!failed)
        onStatus(!loaded ? 'loading' : context.state === 'running' ? 'running' : 'suspended');
      applyMusic();
    };
    context.addEventListener('statechange', update);
    update();
  }

  function startLoops(): Record<MusicLayer, number> {
    const ids = {} as Record<MusicLayer, number>;
    for (const layer of MUSIC_LAYERS) {
      const id = howl.play(layer);
      howl.volume(0, id);
      ids[layer] = id;
    }
    performance.mark('frontier:music-start');
    return ids;
  }

  function applyMusic(): void {
    if (!loaded || !unlocked || failed || !wanted) return;
    const audible = MUSIC_LAYERS.some((layer) => (wanted?.[layer] ?? 0) > 0);
    if (stopTimer) {
      clearTimeout(stopTimer);
      stopTimer = null;
    }
    if (!audible && !loops) return;
    loops ??= startLoops();
    for (const layer of MUSIC_LAYERS) {
      const id = loops[layer];
      const from = howl.volume(id) as unknown as number;
      howl.fade(from, wanted[layer], MUSIC_FADE_MS, id);
    }
    if (!audible)
      stopTimer = setTimeout(() => {
        if (loops) for (const layer of MUSIC_LAYERS) howl.stop(loops[layer]);
        loops = null;
        stopTimer = null;
      }, MUSIC_FADE_MS + 100);
  }

  onStatus('loading');
  return {
    ready: () => loaded && unlocked && !failed,
    playEffect(name, volume) {
      const id = howl.play(name);
      howl.volume(volume, id);
      performance.mark(`frontier:sound:${name}`);
    },
    setMusic(levels) {
      wanted = levels;
      applyMusic();
    },
  };
}
