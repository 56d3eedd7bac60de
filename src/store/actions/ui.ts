/**
 * The page around the game: the place in focus, the open dialog, the settings, the notice, where
 * the page's audio stands and a new version waiting.
 */
import { store, type AudioStatus, type Dialog, type Place, type Settings } from '../game-store';

const set = store.setState;
const get = store.getState;

export function focusPlace(place: Place | null): void {
  const current = get().focus;
  if (current?.kind === place?.kind && current?.id === place?.id) return;
  set({ focus: place });
}

export function openDialog(dialog: Dialog): void {
  set({ dialog });
}

export function closeDialog(): void {
  set({ dialog: null });
}

export function updateSettings(patch: Partial<Settings>): void {
  set({ settings: { ...get().settings, ...patch } });
}

export function setNotice(notice: string | null): void {
  set({ notice });
}

/** Opens the policy lab (its screen loads on first use). */
export function openLab(): void {
  set({ screen: { kind: 'lab' }, dialog: null });
}

/** Where the page's audio stands (reported by src/audio). */
export function setAudioStatus(audio: AudioStatus): void {
  if (get().audio !== audio) set({ audio });
}

/** A newer version is downloaded and waiting; `reload` switches to it when the player asks. */
export function offerUpdate(reload: () => void): void {
  set({ appUpdate: { reload } });
}

/** The player chose Later: the notice goes; the new version starts on the next visit. */
export function dismissUpdate(): void {
  set({ appUpdate: null });
}
