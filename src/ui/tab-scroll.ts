/**
 * Each tab of a scrolling panel keeps its own scroll position: switching away and back returns
 * the reader to where they were, not to wherever the other tab had scrolled.
 */
import type { RefObject } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Remembers `body`'s scroll position per tab and restores it when `tab` changes. Returns
 * `toTop(tab)`: that tab opens at its top next time (or at once, if it is shown).
 */
export function useScrollPerTab<T extends string>(
  body: RefObject<HTMLElement | null>,
  tab: T,
): (tab: T) => void {
  const positions = useRef(new Map<T, number>());
  const shown = useRef(tab);
  useEffect(() => {
    const element = body.current;
    if (!element) return;
    const remember = () => positions.current.set(shown.current, element.scrollTop);
    element.addEventListener('scroll', remember, { passive: true });
    return () => element.removeEventListener('scroll', remember);
  }, [body]);
  useLayoutEffect(() => {
    shown.current = tab;
    if (body.current) body.current.scrollTop = positions.current.get(tab) ?? 0;
  }, [body, tab]);
  return useCallback(
    (which: T) => {
      positions.current.delete(which);
      if (which === shown.current && body.current) body.current.scrollTop = 0;
    },
    [body],
  );
}
