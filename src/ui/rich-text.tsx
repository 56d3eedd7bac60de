/**
 * A catalogue line with emphasis: `**words**` are shown strong and `_words_` emphasised. The text is
 * the catalogue's own; anything else in it is shown as text, never as markup.
 */
import type { ComponentChildren } from 'preact';

const MARKS = /(\*\*[^*]+\*\*|_[^_]+_)/;

export function Rich(props: { text: string }): ComponentChildren {
  return props.text
    .split(MARKS)
    .map((part, index) =>
      part.startsWith('**') && part.endsWith('**') && part.length > 4 ? (
        <strong key={index}>{part.slice(2, -2)}</strong>
      ) : part.startsWith('_') && part.endsWith('_') && part.length > 2 ? (
        <em key={index}>{part.slice(1, -1)}</em>
      ) : (
        part
      ),
    );
}
