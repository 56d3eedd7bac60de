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
import { messageWords } from '../text';
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

/** The words of save checks, in the language messages are made in now. */
const words = () => messageWords().ui.saveFile;
const field = () => words().field;
const format = () => messageWords().format;

const DecisionSchema = v.strictObject({
  response: v.pipe(v.string(), v.maxLength(64)),
  target: v.optional(v.pipe(v.string(), v.maxLength(64))),
});

const WeekSchema = v.strictObject({
  decisions: v.pipe(v.array(DecisionSchema), v.maxLength(12)),
  fingerprint: v.pipe(
    v.string(),
    v.regex(/^[0-9a-f]{16}$/, () => field().fingerprint),
  ),
});

const NoteSchema = v.strictObject({
  week: v.pipe(
    v.number(),
    v.integer(() => field().noteWhole),
    v.minValue(0, () => field().noteBelow),
    v.maxValue(MAX_WEEKS, () => field().noteAbove(MAX_WEEKS, format())),
  ),
  text: v.pipe(
    v.string(),
    v.check(
      (text) => !isBlank(text),
      () => field().noteEmpty,
    ),
    v.check(
      (text) => characterCount(text) <= MAX_NOTE_CHARS,
      () => field().noteLong(MAX_NOTE_CHARS, format()),
    ),
  ),
});

/** Names of games: at most this many characters (code points). */
export const MAX_NAME_CHARS = 120;
const NameSchema = v.pipe(
  v.string(),
  v.check(
    (name) => characterCount(name) <= MAX_NAME_CHARS,
    () => field().nameLong(MAX_NAME_CHARS, format()),
  ),
);

/** A one-line text a person wrote: not blank, at most `max` characters. */
function writtenText(
  max: number,
  empty: () => string,
  long: (max: number, t: ReturnType<typeof format>) => string,
) {
  return v.pipe(
    v.string(),
    v.check((text) => !isBlank(text), empty),
    v.check(
      (text) => characterCount(text) <= max,
      () => long(max, format()),
    ),
  );
}

const PredictionSchema = v.strictObject({
  id: v.picklist(PREDICTION_IDS, () => field().prediction),
  confidence: v.pipe(
    v.number(),
    v.integer(() => field().confidenceWhole),
    v.minValue(MIN_CONFIDENCE, () => field().confidenceBelow(MIN_CONFIDENCE, format())),
    v.maxValue(MAX_CONFIDENCE, () => field().confidenceAbove(MAX_CONFIDENCE, format())),
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
            v.integer(() => field().handsWhole),
            v.minValue(0, () => field().handsBelow),
            v.maxValue(MAX_HANDS, () => field().handsAbove(MAX_HANDS, format())),
          ),
        }),
      ),
      v.minLength(2, () => field().voteFew),
      v.maxLength(MAX_VOTE_OPTIONS, () => field().voteMany(MAX_VOTE_OPTIONS, format())),
    ),
    chosen: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  v.check(
    (vote) => vote.chosen < vote.options.length,
    () => field().voteChosen,
  ),
);

const ClassroomWeekSchema = v.strictObject({
  week: v.pipe(
    v.number(),
    v.integer(() => field().weekWhole),
    v.minValue(1, () => field().weekBelow),
    v.maxValue(MAX_WEEKS, () => field().weekAbove(MAX_WEEKS, format())),
  ),
  justification: v.optional(
    writtenText(
      MAX_JUSTIFICATION_CHARS,
      () => field().justificationEmpty,
      (max, t) => field().justificationLong(max, t),
    ),
  ),
  prediction: v.optional(PredictionSchema),
  vote: v.optional(VoteSchema),
});

const ClassroomSchema = v.strictObject({
  lessonCode: v.optional(v.pipe(v.string(), v.maxLength(40))),
  student: v.optional(
    writtenText(
      MAX_STUDENT_NAME_CHARS,
      () => field().studentEmpty,
      (max, t) => field().studentLong(max, t),
    ),
  ),
  weeks: v.pipe(
    v.array(ClassroomWeekSchema),
    v.maxLength(MAX_WEEKS),
    v.check(
      (weeks) => weeks.every((entry, index) => index === 0 || entry.week > weeks[index - 1]!.week),
      () => field().weekOrder,
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
    v.maxLength(MAX_NOTES, () => field().tooManyNotes(MAX_NOTES, format())),
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
  return field().misplacedNote(index, notes[index]!.week, weeks, format());
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
  if (late >= 0) return field().lateEntry(late, record.weeks[late]!.week, weeks, format());
  if (record.lessonCode === undefined) return null;
  const lesson = decodeLesson(record.lessonCode);
  if (!lesson.ok) return field().badLessonCode(lesson.error);
  const options = checkOptions(game);
  if (!options.ok || !isLessonGame(lesson.value, options.value)) return field().otherLesson;
  return null;
}

/** What a value is, in words, without quoting it (it may be huge or hostile). */
function kindOf(value: unknown): string {
  const kind = words().kind;
  if (value === undefined) return kind.missing;
  if (value === null) return kind.null;
  if (Array.isArray(value)) return kind.list;
  if (typeof value === 'string') return kind.text;
  if (typeof value === 'number') return kind.number(Number.isFinite(value) ? String(value) : 'NaN');
  if (typeof value === 'boolean') return value ? kind.true : kind.false;
  return kind.group;
}

/** What the schema expected, in words, for the kinds of check that name a kind of value. */
function expectedKind(type: string): string | null {
  const expected: Record<string, string> = words().expected;
  return Object.hasOwn(expected, type) ? expected[type]! : null;
}

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
  const said = words().issue;
  const t = format();
  const expected = expectedKind(issue.type);
  let path = at(keys);
  let problem: string;
  if (ours) problem = issue.message;
  else if ((issue.type === 'strict_object' || issue.type === 'object') && keys.length > 0) {
    if (issue.expected === 'never') {
      path = at(keys.slice(0, -1));
      problem = said.noSuchField(quoteUntrusted(String(keys.at(-1))));
    } else if (issue.input === undefined) problem = said.missing;
    else problem = said.shouldBeGroup(kindOf(issue.input));
  } else if (issue.type === 'literal') problem = said.shouldBe(String(issue.expected));
  else if (expected) problem = said.shouldBeKind(expected, kindOf(issue.input));
  else if (issue.type === 'integer') problem = said.whole;
  else if (issue.type === 'min_value') problem = said.below(issue.requirement as number, t);
  else if (issue.type === 'max_value') problem = said.above(issue.requirement as number, t);
  else if (issue.type === 'max_length')
    problem = Array.isArray(issue.input)
      ? said.entries(issue.requirement as number, t)
      : said.characters(issue.requirement as number, t);
  else problem = said.invalid;
  return path ? words().at(path, problem) : problem;
}

/** Where a save's text came from: messages name it, so a slot's refusal never speaks of a file. */
export type SaveSource = 'file' | 'slot' | 'link' | 'autosave';

/** Why a save's text is refused for its size, or null when it fits. */
function tooLarge(text: string, source: SaveSource): Result<never, string> | null {
  // A UTF-16 unit is at most three UTF-8 bytes, and characters never outnumber bytes: most texts
  // are settled by their length alone, without encoding them.
  if (text.length * 3 <= MAX_SAVE_BYTES) return null;
  const bytes = text.length > MAX_SAVE_BYTES ? text.length : new TextEncoder().encode(text).length;
  if (bytes <= MAX_SAVE_BYTES) return null;
  return {
    ok: false,
    error: words().tooLarge(words().holder[source], MAX_SAVE_BYTES, format()),
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
      error: words().notJson(words().holder[source]),
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
    return { ok: false, error: words().notOurs(words().holder[source]) };
  const migrated = migrate(raw as Record<string, unknown>);
  if (!migrated.ok) return migrated;
  const result = v.safeParse(SaveSchema, migrated.value);
  if (!result.success) {
    return {
      ok: false,
      error: words().damaged(words().theSave[source], describeIssue(result.issues[0])),
    };
  }
  const save = result.output;
  const misplaced = misplacedNote(save.notes, save.weeks.length);
  if (misplaced) return { ok: false, error: words().damaged(words().theSave[source], misplaced) };
  const classroom =
    save.classroom && classroomProblem(save.classroom, save.game, save.weeks.length);
  if (classroom) return { ok: false, error: words().damaged(words().theSave[source], classroom) };
  const options = checkOptions(save.game);
  if (!options.ok)
    return {
      ok: false,
      error: words().damagedBecause(words().theSave[source], escapeUnprintable(options.error)),
    };
  return { ok: true, value: save };
}

/** The notes in week order if they fit the format and a game of `weeks` weeks, or why not. */
function checkNotes(notes: readonly Note[], weeks: number): Result<Note[], string> {
  const checked = v.safeParse(SaveSchema.entries.notes, sortNotes(notes));
  if (!checked.success)
    return { ok: false, error: words().notes(describeIssue(checked.issues[0])) };
  const misplaced = misplacedNote(checked.output, weeks);
  return misplaced
    ? { ok: false, error: words().notes(misplaced) }
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
    return { ok: false, error: words().classroom(describeIssue(checked.issues[0])) };
  const problem = classroomProblem(checked.output, game, weeks);
  return problem
    ? { ok: false, error: words().classroom(problem) }
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
    return {
      ok: false,
      error: `Week ${replayed.error.week}: ${messageWords().unavailable(replayed.error.reason)}`,
    };
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
        : `week ${replayed.error.week}: ${escapeUnprintable(messageWords().unavailable(replayed.error.reason))}`,
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
    return { ok: false, error: words().noLongerReplays(words().theSave[source], check.problem) };
  if (check.divergedAt !== null || !game)
    return {
      ok: false,
      error: words().altered(words().theSave[source], check.divergedAt ?? 0, format()),
    };
  return { ok: true, value: { save, game } };
}
