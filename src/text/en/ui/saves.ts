/** What the saved-games list in this browser could not do, and why. */
import type { Format } from '../../format';

const GAMES = { one: 'saved game', other: 'saved games' };

export const saves = {
  /** What to do instead when a list could not be written. */
  otherwise: {
    slots: 'delete a slot or export the game as a file instead',
    finished: 'export the game as a file to keep it',
  },
  missing: 'That save is no longer there (it may have been deleted in another tab).',
  damagedList:
    'The saved games in this browser are damaged and cannot be read. Export games as files instead.',
  changedElsewhere: (name: string) =>
    `“${name}” was changed in another tab after this list was shown, so nothing was done. The list now shows it as it is.`,
  unavailable:
    'This browser does not allow the game to store anything, so saves cannot be kept here. Export the game as a file instead.',
  readRefused: 'The browser refused to read the saved games.',
  writeFull: (notDone: string, otherwise: string) =>
    `Browser storage is full, so ${notDone}. Your other saves are kept: ${otherwise}.`,
  writeRefused: (notDone: string) =>
    `The browser refused to store anything, so ${notDone}. Your other saves are kept: export the game as a file instead.`,
  unnamed: 'Unnamed save',
  needsName: 'A save needs a name.',
  nameTooLong: (max: number, count: number, t: Format) =>
    `A save's name can be at most ${t.number(max)} characters (this one has ${t.number(count)}).`,
  full: (max: number, t: Format) =>
    `There are already ${t.count(max, GAMES)}, the most this browser keeps. Delete one to save another.`,
  overFull: (count: number, max: number, t: Format) =>
    `There are already ${t.count(count, GAMES)}, more than the ${t.number(max)} this browser keeps. Delete ${t.number(count - max + 1)} to save another.`,
  notSaved: 'the game was not saved',
  notOverwritten: (name: string) => `“${name}” was not overwritten`,
  damagedNoRename: 'This save is damaged and cannot be renamed; you can delete it.',
  notRenamed: 'the save was not renamed',
  notDeleted: 'the save was not deleted',
  notesNotSaved: (why: string) => `The notes were not saved. ${why}`,
  notesOtherGame:
    'The notes were not saved: this slot now holds another game (it may have been changed in another tab).',
  notesNotSavedShort: 'the notes were not saved',
  noId: 'This game has no id to be kept by.',
  finishedNotKept: 'this finished game was not kept',
};
