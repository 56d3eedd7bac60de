/** Notes pinned to weeks: the notes panel of the game and the replay, and the replay's note marks. */
import type { Format } from '../../format';

export const notes = {
  /** What a note is pinned to: "the opening" or "week 3". */
  week: (week: number, t: Format) => (week === 0 ? 'the opening' : `week ${t.number(week)}`),
  heading: (week: string) => `Notes on ${week}`,
  empty: (week: string) => `No notes on ${week}.`,
  readOnly: 'These notes are read-only here.',
  cannotChange: 'These notes cannot be changed.',
  newNote: (week: string) => `New note on ${week}`,
  pin: 'Pin note',
  pinned: (week: string) => `Note pinned to ${week}.`,
  edit: 'Edit',
  editLabel: 'Edit note',
  save: 'Save note',
  saved: 'Note saved.',
  delete: 'Delete',
  deleteQuestion: 'Delete this note for good?',
  confirmDelete: 'Confirm delete',
  deleted: 'Note deleted.',
  problems: {
    blank: 'A note needs some text.',
    tooLong: (most: number, count: number, t: Format) =>
      `A note can be at most ${t.plain(most)} characters (this one has ${t.plain(count)}).`,
    noSuchWeek: (week: number, t: Format) =>
      `There is no week ${t.plain(week)} in this game to pin a note to.`,
    full: (most: number, t: Format) =>
      `A game can hold at most ${t.plain(most)} notes. Delete one to add another.`,
    gone: 'That note is no longer there.',
  },
  marks: {
    label: 'Weeks with notes',
    title: 'Notes',
    none: 'none yet',
    opening: 'Opening',
    week: (week: number, t: Format) => `Week ${t.number(week)}`,
  },
};
