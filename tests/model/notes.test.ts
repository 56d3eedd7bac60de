// The note list's pure helpers: adding keeps week order (and the order within a week), editing and
// deleting touch one note only, and every refusal (empty, too long, too many, no such week or note)
// is a problem with its figures and the list left as it was; the note words read those figures.
import { describe, expect, it } from 'vitest';
import {
  MAX_NOTE_CHARS,
  MAX_NOTES,
  addNote,
  deleteNote,
  editNote,
  sortNotes,
  weeksWithNotes,
  type Note,
} from '../../src/model/notes';
import { EN } from '../../src/text';

function value<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('notes', () => {
  it('are added in week order, after the notes already on that week, trimmed', () => {
    let notes: Note[] = [];
    notes = value(addNote(notes, 3, 5, 'third week, first'));
    notes = value(addNote(notes, 0, 5, '  the opening  '));
    notes = value(addNote(notes, 3, 5, 'third week, second'));
    notes = value(addNote(notes, 5, 5, 'last week'));
    expect(notes).toEqual([
      { week: 0, text: 'the opening' },
      { week: 3, text: 'third week, first' },
      { week: 3, text: 'third week, second' },
      { week: 5, text: 'last week' },
    ]);
    expect(weeksWithNotes(notes)).toEqual([0, 3, 5]);
  });

  it('refuse empty, over-long, misplaced or one-too-many notes', () => {
    const one = [{ week: 1, text: 'x' }];
    expect(addNote(one, 1, 2, '  \n ')).toEqual({ ok: false, error: { id: 'blank' } });
    expect(addNote(one, 1, 2, 'y'.repeat(MAX_NOTE_CHARS + 1))).toEqual({
      ok: false,
      error: { id: 'too-long', most: MAX_NOTE_CHARS, count: MAX_NOTE_CHARS + 1 },
    });
    expect(value(addNote(one, 1, 2, 'y'.repeat(MAX_NOTE_CHARS)))).toHaveLength(2);
    for (const week of [-1, 3, 1.5])
      expect(addNote(one, week, 2, 'x')).toEqual({
        ok: false,
        error: { id: 'no-such-week', week },
      });
    const full = Array.from({ length: MAX_NOTES }, () => ({ week: 0, text: 'x' }));
    expect(addNote(full, 0, 2, 'x')).toEqual({
      ok: false,
      error: { id: 'full', most: MAX_NOTES },
    });
  });

  it('count a note of only zero-width or invisible characters as blank', () => {
    for (const blank of ['\u200b\u200b\u200b', ' \u200d\u2060 ', '\ufeff\n\u200b'])
      expect(addNote([], 0, 2, blank)).toEqual({ ok: false, error: { id: 'blank' } });
    expect(value(addNote([], 0, 2, '\u200b keep \u200b'))).toEqual([{ week: 0, text: 'keep' }]);
  });

  it('count the limit in characters (code points), not UTF-16 units', () => {
    const emoji = '😀'.repeat(MAX_NOTE_CHARS);
    expect(emoji.length).toBe(2 * MAX_NOTE_CHARS);
    expect(value(addNote([], 0, 2, emoji))).toEqual([{ week: 0, text: emoji }]);
    expect(addNote([], 0, 2, `${emoji}😀`)).toEqual({
      ok: false,
      error: { id: 'too-long', most: MAX_NOTE_CHARS, count: MAX_NOTE_CHARS + 1 },
    });
  });

  it('edit and delete one note, by its place in the list', () => {
    const notes = [
      { week: 0, text: 'a' },
      { week: 2, text: 'b' },
      { week: 2, text: 'c' },
    ];
    expect(value(editNote(notes, 1, ' B '))).toEqual([
      { week: 0, text: 'a' },
      { week: 2, text: 'B' },
      { week: 2, text: 'c' },
    ]);
    expect(editNote(notes, 1, '')).toEqual({ ok: false, error: { id: 'blank' } });
    expect(editNote(notes, 3, 'x')).toEqual({ ok: false, error: { id: 'gone' } });
    expect(value(deleteNote(notes, 0))).toEqual(notes.slice(1));
    expect(deleteNote(notes, 5)).toEqual({ ok: false, error: { id: 'gone' } });
    expect(notes).toHaveLength(3);
  });

  it('sort stably by week and name their week in words', () => {
    expect(
      sortNotes([
        { week: 2, text: 'b1' },
        { week: 1, text: 'a' },
        { week: 2, text: 'b2' },
      ]).map((n) => n.text),
    ).toEqual(['a', 'b1', 'b2']);
    const words = EN.ui.notes;
    expect(words.week(0, EN.format)).toBe('the opening');
    expect(words.week(7, EN.format)).toBe('week 7');
    expect(words.problems.tooLong(MAX_NOTE_CHARS, 1001, EN.format)).toBe(
      'A note can be at most 1000 characters (this one has 1001).',
    );
    expect(words.problems.noSuchWeek(1.5, EN.format)).toBe(
      'There is no week 1.5 in this game to pin a note to.',
    );
  });
});
