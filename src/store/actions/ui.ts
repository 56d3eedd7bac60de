/** The page around the game: the place in focus, the open dialog, the settings and the notice. */
import { store, type Dialog, type Place, type Settings } from '../game-store';

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
