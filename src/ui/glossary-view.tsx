/**
 * The glossary in the page: a text with its terms marked (each opens the Glossary at its entry),
 * and the Glossary dialog itself, reachable from How to play.
 */
import { useEffect } from 'preact/hooks';
import { closeDialog, openDialog } from '../store/actions';
import { Dialog } from './dialog';
import { GLOSSARY, type TermPiece } from './glossary';
import './glossary.css';

const entryId = (term: string) => `glossary-${term.toLowerCase().replace(/[^a-z]+/g, '-')}`;

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
            onClick={() => openDialog({ kind: 'glossary', term: piece.entry.term })}
          >
            {piece.text}
          </abbr>
        ),
      )}
    </>
  );
}

export function GlossaryDialog(props: { term?: string | undefined }) {
  useEffect(() => {
    if (!props.term) return;
    const entry = document.getElementById(entryId(props.term));
    entry?.scrollIntoView({ block: 'center' });
  }, [props.term]);
  return (
    <Dialog title="Glossary" onClose={closeDialog} wide>
      <p class="muted">
        The names and terms of the crisis in plain words. In the briefing and the report, a term is
        underlined with dots where it first appears: point at it for its meaning, or choose it to
        open it here.
      </p>
      <dl class="glossary">
        {GLOSSARY.map((entry) => (
          <div
            key={entry.term}
            id={entryId(entry.term)}
            class={entry.term === props.term ? 'glossary__entry is-current' : 'glossary__entry'}
          >
            <dt>{entry.term}</dt>
            <dd>{entry.meaning}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
