/**
 * The one piece of the policy lab in the game's own bundle: opening it, and the placeholder that
 * fetches the rest (the lab screen, Chart.js, the worker) on first use, so the game's download
 * and first frame do not grow.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { quitToTitle } from '../store/actions';
import { store } from '../store/game-store';
import '../ui/title-screen.css';

export function openLab(): void {
  store.setState({ screen: 'lab', dialog: null });
}

let loadedScreen: ComponentType | null = null;

export function LabLoader() {
  const [Screen, setScreen] = useState<ComponentType | null>(() => loadedScreen);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (Screen) return;
    let open = true;
    import('./lab-screen')
      .then((module) => {
        loadedScreen = module.LabScreen;
        if (open) setScreen(() => module.LabScreen);
      })
      .catch((error: unknown) => {
        if (open)
          setProblem(
            `The policy lab could not be loaded (${error instanceof Error ? error.message : String(error)}). Reload the page to try again.`,
          );
      });
    return () => {
      open = false;
    };
  }, []);
  if (Screen) return <Screen />;
  return (
    <main class="title">
      <div class="title__inner">
        <h1 class="title__heading">Policy lab</h1>
        {problem ? (
          <>
            <p class="notice" role="alert">
              {problem}
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
