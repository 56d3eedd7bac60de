/** The compare screen: opening it over the title, the game or a replay, its two games, closing it. */
import { store, type CompareGame } from '../game-store';

const set = store.setState;
const get = store.getState;

/**
 * Opens the compare screen with the games given (the screen offers defaults for a side left
 * empty). A playing replay pauses; the running game, the replay and the autosave are untouched.
 */
export function openCompare(games: { first?: CompareGame; second?: CompareGame } = {}): void {
  const { screen, replay: current } = get();
  set({
    screen: 'compare',
    compare: {
      first: games.first ?? null,
      second: games.second ?? null,
      returnTo: screen === 'game' || screen === 'replay' ? screen : 'title',
    },
    ...(current?.playing ? { replay: { ...current, playing: false } } : {}),
    targeting: null,
    focus: null,
    playback: null,
    dialog: null,
  });
}

export function setCompareGame(side: 'first' | 'second', game: CompareGame): void {
  const { compare } = get();
  if (compare) set({ compare: { ...compare, [side]: game } });
}

/** Leaves the compare screen for the one it was opened from, as it was. */
export function closeCompare(): void {
  const { compare, session, replay: current } = get();
  if (!compare) return;
  const back =
    (compare.returnTo === 'game' && session) || (compare.returnTo === 'replay' && current)
      ? compare.returnTo
      : 'title';
  set({ screen: back, compare: null, dialog: null });
}
