/** The words of the language the player chose, for a component: it re-renders when the choice changes. */
import { wordsIn, type Words } from '../text';
import { useStore } from './use-store';

export function useWords(): Words {
  return wordsIn(useStore((s) => s.settings.language));
}
