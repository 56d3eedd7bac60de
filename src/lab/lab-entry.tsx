/**
 * The one piece of the policy lab in the game's own bundle (the store's openLab opens it): the
 * placeholder while the rest (the lab screen, Chart.js, the worker) is fetched on first use, so the game's download
 * and first frame do not grow.
 */
import { quitToTitle } from '../store/actions';
import { lazyScreen, type PlaceholderProps } from '../ui/lazy-screen';

function LabPlaceholder(props: PlaceholderProps) {
  return (
    <main class="title">
      <div class="title__inner">
        <h1 class="title__heading">Policy lab</h1>
        {props.problem !== null ? (
          <>
            <p class="notice" role="alert">
              The policy lab could not be loaded ({props.problem}). Reload the page to try again.
            </p>
            <button type="button" class="button" onClick={quitToTitle}>
              Back to title
            </button>
          </>
        ) : (
          <p class="title__status" role="status">
            Opening the policy lab…
          </p>
        )}
      </div>
    </main>
  );
}

export const LabLoader = lazyScreen(
  () => import('./lab-screen').then((module) => module.LabScreen),
  LabPlaceholder,
);
