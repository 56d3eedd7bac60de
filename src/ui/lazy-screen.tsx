/**
 * A screen whose code is fetched only when it is first shown (the policy lab, the comparisons, the
 * debrief, the facilitator guide), so the game's first load does not carry it. Until it arrives the
 * loader says so; if it cannot be fetched, it says that plainly, and either way offers the way
 * back. Once loaded, the module is kept for later visits. lazy-entries.tsx lists every such screen.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import './lazy-screen.css';

/** How the loader speaks of a screen while its code is on its way. */
export interface LazyScreenWords {
  /** The screen as a sentence names it: "the debrief". */
  name: string;
  /**
   * The button that leaves it ("Close debrief") and what it does. Without one, the part is
   * drawn in place within its screen (the ending's charts), not over the page.
   */
  leave?: { label: string; action: () => void };
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function LoadingState(props: LazyScreenWords & { failed: boolean }) {
  return (
    <div class={props.leave ? 'lazy-screen' : 'lazy-screen lazy-screen--in-place'}>
      {props.failed ? (
        <p class="notice" role="alert">
          {capitalised(props.name)} could not be loaded. Reload the page and try again.
        </p>
      ) : (
        <p class="muted" role="status">
          Loading {props.name}…
        </p>
      )}
      {props.leave && (
        <button type="button" class="button button--small" onClick={props.leave.action}>
          {props.leave.label}
        </button>
      )}
    </div>
  );
}

export function lazyScreen<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
  words: LazyScreenWords,
): ComponentType<Props> {
  let loaded: ComponentType<Props> | null = null;
  return function LazyScreen(props: Props) {
    const [Screen, setScreen] = useState<ComponentType<Props> | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Screen) return;
      let open = true;
      load().then(
        (screen) => {
          loaded = screen;
          if (open) setScreen(() => screen);
        },
        () => {
          if (open) setFailed(true);
        },
      );
      return () => {
        open = false;
      };
    }, []);
    return Screen ? <Screen {...props} /> : <LoadingState {...words} failed={failed} />;
  };
}
