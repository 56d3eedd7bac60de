/**
 * The glossary in the page: a text with its terms marked (each opens the Glossary at its entry),
 * and the Glossary dialog itself, reachable from How to play.
 */
import { useEffect } from 'preact/hooks';
import { closeDialog, openDialog } from '../store/actions';
import { Dialog } from './dialog';
import { glossaryIn, type TermPiece } from './glossary';
import { useWords } from './use-words';
import './glossary.css';

/** The element id of an entry, by its catalogue key (the same in every language). */
const entryId = (id: string) => `glossary-${id}`;

/** A text whose first mention of each term is marked: its meaning on hover, the entry on a click. */
export function Marked(props: { pieces: TermPiece[] }) {
  return (
    <>
      {props.pieces.map((piece, index) =>
        typeof piece === 'string' ? (
          piece
        ) : (
          <abbr
            key={index}
            class="term"
            title={`${piece.entry.term}: ${piece.entry.meaning}`}
            onClick={() => openDialog({ kind: 'glossary', term: piece.entry.id })}
          >
            {piece.text}
          </abbr>
        ),
      )}
    </>
  );
}

/** The Glossary, scrolled to the entry `term` (its catalogue key) when one was chosen. */
export function GlossaryDialog(props: { term?: string | undefined }) {
  const words = useWords();
  useEffect(() => {
    if (!props.term) return;
    const entry = document.getElementById(entryId(props.term));
    entry?.scrollIntoView({ block: 'center' });
  }, [props.term]);
  return (
    <Dialog title={words.ui.glossary.title} onClose={closeDialog} wide>
      <p class="muted">{words.ui.glossary.intro}</p>
      <dl class="glossary">
        {glossaryIn(words).map((entry) => (
          <div
            key={entry.id}
            id={entryId(entry.id)}
            class={entry.id === props.term ? 'glossary__entry is-current' : 'glossary__entry'}
          >
            <dt>{entry.term}</dt>
            <dd>{entry.meaning}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
