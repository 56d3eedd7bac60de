/**
 * A screen whose code is fetched only when it is first shown (the policy lab, the comparisons, the
 * debrief, the facilitator guide), so the game's first load does not carry it. Until it arrives the
 * loader says so; if it cannot be fetched, it says that plainly, and either way offers the way
 * back. Once loaded, the module is kept for later visits. lazy-entries.tsx lists every such screen.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Catalogue } from '../text';
import { useWords } from './use-words';
import './lazy-screen.css';

/** Which screen the loader stands for, and what its leaving button does. */
export interface LazyScreenPart {
  /** The screen's words in the catalogue's list of screens: how a sentence names it. */
  screen: keyof Catalogue['ui']['loading']['screens'];
  /**
   * What the button that leaves it ("Close debrief") does. Without one, the part is drawn in
   * place within its screen (the ending's charts), not over the page.
   */
  leave?: () => void;
}

function LoadingState(props: LazyScreenPart & { failed: boolean }) {
  const words = useWords().ui.loading;
  const screen: { name: string; leave?: string } = words.screens[props.screen];
  const leave = props.leave && screen.leave ? { label: screen.leave, action: props.leave } : null;
  return (
    <div class={leave ? 'lazy-screen' : 'lazy-screen lazy-screen--in-place'}>
      {props.failed ? (
        <p class="notice" role="alert">
          {words.failed(screen.name)}
        </p>
      ) : (
        <p class="muted" role="status">
          {words.loading(screen.name)}
        </p>
      )}
      {leave && (
        <button type="button" class="button button--small" onClick={leave.action}>
          {leave.label}
        </button>
      )}
    </div>
  );
}

export function lazyScreen<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
  part: LazyScreenPart,
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
    return Screen ? <Screen {...props} /> : <LoadingState {...part} failed={failed} />;
  };
}
