/**
 * A modal dialog on the native <dialog> element: focus is trapped, Escape closes it, and the
 * control that opened it has the focus again when it closes.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { returnFocus } from './focus';
import { useWords } from './use-words';
import './dialog.css';

export function Dialog(props: {
  title: string;
  onClose: () => void;
  children: ComponentChildren;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    // The control that opened the dialog gets the focus back when it closes (if still there).
    const opener = document.activeElement;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      returnFocus(opener, dialog);
    };
  }, []);
  return (
    <dialog
      ref={ref}
      class={props.wide ? 'dialog dialog--wide' : 'dialog'}
      aria-labelledby="dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        props.onClose();
      }}
    >
      <header class="dialog__header">
        <h2 id="dialog-title">{props.title}</h2>
        <button type="button" class="button button--quiet" onClick={props.onClose}>
          {useWords().ui.common.close}
        </button>
      </header>
      <div class="dialog__body">{props.children}</div>
    </dialog>
  );
}
