/** The compare screen: opening it over the title, the game or a replay, its two games, closing it. */
import { store, type Compare, type CompareGame } from '../game-store';
import { shownComparison } from '../selectors';

const set = store.setState;
const get = store.getState;

/**
 * Opens the compare screen with the games given (the screen offers defaults for a side left
 * empty). A playing replay pauses; the running game, the replay and the autosave are untouched.
 */
export function openCompare(games: { first?: CompareGame; second?: CompareGame } = {}): void {
  const { screen } = get();
  const returnTo: Compare['returnTo'] =
    screen.kind === 'replay'
      ? { kind: 'replay', replay: { ...screen.replay, playing: false } }
      : { kind: screen.kind === 'game' ? 'game' : 'title' };
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
  const back =
    compare.returnTo.kind === 'game' && !session ? { kind: 'title' as const } : compare.returnTo;
  set({ screen: back, dialog: null });
}
