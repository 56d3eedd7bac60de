/**
 * The facilitator guide loads only when a teacher opens it, so the game's first load does not
 * carry its pages of text; says so plainly if the code cannot be fetched.
 */
import { closeGuide } from '../store/actions';
import { lazyScreen, type PlaceholderProps } from './lazy-screen';

function GuidePlaceholder(props: PlaceholderProps) {
  return (
    <div class="compare compare--loading">
      {props.problem !== null ? (
        <p class="notice" role="alert">
          The facilitator guide could not be loaded. Reload the page and try again.
        </p>
      ) : (
        <p class="muted" role="status">
          Loading the facilitator guide…
        </p>
      )}
      <button type="button" class="button button--small" onClick={closeGuide}>
        Close guide
      </button>
    </div>
  );
}

export const GuideEntry = lazyScreen(
  () => import('./facilitator-guide').then((module) => module.FacilitatorGuide),
  GuidePlaceholder,
);
