/**
 * The compare screen (and Chart.js with it) loads only when a player opens it, so the game's
 * first load does not carry either; says so plainly if the code cannot be fetched.
 */
import { closeCompare } from '../store/actions';
import { lazyScreen, type PlaceholderProps } from './lazy-screen';

function ComparePlaceholder(props: PlaceholderProps) {
  return (
    <div class="compare compare--loading">
      {props.problem !== null ? (
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

export const CompareEntry = lazyScreen(
  () => import('./compare-screen').then((module) => module.CompareScreen),
  ComparePlaceholder,
);
