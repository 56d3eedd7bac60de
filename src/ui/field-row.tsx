/**
 * A form's labelled control: its words and the control in one label, so a click on the words
 * reaches it. A text field's words stand above it; a radio button's or a checkbox's follow it.
 */
import type { ComponentChildren } from 'preact';
import './field-row.css';

export function FieldRow(props: {
  label: ComponentChildren;
  /** The control: an input (or select) for a field, a radio button or checkbox for a choice. */
  children: ComponentChildren;
  choice?: boolean;
}) {
  return props.choice ? (
    <label class="field-row field-row--choice">
      {props.children}
      {props.label}
    </label>
  ) : (
    <label class="field-row">
      <span class="field-row__label">{props.label}</span>
      {props.children}
    </label>
  );
}
