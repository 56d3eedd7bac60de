/** The compare screen: opening it over the title, the game or a replay, its two games, closing it. */
import { store, type CompareGame } from '../game-store';
import { returnScreenOf, screenToReturnTo, shownComparison } from '../selectors';

const set = store.setState;
const get = store.getState;

/**
 * Opens the compare screen with the games given (the screen offers defaults for a side left
 * empty). A playing replay pauses; the running game, the replay and the autosave are untouched.
 */
export function openCompare(games: { first?: CompareGame; second?: CompareGame } = {}): void {
  const returnTo = returnScreenOf(get().screen);
  set({
    screen: {
      kind: 'compare',
      compare: { first: games.first ?? null, second: games.second ?? null, returnTo },
    },
    targeting: null,
    focus: null,
    playback: null,
    dialog: null,
  });
}

export function setCompareGame(side: 'first' | 'second', game: CompareGame): void {
  const compare = shownComparison(get());
  if (compare) set({ screen: { kind: 'compare', compare: { ...compare, [side]: game } } });
}

/** Leaves the compare screen for the one it was opened from, as it was. */
export function closeCompare(): void {
  const { session } = get();
  const compare = shownComparison(get());
  if (!compare) return;
  set({ screen: screenToReturnTo(compare.returnTo, session), dialog: null });
}
