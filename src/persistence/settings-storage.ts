/** Remembers the player's settings (text size, reduced motion, patterns) in browser storage. */
import { DEFAULT_SETTINGS, type GameStore, type Settings } from '../store/game-store';
import { readKey, writeKey, type KeyValueStore } from './storage';

export const SETTINGS_KEY = 'frontier-crisis/settings';

/** The stored settings, with defaults for anything missing or malformed. */
export function readSettings(
  storage: KeyValueStore | null,
  prefersReducedMotion = false,
): Settings {
  const fallback = { ...DEFAULT_SETTINGS, reducedMotion: prefersReducedMotion };
  const text = readKey(storage, SETTINGS_KEY);
  if (!text.ok || text.value === null) return fallback;
  try {
    const raw = JSON.parse(text.value) as Partial<Record<keyof Settings, unknown>>;
    return {
      textSize: raw.textSize === 'large' || raw.textSize === 'larger' ? raw.textSize : 'normal',
      reducedMotion:
        typeof raw.reducedMotion === 'boolean' ? raw.reducedMotion : fallback.reducedMotion,
      patterns: typeof raw.patterns === 'boolean' ? raw.patterns : fallback.patterns,
    };
  } catch {
    return fallback;
  }
}

export function startSettingsStorage(store: GameStore, storage: KeyValueStore | null): () => void {
  let last = store.getState().settings;
  return store.subscribe((state) => {
    if (state.settings === last) return;
    last = state.settings;
    writeKey(storage, SETTINGS_KEY, JSON.stringify(state.settings));
  });
}
