/**
 * A screen whose code is fetched only when it is first shown (the policy lab, the comparison), so
 * the game's first load does not carry it. Until it arrives the placeholder shows; if it cannot be
 * fetched, the placeholder is given the reason. Once loaded, the module is kept for later visits.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** What a placeholder is told: null while loading, else why the screen could not be loaded. */
export interface PlaceholderProps {
  problem: string | null;
}

export function lazyScreen<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
  Placeholder: ComponentType<PlaceholderProps>,
): ComponentType<Props> {
  let loaded: ComponentType<Props> | null = null;
  return function LazyScreen(props: Props) {
    const [Screen, setScreen] = useState<ComponentType<Props> | null>(() => loaded);
    const [problem, setProblem] = useState<string | null>(null);
    useEffect(() => {
      if (Screen) return;
      let open = true;
      load().then(
        (screen) => {
          loaded = screen;
          if (open) setScreen(() => screen);
        },
        (error: unknown) => {
          if (open) setProblem(error instanceof Error ? error.message : String(error));
        },
      );
      return () => {
        open = false;
      };
    }, []);
    return Screen ? <Screen {...props} /> : <Placeholder problem={problem} />;
  };
}
