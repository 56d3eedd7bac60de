/**
 * Notes pinned to weeks of a game: what a player or teacher writes beside the record. A note's
 * week is a turn of the replay (0 is the opening, n the state after week n). Notes are kept in
 * week order and are never part of a fingerprint: they describe a game, they do not change it.
 * Every function here is pure and returns the new list, or the reason nothing changed (a problem
 * the notes panel words from the catalogue).
 */
import type { Result } from '../engine';
import { characterCount, trimInvisible } from './text-checks';

export interface Note {
  week: number;
  text: string;
}

/** At most this many notes in one save, each at most MAX_NOTE_CHARS characters (code points). */
export const MAX_NOTES = 100;
export const MAX_NOTE_CHARS = 1000;

/** Why a note could not be added, changed or deleted. */
export type NoteProblem =
  | { id: 'blank' }
  | { id: 'too-long'; most: number; count: number }
  | { id: 'no-such-week'; week: number }
  | { id: 'full'; most: number }
  | { id: 'gone' };

/** The notes in week order; notes of the same week keep their order. */
export function sortNotes(notes: readonly Note[]): Note[] {
  return notes
    .map((note, index) => ({ note, index }))
    .sort((a, b) => a.note.week - b.note.week || a.index - b.index)
    .map(({ note }) => ({ week: note.week, text: note.text }));
}

/** Weeks that have at least one note, in order. */
export function weeksWithNotes(notes: readonly Note[]): number[] {
  return [...new Set(notes.map((note) => note.week))].sort((a, b) => a - b);
}

function checkText(text: string): Result<string, NoteProblem> {
  // Zero-width and other invisible characters at the ends go too: a note of only those is blank.
  const trimmed = trimInvisible(text);
  if (!trimmed) return { ok: false, error: { id: 'blank' } };
  const count = characterCount(trimmed);
  if (count > MAX_NOTE_CHARS)
    return { ok: false, error: { id: 'too-long', most: MAX_NOTE_CHARS, count } };
  return { ok: true, value: trimmed };
}

/** Pins a new note to `week` (0 to `lastWeek`), after the notes already there. */
export function addNote(
  notes: readonly Note[],
  week: number,
  lastWeek: number,
  text: string,
): Result<Note[], NoteProblem> {
  if (!Number.isInteger(week) || week < 0 || week > lastWeek)
    return { ok: false, error: { id: 'no-such-week', week } };
  if (notes.length >= MAX_NOTES) return { ok: false, error: { id: 'full', most: MAX_NOTES } };
  const checked = checkText(text);
  if (!checked.ok) return checked;
  return { ok: true, value: sortNotes([...notes, { week, text: checked.value }]) };
}

/** Replaces the text of the note at `index` (its place in the list). */
export function editNote(
  notes: readonly Note[],
  index: number,
  text: string,
): Result<Note[], NoteProblem> {
  const note = notes[index];
  if (!note) return { ok: false, error: { id: 'gone' } };
  const checked = checkText(text);
  if (!checked.ok) return checked;
  return {
    ok: true,
    value: notes.map((n, i) => (i === index ? { week: n.week, text: checked.value } : n)),
  };
}

export function deleteNote(notes: readonly Note[], index: number): Result<Note[], NoteProblem> {
  if (!notes[index]) return { ok: false, error: { id: 'gone' } };
  return { ok: true, value: notes.filter((_, i) => i !== index) };
}
