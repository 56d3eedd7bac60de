/**
 * The SoundOutput of the browser. Browsers allow audio only after a gesture, so nothing audio is
 * created until the player's first real click, tap or key: then Howler and the sprite are loaded
 * (their code is a chunk of its own). Before that, and while loading, effects are dropped.
 * Page scripts (a test's evaluate, say) are not gestures here: only trusted input events count.
 * The status is also written to <html data-audio="…">, where tests (and curious players) read it.
 */
import type { AudioStatus } from '../store/game-store';
import type { SoundOutput } from './sound-director';
import type { MusicLayer } from './sound-names';
import type { SpritePlayer } from './howler-sprite';

const GESTURES = ['pointerdown', 'keydown', 'touchend'] as const;

export function browserSoundOutput(report: (status: AudioStatus) => void): SoundOutput & {
  stop: () => void;
} {
  const onStatus = (status: AudioStatus) => {
    document.documentElement.dataset.audio = status;
    report(status);
  };
  let player: SpritePlayer | null = null;
  let music: Record<MusicLayer, number> | null = null;
  let stopped = false;

  const onGesture = (event: Event) => {
    if (!event.isTrusted) return;
    removeListeners();
    onStatus('loading');
    import('./howler-sprite').then(
      ({ loadSprite }) => {
        if (stopped) return;
        player = loadSprite(onStatus);
        if (music) player.setMusic(music);
      },
      () => onStatus('unavailable'),
    );
  };
  const removeListeners = () => {
    for (const type of GESTURES) window.removeEventListener(type, onGesture, true);
  };
  for (const type of GESTURES) window.addEventListener(type, onGesture, true);
  onStatus('waiting-for-gesture');

  return {
    ready: () => player?.ready() ?? false,
    playEffect: (name, volume) => player?.playEffect(name, volume),
    setMusic(levels) {
      music = levels;
      player?.setMusic(levels);
    },
    stop() {
      stopped = true;
      removeListeners();
      player?.setMusic({ 'ambient-calm': 0, 'ambient-tense': 0, 'ambient-crisis': 0 });
    },
  };
}
