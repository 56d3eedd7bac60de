/**
 * "Import file": a button that opens the browser's file picker for a `.json` save. The file input
 * itself stays hidden and out of the tab order, so the button is the one thing a keyboard reaches.
 */
import { useRef } from 'preact/hooks';
import { useWords } from './use-words';

export function ImportFileButton(props: { onFile: (file: File) => void; describedBy?: string }) {
  const input = useRef<HTMLInputElement>(null);
  const words = useWords().ui.notices;
  return (
    <>
      <button
        type="button"
        class="button button--small"
        aria-describedby={props.describedBy}
        onClick={() => input.current?.click()}
      >
        {words.importFile}
      </button>
      <input
        ref={input}
        class="visually-hidden"
        type="file"
        accept=".json,application/json"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const target = event.target as HTMLInputElement;
          const file = target.files?.[0];
          target.value = '';
          if (file) props.onFile(file);
        }}
      />
    </>
  );
}
