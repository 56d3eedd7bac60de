/**
 * Why a save's text is refused: its size, its encoding, its format and version, and each field the
 * checks find wrong ("notes.2.week: cannot be above 60"), worded from the checks' own figures.
 */
import type { Format } from '../../format';

/** Where a save's text came from (persistence's SaveSource): messages name it. */
type Source = 'file' | 'slot' | 'link' | 'autosave';

const WEEKS = { one: 'week', other: 'weeks' };

/** "This file", "This slot", …: what holds the save, at the start of a sentence. */
const holder: Record<Source, string> = {
  file: 'This file',
  slot: 'This slot',
  link: 'This link',
  autosave: 'The autosave',
};
/** "This save", "The save in this slot", …: the save itself, at the start of a sentence. */
const theSave: Record<Source, string> = {
  file: 'This save',
  slot: 'The save in this slot',
  link: 'The save in this link',
  autosave: 'The autosave',
};

export const saveFile = {
  holder,
  theSave,
  tooLarge: (holder: string, max: number, t: Format) =>
    `${holder} is too large to be a save (over ${t.plain(max)} bytes).`,
  fileTooLarge: (size: number, max: number, t: Format) =>
    `This file is too large to be a save (${t.plain(size)} bytes; the limit is ${t.plain(max)}).`,
  unreadableFile: 'The browser could not read this file.',
  zeroBytes: (holder: string) =>
    `${holder} is not a save: it holds zero bytes, so it is not UTF-8 text (it may be UTF-16 without a byte-order mark, or not text at all).`,
  notUtf8: (holder: string) =>
    `${holder} is not a save: it is not valid UTF-8 text (it may be corrupted, or in another encoding).`,
  notUtf16: (holder: string) =>
    `${holder} is not a save: it starts with a UTF-16 byte-order mark but is not valid UTF-16 text.`,
  notJson: (holder: string) =>
    `${holder} is not a save: it is not valid JSON (it may be truncated or corrupted).`,
  notOurs: (holder: string) => `${holder} is not a Frontier Crisis save.`,
  damaged: (save: string, problem: string) => `${save} is damaged: ${problem}.`,
  /** A problem the game's own checks already word as a sentence. */
  damagedBecause: (save: string, sentence: string) => `${save} is damaged: ${sentence}`,
  noLongerReplays: (save: string, problem: string) => `${save} no longer replays: ${problem}`,
  altered: (save: string, week: number, t: Format) =>
    `${save} has been altered or damaged: week ${t.number(week)} does not replay to the fingerprint recorded for it.`,
  notes: (problem: string) => `Notes: ${problem}.`,
  classroom: (problem: string) => `Classroom: ${problem}.`,
  // Migrations.
  format1WithNotes:
    'This save says it is format 1, which has no notes, yet it holds some: it may have been edited by hand.',
  format2WithClassroom:
    'This save says it is format 2, which has no classroom games, yet it holds classroom fields: it may have been edited by hand.',
  noVersion: 'This save has no valid format version.',
  /** The save's own version is shown as the file has it (it may be any number). */
  newerFormat: (version: string, reads: number, t: Format) =>
    `This save was made by a newer version of Frontier Crisis (format ${version}; this game reads up to ${t.plain(reads)}).`,
  retiredFormat: (version: number, t: Format) =>
    `Saves of format ${t.plain(version)} can no longer be read.`,
  otherRules: (rules: string, runs: number, t: Format) =>
    `This save was played under rules version ${rules}; this game runs rules version ${t.plain(runs)}, so its weeks would not replay the same.`,
  /** A field's path, then what is wrong with it. */
  at: (path: string, problem: string) => `${path}: ${problem}`,
  field: {
    fingerprint: 'a fingerprint is sixteen hex digits',
    noteWhole: "a note's week is a whole number",
    noteBelow: "a note's week cannot be below 0 (the opening)",
    noteAbove: (max: number, t: Format) => `a note's week cannot be above ${t.number(max)}`,
    noteEmpty: 'a note cannot be empty',
    noteLong: (max: number, t: Format) => `a note can be at most ${t.number(max)} characters long`,
    nameLong: (max: number, t: Format) => `a name can be at most ${t.number(max)} characters long`,
    justificationEmpty: 'a justification cannot be empty',
    justificationLong: (max: number, t: Format) =>
      `a justification can be at most ${t.number(max)} characters long`,
    studentEmpty: 'a display name cannot be empty',
    studentLong: (max: number, t: Format) =>
      `a display name can be at most ${t.number(max)} characters long`,
    prediction: 'a prediction must be one of the reactions this game can check',
    confidenceWhole: 'a confidence is a whole percentage',
    confidenceBelow: (min: number, t: Format) => `a confidence cannot be below ${t.percent(min)}`,
    confidenceAbove: (max: number, t: Format) => `a confidence cannot be above ${t.percent(max)}`,
    handsWhole: 'a count of hands is a whole number',
    handsBelow: 'a count of hands cannot be below 0',
    handsAbove: (max: number, t: Format) => `a count of hands cannot be above ${t.number(max)}`,
    voteFew: 'a vote weighs at least two options',
    voteMany: (max: number, t: Format) => `a vote weighs at most ${t.number(max)} options`,
    voteChosen: 'the option a vote committed must be one of its options',
    weekWhole: 'a week is a whole number',
    weekBelow: 'a classroom entry belongs to a played week, from 1',
    weekAbove: (max: number, t: Format) => `a week cannot be above ${t.number(max)}`,
    weekOrder: 'classroom entries are in week order, one a week',
    tooManyNotes: (max: number, t: Format) => `a save can hold at most ${t.number(max)} notes`,
    misplacedNote: (index: number, week: number, weeks: number, t: Format) =>
      `notes.${index}.week: this note is pinned to week ${t.number(week)}, but the game has only ${t.count(weeks, WEEKS)}`,
    lateEntry: (index: number, week: number, weeks: number, t: Format) =>
      `classroom.weeks.${index}.week: this entry is for week ${t.number(week)}, but the game has only ${t.count(weeks, WEEKS)}`,
    badLessonCode: (why: string) => `classroom.lessonCode: ${why}`,
    otherLesson: 'classroom.lessonCode: this class code sets up another game than the one saved',
  },
  /** What the checks found, for a field the schema's own rules refused. */
  issue: {
    noSuchField: (key: string) => `there is no field called ${key} in a save`,
    missing: 'this field is missing',
    shouldBeGroup: (kind: string) => `should be a group of fields, not ${kind}`,
    shouldBe: (expected: string) => `should be ${expected}`,
    shouldBeKind: (expected: string, kind: string) => `should be ${expected}, not ${kind}`,
    whole: 'should be a whole number',
    below: (min: number, t: Format) => `cannot be below ${t.number(min)}`,
    above: (max: number, t: Format) => `cannot be above ${t.number(max)}`,
    entries: (max: number, t: Format) => `can hold at most ${t.number(max)} entries`,
    characters: (max: number, t: Format) => `can be at most ${t.number(max)} characters long`,
    invalid: 'is not valid here',
  },
  /** What a value is, in words, without quoting it. */
  kind: {
    missing: 'missing',
    null: 'null',
    list: 'a list',
    text: 'text',
    number: (value: string) => `the number ${value}`,
    true: 'true',
    false: 'false',
    group: 'a group of fields',
  },
  /** What the schema expected, by its kind of check. */
  expected: {
    string: 'text',
    number: 'a number',
    array: 'a list',
    strict_object: 'a group of fields',
    object: 'a group of fields',
  },
};
