/**
 * A careful wrapper around the browser's localStorage: every read and write returns a result,
 * because storage may be missing (private mode), full (quota) or hold someone else's junk.
 */
import type { Result } from '../engine';
import { messageWords } from '../text';

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** How many keys are stored, and the n-th of them (as localStorage has them). */
  readonly length: number;
  key(index: number): string | null;
}

/** Every stored key that starts with `prefix`, or why they cannot be read. */
export function keysStartingWith(
  storage: KeyValueStore | null,
  prefix: string,
): Result<string[], string> {
  if (!storage) return { ok: false, error: messageWords().ui.storage.blocked };
  try {
    const keys: string[] = [];
    for (let index = 0; index < storage.length; index++) {
      const key = storage.key(index);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    return { ok: true, value: keys };
  } catch {
    return { ok: false, error: messageWords().ui.storage.readRefused };
  }
}

/** Removes one key; false when the browser refused. */
export function removeKey(storage: KeyValueStore | null, key: string): boolean {
  if (!storage) return false;
  try {
    storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
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

/** This tab's own sessionStorage (kept across a reload of the tab), or null when refused. */
export function browserTabStorage(): KeyValueStore | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

export function readKey(storage: KeyValueStore | null, key: string): Result<string | null, string> {
  if (!storage) return { ok: false, error: messageWords().ui.storage.blocked };
  try {
    return { ok: true, value: storage.getItem(key) };
  } catch {
    return { ok: false, error: messageWords().ui.storage.readRefused };
  }
}

/** Why the browser refused a write: its storage is full, or it refuses storage altogether. */
export type WriteFailure = 'full' | 'refused';

export function writeFailure(error: unknown): WriteFailure {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED'
    ? 'full'
    : 'refused';
}

/** Why a write did not happen: no storage at all, storage full, or storage refused. */
export type WriteProblem = 'unavailable' | WriteFailure;

/** Writes one key; on failure says why, for the caller to word where it happened. */
export function writeKey(
  storage: KeyValueStore | null,
  key: string,
  value: string,
): Result<null, WriteProblem> {
  if (!storage) return { ok: false, error: 'unavailable' };
  try {
    storage.setItem(key, value);
    return { ok: true, value: null };
  } catch (error) {
    return { ok: false, error: writeFailure(error) };
  }
}

/** "Browser storage is full, so <what was not kept>." — the cause, in words, then what it cost. */
export function describeWriteProblem(problem: WriteProblem, notKept: string): string {
  return messageWords().ui.storage.writeProblem[problem](notKept);
}
