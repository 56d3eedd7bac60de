/**
 * A careful wrapper around the browser's localStorage: every read and write returns a result,
 * because storage may be missing (private mode), full (quota) or hold someone else's junk.
 */
import type { Result } from '../engine';

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The page's localStorage, or null when the browser refuses access to it. */
export function browserStorage(): KeyValueStore | null {
  try {
    const storage = globalThis.localStorage;
    return storage ?? null;
  } catch {
    return null;
  }
}

export function readKey(storage: KeyValueStore | null, key: string): Result<string | null, string> {
  if (!storage)
    return { ok: false, error: 'This browser does not allow the game to store anything.' };
  try {
    return { ok: true, value: storage.getItem(key) };
  } catch {
    return { ok: false, error: 'The browser refused to read saved data.' };
  }
}

export function writeKey(
  storage: KeyValueStore | null,
  key: string,
  value: string,
): Result<null, string> {
  if (!storage)
    return {
      ok: false,
      error:
        'This browser does not allow the game to store anything, so progress will not be kept.',
    };
  try {
    storage.setItem(key, value);
    return { ok: true, value: null };
  } catch {
    return {
      ok: false,
      error:
        'Browser storage is full, so this week was not autosaved. The last good autosave is kept.',
    };
  }
}
