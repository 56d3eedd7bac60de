/**
 * Loads the compare screen (and Chart.js with it) only when a player opens it, so the game's
 * first load does not carry either; says so plainly if the code cannot be fetched.
 */
import { useEffect, useState } from 'preact/hooks';
import type { KeyValueStore } from '../persistence/storage';
import { closeCompare } from '../store/actions';
import type { Compare } from '../store/game-store';

type CompareModule = typeof import('./compare-screen');

export function CompareEntry(props: { compare: Compare; storage: KeyValueStore | null }) {
  const [screen, setScreen] = useState<CompareModule | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    import('./compare-screen').then(setScreen, () => setFailed(true));
  }, []);
  if (screen) return <screen.CompareScreen compare={props.compare} storage={props.storage} />;
  return (
    <div class="compare compare--loading">
      {failed ? (
        <p class="notice" role="alert">
          The comparison could not be loaded. Reload the page and try again.
        </p>
      ) : (
        <p class="muted" role="status">
          Loading the comparison…
        </p>
      )}
      <button type="button" class="button button--small" onClick={closeCompare}>
        Close comparison
      </button>
    </div>
  );
}
