/**
 * "Skip to decisions" and "Skip to map": the first things Tab reaches on the game screen, hidden
 * until focused, each moving the focus straight to its part of the page.
 */
import { useWords } from './use-words';
import './skip-links.css';

export interface SkipTarget {
  label: string;
  /** The element to focus: the first match of this selector on the page. */
  selector: string;
}

export function SkipLinks(props: { targets: readonly SkipTarget[] }) {
  const words = useWords().ui.notices;
  return (
    <nav class="skip-links" aria-label={words.skipLinks}>
      {props.targets.map((target) => (
        <button
          key={target.label}
          type="button"
          class="skip-links__link"
          onClick={() => document.querySelector<HTMLElement>(target.selector)?.focus()}
        >
          {target.label}
        </button>
      ))}
    </nav>
  );
}
