/**
 * Remembers the player's settings (language, text size, projector mode, reduced motion, patterns, sound) in
 * browser storage.
 */
import {
  DEFAULT_SETTINGS,
  type GameStore,
  type Settings,
  type SoundSettings,
} from '../store/game-store';
import { isLanguage, messageWords } from '../text';
import { describeWriteProblem, readKey, writeKey, type KeyValueStore } from './storage';

export const SETTINGS_KEY = 'frontier-crisis/settings';

/** A stored volume if it is a whole number from 0 to 100, else the default. */
function volume(raw: unknown, fallback: number): number {
  return typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 && raw <= 100
    ? raw
    : fallback;
}

function readSound(raw: unknown, fallback: SoundSettings): SoundSettings {
  if (typeof raw !== 'object' || raw === null) return fallback;
  const sound = raw as Partial<Record<keyof SoundSettings, unknown>>;
  return {
    musicVolume: volume(sound.musicVolume, fallback.musicVolume),
    effectsVolume: volume(sound.effectsVolume, fallback.effectsVolume),
    muted: typeof sound.muted === 'boolean' ? sound.muted : fallback.muted,
  };
}

/**
 * The stored settings, with defaults for anything missing or malformed. `startMuted` is the
 * default for a player who never chose (a classroom passes true, so a room full of laptops
 * starts quiet); projector mode, when remembered, starts muted the same way. A remembered choice
 * of sound always wins.
 */
export function readSettings(
  storage: KeyValueStore | null,
  prefersReducedMotion = false,
  startMuted = false,
): Settings {
  const fallback = {
    ...DEFAULT_SETTINGS,
    reducedMotion: prefersReducedMotion,
    sound: { ...DEFAULT_SETTINGS.sound, muted: startMuted },
  };
  const text = readKey(storage, SETTINGS_KEY);
  if (!text.ok || text.value === null) return fallback;
  try {
    const raw = JSON.parse(text.value) as Partial<Record<keyof Settings, unknown>>;
    const projector = raw.projector === true;
    return {
      language: isLanguage(raw.language) ? raw.language : fallback.language,
      textSize: raw.textSize === 'large' || raw.textSize === 'larger' ? raw.textSize : 'normal',
      projector,
      reducedMotion:
        typeof raw.reducedMotion === 'boolean' ? raw.reducedMotion : fallback.reducedMotion,
      patterns: typeof raw.patterns === 'boolean' ? raw.patterns : fallback.patterns,
      sound: readSound(raw.sound, projector ? { ...fallback.sound, muted: true } : fallback.sound),
    };
  } catch {
    return fallback;
  }
}

/** True when the player has chosen sound settings once (they are remembered in storage). */
export function hasStoredSoundChoice(storage: KeyValueStore | null): boolean {
  const text = readKey(storage, SETTINGS_KEY);
  if (!text.ok || text.value === null) return false;
  try {
    const raw = JSON.parse(text.value) as { sound?: unknown };
    return typeof raw.sound === 'object' && raw.sound !== null;
  } catch {
    return false;
  }
}

export function startSettingsStorage(store: GameStore, storage: KeyValueStore | null): () => void {
  let last = store.getState().settings;
  return store.subscribe((state) => {
    if (state.settings === last) return;
    last = state.settings;
    const written = writeKey(storage, SETTINGS_KEY, JSON.stringify(state.settings));
    const problem = written.ok
      ? null
      : describeWriteProblem(written.error, messageWords().ui.storage.settingsNotKept);
    if (problem !== state.settingsProblem) store.setState({ settingsProblem: problem });
  });
}
