/** Reads a slice of the game store in a Preact component and re-renders when that slice changes. */
import { useEffect, useState } from 'preact/hooks';
import { store, type StoreState } from '../store/game-store';

export function useStore<T>(selector: (state: StoreState) => T): T {
  const [value, setValue] = useState(() => selector(store.getState()));
  useEffect(() => {
    setValue(() => selector(store.getState()));
    return store.subscribe((state) => {
      setValue(() => selector(state));
    });
    // Subscribed once: callers pass selectors whose meaning never changes between renders.
  }, []);
  return value;
}
