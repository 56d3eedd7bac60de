/**
 * The teacher's tools around a game: the facilitator guide (a screen of its own, printable) and
 * projector mode (large type and high contrast for a shared screen, with the meters hidden while
 * the class discusses until the teacher reveals them).
 */
import { store } from '../game-store';
import { returnScreenOf, screenToReturnTo } from '../selectors';

const set = store.setState;
const get = store.getState;

/** Opens the facilitator guide over the title, the game or a replay (a playing replay pauses). */
export function openGuide(): void {
  set({
    screen: { kind: 'guide', returnTo: returnScreenOf(get().screen) },
    targeting: null,
    focus: null,
    playback: null,
    dialog: null,
  });
}

/** Leaves the guide for the screen it was opened from, as it was. */
export function closeGuide(): void {
  const { screen, session } = get();
  if (screen.kind !== 'guide') return;
  set({ screen: screenToReturnTo(screen.returnTo, session), dialog: null });
}

/**
 * Turns projector mode on or off. Turning it on mutes the sound (a room should not be startled;
 * the teacher can unmute in Settings) and hides the meters until the teacher reveals them.
 */
export function setProjectorMode(on: boolean): void {
  const { settings } = get();
  set({
    settings: {
      ...settings,
      projector: on,
      sound: on ? { ...settings.sound, muted: true } : settings.sound,
    },
    metersRevealed: false,
  });
}

/** Shows or hides the meters in projector mode (the class discusses with them hidden). */
export function toggleMeters(): void {
  set({ metersRevealed: !get().metersRevealed });
}
