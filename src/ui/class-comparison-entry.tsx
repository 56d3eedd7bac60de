/**
 * The class comparison loads only when a teacher opens it, so the game's first load does not carry
 * it (nor the map's shapes it draws); says so plainly if the code cannot be fetched.
 */
import { closeClassComparison } from '../store/actions';
import type { ClassComparison } from '../store/game-store';
import { lazyScreen, type PlaceholderProps } from './lazy-screen';

function ClassPlaceholder(props: PlaceholderProps) {
  return (
    <div class="compare compare--loading">
      {props.problem !== null ? (
        <p class="notice" role="alert">
          The class comparison could not be loaded. Reload the page and try again.
        </p>
      ) : (
        <p class="muted" role="status">
          Loading the class comparison…
        </p>
      )}
      <button type="button" class="button button--small" onClick={closeClassComparison}>
        Close comparison
      </button>
    </div>
  );
}

export const ClassComparisonEntry = lazyScreen<{ comparison: ClassComparison }>(
  () => import('./class-comparison-screen').then((module) => module.ClassComparisonScreen),
  ClassPlaceholder,
);
