/**
 * Notes pinned to weeks: the list for the week shown, with add, edit and delete (after a second,
 * explicit confirmation), and the weeks that have notes as jump buttons beside the replay's
 * timeline. Notes come from files and links too, so their text is only ever rendered as text.
 * Where notes are kept is the store's business (keepReplayNotes, setSessionNotes): the replay's
 * slot or running game, or the game.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Result } from '../engine';
import {
  MAX_NOTE_CHARS,
  addNote,
  deleteNote,
  editNote,
  weeksWithNotes,
  type Note,
  type NoteProblem,
} from '../model/notes';
import { keepReplayNotes, keepSessionNotes, selectReplayWeek } from '../store/actions';
import type { Replay, Session } from '../store/game-store';
import type { Words } from '../text';
import { ConfirmRow, InlineEdit, StatusLine, type Status } from './row-controls';
import { useWords } from './use-words';
import './notes-panel.css';

/** Stores a changed list of notes and says whether it could (a slot is written alone among tabs). */
type Keep = (notes: Note[]) => Result<unknown, string> | Promise<Result<unknown, string>>;
type Mode = { index: number; mode: 'edit' | 'delete' } | null;

/** Why a note could not be added, changed or deleted, in words. */
function problemText(problem: NoteProblem, words: Words): string {
  const problems = words.ui.notes.problems;
  const t = words.format;
  switch (problem.id) {
    case 'blank':
      return problems.blank;
    case 'too-long':
      return problems.tooLong(problem.most, problem.count, t);
    case 'no-such-week':
      return problems.noSuchWeek(problem.week, t);
    case 'full':
      return problems.full(problem.most, t);
    case 'gone':
      return problems.gone;
  }
}

/** The id of the Turn slider's tick list: one tick per week with notes. */
export const NOTE_TICKS_ID = 'replay-note-ticks';

function NoteItem(props: {
  note: Note;
  index: number;
  mode: Mode;
  readOnly: boolean;
  onMode: (mode: Mode) => void;
  onEdit: (text: string) => void;
  onDelete: () => void;
}) {
  const { note, index } = props;
  const mode = props.mode?.index === index ? props.mode.mode : null;
  const words = useWords().ui.notes;
  const textId = `note-${index}-text`;
  if (mode === 'edit')
    return (
      <li class="note is-active">
        <InlineEdit
          id={`${textId}-edit`}
          class="note__form"
          label={words.editLabel}
          initial={note.text}
          multiline
          maxLength={MAX_NOTE_CHARS * 2}
          submitLabel={words.save}
          onSubmit={props.onEdit}
          onCancel={() => props.onMode(null)}
        />
      </li>
    );
  return (
    <li class={`note${mode ? ' is-active' : ''}`}>
      <p class="note__text" id={textId}>
        {note.text}
      </p>
      {mode === 'delete' ? (
        <ConfirmRow
          id={textId}
          question={words.deleteQuestion}
          confirmLabel={words.confirmDelete}
          onConfirm={props.onDelete}
          onCancel={() => props.onMode(null)}
        />
      ) : (
        !props.readOnly && (
          <div class="slot__actions">
            <button
              type="button"
              class="button button--quiet button--small"
              aria-describedby={textId}
              data-note-action={`edit-${index}`}
              onClick={() => props.onMode({ index, mode: 'edit' })}
            >
              {words.edit}
            </button>
            <button
              type="button"
              class="button button--quiet button--small"
              aria-describedby={textId}
              data-note-action={`delete-${index}`}
              onClick={() => props.onMode({ index, mode: 'delete' })}
            >
              {words.delete}
            </button>
          </div>
        )
      )}
    </li>
  );
}

/**
 * The notes of one week. `keep` stores a changed list and says whether it could; nothing shown
 * changes when it could not. With `keep` null the notes are shown read-only.
 */
function NotesPanel(props: {
  notes: readonly Note[];
  week: number;
  /** The last week a note may be pinned to. */
  lastWeek: number;
  keep: Keep | null;
}) {
  const { notes, week, keep } = props;
  const [draft, setDraft] = useState('');
  const [mode, setMode] = useState<Mode>(null);
  const [status, setStatus] = useState<Status>(null);
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    setMode(null);
    setStatus(null);
  }, [week]);

  const allWords = useWords();
  const words = allWords.ui.notes;
  const label = words.week(week, allWords.format);
  const shown = notes
    .map((note, index) => ({ note, index }))
    .filter(({ note }) => note.week === week);

  /** Applies a change to the list and keeps it; reports what happened either way. */
  const change = async (next: Result<Note[], NoteProblem>, done: string): Promise<boolean> => {
    if (!next.ok) {
      setStatus({ kind: 'problem', text: problemText(next.error, allWords) });
      return false;
    }
    const kept = await keep?.(next.value);
    if (!kept?.ok) {
      setStatus({ kind: 'problem', text: kept ? kept.error : words.cannotChange });
      return false;
    }
    setMode(null);
    setStatus({ kind: 'done', text: done });
    return true;
  };
  const focusAction = (action: string) =>
    requestAnimationFrame(() =>
      panel.current?.querySelector<HTMLElement>(`[data-note-action="${action}"]`)?.focus(),
    );

  return (
    <section class="panel notes" aria-labelledby="notes-heading" ref={panel}>
      <h2 class="panel__title" id="notes-heading">
        {words.heading(label)}
      </h2>
      <StatusLine status={status} />
      {shown.length === 0 ? (
        <p class="muted notes__empty">{words.empty(label)}</p>
      ) : (
        <ul class="notes__list">
          {shown.map(({ note, index }) => (
            <NoteItem
              key={`${index}:${note.text}`}
              note={note}
              index={index}
              mode={mode}
              readOnly={keep === null}
              onMode={(next) => {
                const previous = mode;
                setMode(next);
                if (!next && previous) focusAction(`${previous.mode}-${previous.index}`);
              }}
              onEdit={(text) =>
                void change(editNote(notes, index, text), words.saved).then(
                  (changed) => changed && focusAction(`edit-${index}`),
                )
              }
              onDelete={() =>
                void change(deleteNote(notes, index), words.deleted).then(
                  (changed) =>
                    changed && panel.current?.querySelector<HTMLElement>('#notes-new')?.focus(),
                )
              }
            />
          ))}
        </ul>
      )}
      {keep === null ? (
        <p class="muted">{words.readOnly}</p>
      ) : (
        <form
          class="note__form"
          onSubmit={(event) => {
            event.preventDefault();
            void change(addNote(notes, week, props.lastWeek, draft), words.pinned(label)).then(
              (changed) => changed && setDraft(''),
            );
          }}
        >
          <label class="slot__label" for="notes-new">
            {words.newNote(label)}
          </label>
          <textarea
            id="notes-new"
            class="text-input note__field"
            rows={2}
            maxLength={MAX_NOTE_CHARS * 2}
            value={draft}
            onInput={(event) => setDraft((event.target as HTMLTextAreaElement).value)}
          />
          <div class="slot__actions">
            <button type="submit" class="button button--small">
              {words.pin}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

/** The replay's notes for the week shown, kept in the replay's slot or running game. */
export function ReplayNotes(props: { replay: Replay }) {
  const { replay } = props;
  return (
    <NotesPanel
      notes={replay.notes}
      week={replay.selected}
      lastWeek={replay.states.length - 1}
      keep={replay.notesHome === null ? null : keepReplayNotes}
    />
  );
}

/** The running game's notes on its latest week, kept with the game (and so in the autosave). */
export function GameNotes(props: { session: Session }) {
  const { session } = props;
  const week = session.weeks.length;
  return <NotesPanel notes={session.notes} week={week} lastWeek={week} keep={keepSessionNotes} />;
}

/**
 * The weeks with notes, beside the replay's timeline: a jump button each, and a tick each on the
 * Turn slider (the slider names this tick list as its `list`).
 */
export function NoteMarks(props: { replay: Replay }) {
  const weeks = weeksWithNotes(props.replay.notes);
  const { ui, format } = useWords();
  const marks = ui.notes.marks;
  return (
    <div class="note-marks" role="group" aria-label={marks.label}>
      <span class="replay__label">{marks.title}</span>
      {weeks.length === 0 ? (
        <span class="muted">{marks.none}</span>
      ) : (
        weeks.map((week) => (
          <button
            key={week}
            type="button"
            class={`button button--quiet button--small note-marks__week${week === props.replay.selected ? ' is-current' : ''}`}
            aria-current={week === props.replay.selected ? 'true' : undefined}
            onClick={() => selectReplayWeek(week)}
          >
            {week === 0 ? marks.opening : marks.week(week, format)}
          </button>
        ))
      )}
      <datalist id={NOTE_TICKS_ID}>
        {weeks.map((week) => (
          <option key={week} value={week} />
        ))}
      </datalist>
    </div>
  );
}
