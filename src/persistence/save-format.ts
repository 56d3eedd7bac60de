/**
 * The save file: a game's inputs (scenario, seed, difficulty, a lesson's short length and each
 * week's decisions) plus the fingerprint after each week, the player's notes pinned to weeks and,
 * for a classroom game, its classroom record (class code, display name, each week's justification,
 * prediction and class vote), with a format version.
 * `parseSave` and `makeSave` are a pair: the first never throws and says exactly what is wrong
 * with a file (older formats are upgraded first, in migrations.ts); the second builds a file by
 * replaying the inputs, so its fingerprints are always true. Notes and the classroom record are
 * never fingerprinted.
 */
import * as v from 'valibot';
import {
  MAX_SEED,
  RULES_VERSION,
  checkOptions,
  replay,
  type Decision,
  type FullReplay,
  type GameOptions,
  type Result,
} from '../engine';
import { CURRENT_SAVE_VERSION, migrate } from './migrations';
import { decodeLesson, isLessonGame } from '../classroom/lesson-code';
import type { BranchOf } from '../model/branch';
import {
  MAX_CONFIDENCE,
  MAX_HANDS,
  MAX_JUSTIFICATION_CHARS,
  MAX_STUDENT_NAME_CHARS,
  MAX_VOTE_OPTIONS,
  MIN_CONFIDENCE,
  PREDICTION_IDS,
  type ClassroomRecord,
} from '../model/classroom';
import { MAX_NOTE_CHARS, MAX_NOTES, sortNotes, type Note } from '../model/notes';
import {
  characterCount,
  escapeUnprintable,
  firstCharacters,
  isBlank,
  quoteUntrusted,
} from '../model/text-checks';

export const SAVE_FORMAT = 'frontier-crisis-save';
export const SAVE_VERSION = CURRENT_SAVE_VERSION;
/** A game never runs longer than this many weeks. */
const MAX_WEEKS = 60;
/** Larger files are refused before parsing: a 24-week save is a few kilobytes. */
export const MAX_SAVE_BYTES = 1_000_000;

const DecisionSchema = v.strictObject({
  response: v.pipe(v.string(), v.maxLength(64)),
  target: v.optional(v.pipe(v.string(), v.maxLength(64))),
});

const WeekSchema = v.strictObject({
  decisions: v.pipe(v.array(DecisionSchema), v.maxLength(12)),
  fingerprint: v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/, 'a fingerprint is sixteen hex digits')),
});

const NoteSchema = v.strictObject({
  week: v.pipe(
    v.number(),
    v.integer("a note's week is a whole number"),
    v.minValue(0, "a note's week cannot be below 0 (the opening)"),
    v.maxValue(MAX_WEEKS, `a note's week cannot be above ${MAX_WEEKS}`),
  ),
  text: v.pipe(
    v.string(),
    v.check((text) => !isBlank(text), 'a note cannot be empty'),
    v.check(
      (text) => characterCount(text) <= MAX_NOTE_CHARS,
      `a note can be at most ${MAX_NOTE_CHARS} characters long`,
    ),
  ),
});

/** Names of games: at most this many characters (code points). */
export const MAX_NAME_CHARS = 120;
const NameSchema = v.pipe(
  v.string(),
  v.check(
    (name) => characterCount(name) <= MAX_NAME_CHARS,
    `a name can be at most ${MAX_NAME_CHARS} characters long`,
  ),
);

/** A one-line text a person wrote: not blank, at most `max` characters. */
function writtenText(what: string, max: number) {
  return v.pipe(
    v.string(),
    v.check((text) => !isBlank(text), `${what} cannot be empty`),
    v.check((text) => characterCount(text) <= max, `${what} can be at most ${max} characters long`),
  );
}

const PredictionSchema = v.strictObject({
  id: v.picklist(PREDICTION_IDS, 'a prediction must be one of the reactions this game can check'),
  confidence: v.pipe(
    v.number(),
    v.integer('a confidence is a whole percentage'),
    v.minValue(MIN_CONFIDENCE, `a confidence cannot be below ${MIN_CONFIDENCE}%`),
    v.maxValue(MAX_CONFIDENCE, `a confidence cannot be above ${MAX_CONFIDENCE}%`),
  ),
});

const VoteSchema = v.pipe(
  v.strictObject({
    options: v.pipe(
      v.array(
        v.strictObject({
          decisions: v.pipe(v.array(DecisionSchema), v.maxLength(12)),
          hands: v.pipe(
            v.number(),
            v.integer('a count of hands is a whole number'),
            v.minValue(0, 'a count of hands cannot be below 0'),
            v.maxValue(MAX_HANDS, `a count of hands cannot be above ${MAX_HANDS}`),
          ),
        }),
      ),
      v.minLength(2, 'a vote weighs at least two options'),
      v.maxLength(MAX_VOTE_OPTIONS, `a vote weighs at most ${MAX_VOTE_OPTIONS} options`),
    ),
    chosen: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  v.check(
    (vote) => vote.chosen < vote.options.length,
    'the option a vote committed must be one of its options',
  ),
);

const ClassroomWeekSchema = v.strictObject({
  week: v.pipe(
    v.number(),
    v.integer('a week is a whole number'),
    v.minValue(1, 'a classroom entry belongs to a played week, from 1'),
    v.maxValue(MAX_WEEKS, `a week cannot be above ${MAX_WEEKS}`),
  ),
  justification: v.optional(writtenText('a justification', MAX_JUSTIFICATION_CHARS)),
  prediction: v.optional(PredictionSchema),
  vote: v.optional(VoteSchema),
});

const ClassroomSchema = v.strictObject({
  lessonCode: v.optional(v.pipe(v.string(), v.maxLength(40))),
  student: v.optional(writtenText('a display name', MAX_STUDENT_NAME_CHARS)),
  weeks: v.pipe(
    v.array(ClassroomWeekSchema),
    v.maxLength(MAX_WEEKS),
    v.check(
      (weeks) => weeks.every((entry, index) => index === 0 || entry.week > weeks[index - 1]!.week),
      'classroom entries are in week order, one a week',
    ),
  ),
});

const SaveSchema = v.strictObject({
  format: v.literal(SAVE_FORMAT),
  version: v.literal(SAVE_VERSION),
  rulesVersion: v.literal(RULES_VERSION),
  game: v.strictObject({
    scenario: v.pipe(v.string(), v.maxLength(64)),
    seed: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_SEED)),
    difficulty: v.pipe(v.string(), v.maxLength(64)),
    /** Present only for a lesson's short game. */
    length: v.optional(v.literal('class')),
  }),
  weeks: v.pipe(v.array(WeekSchema), v.maxLength(MAX_WEEKS)),
  /** Notes pinned to weeks: 0 is the opening, n the state after week n. Not fingerprinted. */
  notes: v.pipe(
    v.array(NoteSchema),
    v.maxLength(MAX_NOTES, `a save can hold at most ${MAX_NOTES} notes`),
  ),
  /** Present only for a classroom game. Not fingerprinted. */
  classroom: v.optional(ClassroomSchema),
  meta: v.strictObject({
    name: NameSchema,
    createdAt: v.optional(v.pipe(v.string(), v.maxLength(40))),
    /** The game this one branched from, and the week it branched after. */
    branchOf: v.optional(
      v.strictObject({
        name: NameSchema,
        week: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_WEEKS)),
      }),
    ),
  }),
});

export type SaveFile = v.InferOutput<typeof SaveSchema>;

/** The first note pinned to a week the game does not have, as a sentence; null when all fit. */
function misplacedNote(notes: readonly Note[], weeks: number): string | null {
  const index = notes.findIndex((note) => note.week > weeks);
  if (index < 0) return null;
  return `notes.${index}.week: this note is pinned to week ${notes[index]!.week}, but the game has only ${weeks} week${weeks === 1 ? '' : 's'}`;
}

/**
 * What is wrong with a classroom record that the schema cannot see, as a phrase; null when it
 * fits the game: an entry for a week the game has not played, or a class code that is not this
 * game's (a code of another class, or one that never came from this game).
 */
function classroomProblem(
  record: ClassroomRecord,
  game: SaveFile['game'],
  weeks: number,
): string | null {
  const late = record.weeks.findIndex((entry) => entry.week > weeks);
  if (late >= 0)
    return `classroom.weeks.${late}.week: this entry is for week ${record.weeks[late]!.week}, but the game has only ${weeks} week${weeks === 1 ? '' : 's'}`;
  if (record.lessonCode === undefined) return null;
  const lesson = decodeLesson(record.lessonCode);
  if (!lesson.ok) return `classroom.lessonCode: ${lesson.error}`;
  const options = checkOptions(game);
  if (!options.ok || !isLessonGame(lesson.value, options.value))
    return 'classroom.lessonCode: this class code sets up another game than the one saved';
  return null;
}

/** What a value is, in words, without quoting it (it may be huge or hostile). */
function kindOf(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return `the number ${Number.isFinite(value) ? value : 'NaN'}`;
  if (typeof value === 'boolean') return `${value}`;
  return 'a group of fields';
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  array: 'a list',
  strict_object: 'a group of fields',
  object: 'a group of fields',
};

/**
 * One schema issue in our own words, never the schema library's: the field's path (its keys
 * quoted safely when they are not plain names), then what is wrong with it.
 */
function describeIssue(issue: v.BaseIssue<unknown>): string {
  const keys = (issue.path ?? []).map((item) => item.key);
  const name = (key: unknown) =>
    typeof key === 'number' || (typeof key === 'string' && /^[A-Za-z][A-Za-z0-9]{0,30}$/.test(key))
      ? String(key)
      : quoteUntrusted(String(key));
  const at = (list: unknown[]) => list.map(name).join('.');
  // Our own messages (written in the schema above) are sentences already.
  const ours = !/^Invalid [a-z]+:/.test(issue.message);
  let path = at(keys);
  let problem: string;
  if (ours) problem = issue.message;
  else if ((issue.type === 'strict_object' || issue.type === 'object') && keys.length > 0) {
    if (issue.expected === 'never') {
      path = at(keys.slice(0, -1));
      problem = `there is no field called ${quoteUntrusted(String(keys.at(-1)))} in a save`;
    } else if (issue.input === undefined) problem = 'this field is missing';
    else problem = `should be a group of fields, not ${kindOf(issue.input)}`;
  } else if (issue.type === 'literal') problem = `should be ${issue.expected}`;
  else if (issue.type in EXPECTED)
    problem = `should be ${EXPECTED[issue.type]}, not ${kindOf(issue.input)}`;
  else if (issue.type === 'integer') problem = 'should be a whole number';
  else if (issue.type === 'min_value') problem = `cannot be below ${issue.requirement as number}`;
  else if (issue.type === 'max_value') problem = `cannot be above ${issue.requirement as number}`;
  else if (issue.type === 'max_length')
    problem = Array.isArray(issue.input)
      ? `can hold at most ${issue.requirement as number} entries`
      : `can be at most ${issue.requirement as number} characters long`;
  else problem = 'is not valid here';
  return path ? `${path}: ${problem}` : problem;
}

/** Where a save's text came from: messages name it, so a slot's refusal never speaks of a file. */
export type SaveSource = 'file' | 'slot' | 'link' | 'autosave';

/** "This file", "This slot", …: the thing that holds the save, at the start of a sentence. */
export const HOLDER: Record<SaveSource, string> = {
  file: 'This file',
  slot: 'This slot',
  link: 'This link',
  autosave: 'The autosave',
};
/** "This save", "The save in this slot", …: the save itself, at the start of a sentence. */
const THE_SAVE: Record<SaveSource, string> = {
  file: 'This save',
  slot: 'The save in this slot',
  link: 'The save in this link',
  autosave: 'The autosave',
};

/** Why a save's text is refused for its size, or null when it fits. */
function tooLarge(text: string, source: SaveSource): Result<never, string> | null {
  // A UTF-16 unit is at most three UTF-8 bytes, and characters never outnumber bytes: most texts
  // are settled by their length alone, without encoding them.
  if (text.length * 3 <= MAX_SAVE_BYTES) return null;
  const bytes = text.length > MAX_SAVE_BYTES ? text.length : new TextEncoder().encode(text).length;
  if (bytes <= MAX_SAVE_BYTES) return null;
  return {
    ok: false,
    error: `${HOLDER[source]} is too large to be a save (over ${MAX_SAVE_BYTES} bytes).`,
  };
}

/** Reads a save's text. Every failure is a clear sentence naming its source; nothing is thrown. */
export function parseSave(text: string, source: SaveSource = 'file'): Result<SaveFile, string> {
  const large = tooLarge(text, source);
  if (large) return large;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {
      ok: false,
      error: `${HOLDER[source]} is not a save: it is not valid JSON (it may be truncated or corrupted).`,
    };
  }
  return readSave(raw, source);
}

/**
 * Reads a save already decoded from JSON (an entry of a list stored as one text), by the same
 * checks as `parseSave` of `text`, its text: the list is not encoded and decoded again per entry.
 */
export function parseSaveData(
  raw: unknown,
  text: string,
  source: SaveSource,
): Result<SaveFile, string> {
  return tooLarge(text, source) ?? readSave(raw, source);
}

/** The checks after decoding: the format, migrations, the schema, notes, classroom and options. */
function readSave(raw: unknown, source: SaveSource): Result<SaveFile, string> {
  if (
    typeof raw !== 'object' ||
    raw === null ||
    (raw as { format?: unknown }).format !== SAVE_FORMAT
  )
    return { ok: false, error: `${HOLDER[source]} is not a Frontier Crisis save.` };
  const migrated = migrate(raw as Record<string, unknown>);
  if (!migrated.ok) return migrated;
  const result = v.safeParse(SaveSchema, migrated.value);
  if (!result.success) {
    return {
      ok: false,
      error: `${THE_SAVE[source]} is damaged: ${describeIssue(result.issues[0])}.`,
    };
  }
  const save = result.output;
  const misplaced = misplacedNote(save.notes, save.weeks.length);
  if (misplaced) return { ok: false, error: `${THE_SAVE[source]} is damaged: ${misplaced}.` };
  const classroom =
    save.classroom && classroomProblem(save.classroom, save.game, save.weeks.length);
  if (classroom) return { ok: false, error: `${THE_SAVE[source]} is damaged: ${classroom}.` };
  const options = checkOptions(save.game);
  if (!options.ok)
    return {
      ok: false,
      error: `${THE_SAVE[source]} is damaged: ${escapeUnprintable(options.error)}`,
    };
  return { ok: true, value: save };
}

/** The notes in week order if they fit the format and a game of `weeks` weeks, or why not. */
function checkNotes(notes: readonly Note[], weeks: number): Result<Note[], string> {
  const checked = v.safeParse(SaveSchema.entries.notes, sortNotes(notes));
  if (!checked.success) return { ok: false, error: `Notes: ${describeIssue(checked.issues[0])}.` };
  const misplaced = misplacedNote(checked.output, weeks);
  return misplaced
    ? { ok: false, error: `Notes: ${misplaced}.` }
    : { ok: true, value: checked.output };
}

/** The classroom record if it fits the format and this game, or why not. */
function checkClassroom(
  record: ClassroomRecord,
  game: SaveFile['game'],
  weeks: number,
): Result<ClassroomRecord, string> {
  const checked = v.safeParse(ClassroomSchema, record);
  if (!checked.success)
    return { ok: false, error: `Classroom: ${describeIssue(checked.issues[0])}.` };
  const problem = classroomProblem(checked.output, game, weeks);
  return problem
    ? { ok: false, error: `Classroom: ${problem}.` }
    : { ok: true, value: checked.output };
}

/** The same save with another classroom record: its weeks and fingerprints are untouched. */
export function withClassroom(save: SaveFile, record: ClassroomRecord): Result<SaveFile, string> {
  const checked = checkClassroom(record, save.game, save.weeks.length);
  if (!checked.ok) return checked;
  const { meta, ...rest } = save;
  return { ok: true, value: { ...rest, classroom: checked.value, meta } };
}

/** The same save with other notes: its weeks and fingerprints are untouched. */
export function withNotes(save: SaveFile, notes: readonly Note[]): Result<SaveFile, string> {
  const checked = checkNotes(notes, save.weeks.length);
  return checked.ok ? { ok: true, value: { ...save, notes: checked.value } } : checked;
}

/**
 * Builds a save by replaying the inputs; fails (with the reason) if any week is illegal or a note
 * or the classroom record does not fit the format. Notes are written in week order.
 */
export function makeSave(
  game: GameOptions,
  weeks: readonly (readonly Decision[])[],
  meta: { name: string; createdAt?: string; branchOf?: BranchOf | undefined },
  notes: readonly Note[] = [],
  classroom?: ClassroomRecord,
): Result<SaveFile, string> {
  const replayed = replay(game, weeks);
  if (!replayed.ok)
    return { ok: false, error: `Week ${replayed.error.week}: ${replayed.error.message}` };
  const checkedNotes = checkNotes(notes, weeks.length);
  if (!checkedNotes.ok) return checkedNotes;
  const checkedClassroom = classroom && checkClassroom(classroom, game, weeks.length);
  if (checkedClassroom && !checkedClassroom.ok) return checkedClassroom;
  return {
    ok: true,
    value: {
      format: SAVE_FORMAT,
      version: SAVE_VERSION,
      rulesVersion: RULES_VERSION,
      game: {
        scenario: game.scenario,
        seed: game.seed,
        difficulty: game.difficulty,
        ...(game.length ? { length: game.length } : {}),
      },
      weeks: weeks.map((decisions, index) => ({
        decisions: decisions.map((d) =>
          d.target === undefined
            ? { response: d.response }
            : { response: d.response, target: d.target },
        ),
        fingerprint: replayed.value.fingerprints[index]!,
      })),
      notes: checkedNotes.value,
      ...(checkedClassroom ? { classroom: checkedClassroom.value } : {}),
      meta: {
        name: firstCharacters(meta.name, MAX_NAME_CHARS),
        ...(meta.createdAt ? { createdAt: meta.createdAt } : {}),
        ...(meta.branchOf
          ? {
              branchOf: {
                name: firstCharacters(meta.branchOf.name, MAX_NAME_CHARS),
                week: meta.branchOf.week,
              },
            }
          : {}),
      },
    },
  };
}

export function serialiseSave(save: SaveFile): string {
  return `${JSON.stringify(save, null, 2)}\n`;
}

export interface WeekCheck {
  week: number;
  recorded: string;
  /** The replayed fingerprint, or null when the week could not be replayed. */
  replayed: string | null;
  matches: boolean;
}

export interface SaveCheck {
  weeks: WeekCheck[];
  /** The first week whose fingerprint differs, or null when all match. */
  divergedAt: number | null;
  /** Why the replay stopped early, if it did. */
  problem: string | null;
}

/** A save's check and, when every week replayed, the game it replays to (each week kept). */
function replaySave(save: SaveFile): { check: SaveCheck; game: FullReplay | null } {
  const replayed = replay(
    save.game,
    save.weeks.map((w) => w.decisions),
    { recorded: save.weeks.map((w) => w.fingerprint), states: true, reports: true },
  );
  // When a week cannot be replayed, the weeks before it still count, so the divergence is
  // reported at the week that broke and not at week 1.
  const played = replayed.ok ? replayed.value : replayed.error.before;
  const fingerprints = played?.fingerprints ?? [];
  const weeks: WeekCheck[] = [];
  let divergedAt: number | null = null;
  save.weeks.forEach((week, index) => {
    const actual = fingerprints[index] ?? null;
    const matches = actual === week.fingerprint;
    if (!matches && divergedAt === null) divergedAt = index + 1;
    weeks.push({ week: index + 1, recorded: week.fingerprint, replayed: actual, matches });
  });
  return {
    check: {
      weeks,
      divergedAt,
      // The engine quotes the ids it refuses, which came from the file: escaped here, like any
      // untrusted text in a message.
      problem: replayed.ok
        ? null
        : `week ${replayed.error.week}: ${escapeUnprintable(replayed.error.message)}`,
    },
    game: replayed.ok ? replayed.value : null,
  };
}

/** Replays a save and compares every week's fingerprint with the one recorded. */
export function verifySave(save: SaveFile): SaveCheck {
  return replaySave(save).check;
}

/** A save that replays to its own fingerprints, with the game it replays to (every week kept). */
export interface CheckedSave {
  save: SaveFile;
  game: FullReplay;
}

/**
 * Reads a save and replays it against its own fingerprints: what every import, slot load and share
 * link goes through. A save that parses but no longer replays, or whose fingerprints were altered,
 * is refused with the week that broke. The replay is kept, so opening the save replays nothing.
 */
export function parseCheckedSave(
  text: string,
  source: SaveSource = 'file',
): Result<CheckedSave, string> {
  const parsed = parseSave(text, source);
  return parsed.ok ? checkSave(parsed.value, source) : parsed;
}

/** A save already read (by `parseSave` or `parseSaveData`), replayed against its fingerprints. */
export function checkSave(
  save: SaveFile,
  source: SaveSource = 'file',
): Result<CheckedSave, string> {
  const { check, game } = replaySave(save);
  // The first week that breaks decides the message: a changed week that still replays (but to
  // another fingerprint) comes before a later week that can no longer be played at all.
  const diverged = check.divergedAt === null ? null : check.weeks[check.divergedAt - 1];
  if (check.problem !== null && (diverged === null || diverged?.replayed === null))
    return { ok: false, error: `${THE_SAVE[source]} no longer replays: ${check.problem}` };
  if (check.divergedAt !== null || !game)
    return {
      ok: false,
      error: `${THE_SAVE[source]} has been altered or damaged: week ${check.divergedAt} does not replay to the fingerprint recorded for it.`,
    };
  return { ok: true, value: { save, game } };
}
