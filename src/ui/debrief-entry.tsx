/**
 * The debrief (and Chart.js with it) loads only when it is first opened, so the game's first load
 * does not carry it; says so plainly if the code cannot be fetched.
 */
import { closeDebrief } from '../store/actions';
import { lazyScreen, type PlaceholderProps } from './lazy-screen';

function DebriefPlaceholder(props: PlaceholderProps) {
  return (
    <div class="debrief debrief--loading">
      {props.problem !== null ? (
        <p class="notice" role="alert">
          The debrief could not be loaded. Reload the page and try again.
        </p>
      ) : (
        <p class="muted" role="status">
          Loading the debrief…
        </p>
      )}
      <button type="button" class="button button--small" onClick={closeDebrief}>
        Close debrief
      </button>
    </div>
  );
}

export const DebriefEntry = lazyScreen(
  () => import('./debrief-screen').then((module) => module.DebriefScreen),
  DebriefPlaceholder,
);
