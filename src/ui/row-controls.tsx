/**
 * The small controls the Saves dialog, the notes panel and the comparison share: the status line
 * (what the last action did, or why it was refused), the confirm row (a second, explicit step
 * before anything is deleted or replaced) and the inline edit (a rename or a note's text, with
 * Save and Cancel; Escape closes it, not the dialog around it).
 */
import type { ComponentChildren, Ref } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import './row-controls.css';

export type Status = { kind: 'done' | 'problem'; text: string } | null;

/** What the last action did (a polite status) or why it was refused (an alert). */
export function StatusLine(props: { status: Status; lineRef?: Ref<HTMLParagraphElement> }) {
  const { status } = props;
  return status?.kind === 'problem' ? (
    <p ref={props.lineRef} class="notice" role="alert">
      {status.text}
    </p>
  ) : (
    <p ref={props.lineRef} class={`notice saves__status${status ? '' : ' is-empty'}`} role="status">
      {status?.text ?? ''}
    </p>
  );
}

/** "Delete … for good?" with the confirming button and Cancel (focused when the row opens). */
export function ConfirmRow(props: {
  id: string;
  question: ComponentChildren;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div class="slot__confirm" role="group" aria-labelledby={`${props.id}-question`}>
      <p class="slot__question" id={`${props.id}-question`}>
        {props.question}
      </p>
      <div class="slot__actions">
        <button type="button" class="button button--danger button--small" onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
        <button
          ref={cancel}
          type="button"
          class="button button--quiet button--small"
          onClick={props.onCancel}
        >
          Cancel
        </button>
      </div>
    </div>
  );
}

/** A field opened in place (a slot's new name, a note's text), focused when it opens. */
export function InlineEdit(props: {
  id: string;
  label: ComponentChildren;
  initial: string;
  maxLength: number;
  submitLabel: string;
  /** Several lines (a note) rather than one (a name). */
  multiline?: boolean;
  class?: string;
  onSubmit: (text: string) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState(props.initial);
  const input = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useEffect(() => {
    input.current?.focus();
    if (!props.multiline) input.current?.select();
  }, []);
  const field = {
    ref: input,
    id: props.id,
    maxLength: props.maxLength,
    value: draft,
    onInput: (event: Event) => setDraft((event.target as HTMLInputElement).value),
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        // Closes the edit, not the whole dialog.
        event.preventDefault();
        event.stopPropagation();
        props.onCancel();
      }
    },
  };
  const buttons = (
    <>
      <button type="submit" class="button button--primary button--small">
        {props.submitLabel}
      </button>
      <button type="button" class="button button--quiet button--small" onClick={props.onCancel}>
        Cancel
      </button>
    </>
  );
  return (
    <form
      class={props.class}
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit(draft);
      }}
    >
      <label class="slot__label" for={props.id}>
        {props.label}
      </label>
      {props.multiline ? (
        <>
          <textarea {...field} class="text-input note__field" rows={3} />
          <div class="slot__actions">{buttons}</div>
        </>
      ) : (
        <div class="slot__rename-row">
          <input {...field} class="text-input" type="text" />
          {buttons}
        </div>
      )}
    </form>
  );
}
