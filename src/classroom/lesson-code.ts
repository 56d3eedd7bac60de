/**
 * Class codes: a short code such as `KAR-7Q3-F9X` that fixes a lesson's crisis (scenario, seed,
 * difficulty, length) and its options, so every student who types it plays the same game.
 *
 * Layout (one layout; a future one must use another length or prefix, so an old code never reads
 * as a new one):
 * - three letters naming the scenario (KAR, SVN, DHA, SBX);
 * - five characters holding 25 bits, most significant first: the rules version modulo 16 (4 bits),
 *   the difficulty (2), the class length (1), predictions required (1), "Take advice" allowed (1)
 *   and the seed (16);
 * - one check character: Luhn mod 32 over the scenario's number and the five characters, which
 *   catches every single mistyped character and most swaps of neighbours.
 * Characters come from Crockford's base 32 (digits and capitals without I, L, O, U); when a code
 * is typed, O reads as 0 and I or L as 1, case, spaces and dashes do not matter.
 * The rules version is in the code because the same seed plays differently under other rules: a
 * code made by an older or newer copy of the game says so instead of dealing another crisis.
 */
import {
  DIFFICULTIES,
  RULES_VERSION,
  SCENARIO_IDS,
  type Difficulty,
  type GameOptions,
  type Result,
  type ScenarioId,
} from '../engine';

export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BASE = CODE_ALPHABET.length;

export const SCENARIO_PREFIX: Record<ScenarioId, string> = {
  karachi: 'KAR',
  'seven-camps': 'SVN',
  'doha-truce': 'DHA',
  sandbox: 'SBX',
};

/** Seeds a class code can hold: 0 to 65535. */
export const MAX_LESSON_SEED = 0xffff;
const PAYLOAD_CHARS = 5;
/** Characters of a code without its dashes: prefix, payload, check. */
const CODE_CHARS = 3 + PAYLOAD_CHARS + 1;
/** What a code looks like, for messages. */
export const EXAMPLE_CODE = 'KAR-7Q3-F9X';

/** Everything a class code fixes. */
export interface Lesson {
  scenario: ScenarioId;
  seed: number;
  difficulty: Difficulty;
  /** 'class': the short class length (CLASS_WEEKS weeks); 'full': the scenario's length. */
  length: 'full' | 'class';
  /** Whether each week needs a justification and a prediction before it can end. */
  predictionsRequired: boolean;
  /** Whether the advisors' "Take advice" may be used. */
  adviceAllowed: boolean;
}

/** The game a lesson plays. */
export function lessonGameOptions(lesson: Lesson): GameOptions {
  const { scenario, seed, difficulty } = lesson;
  return lesson.length === 'class'
    ? { scenario, seed, difficulty, length: 'class' }
    : { scenario, seed, difficulty };
}

/** True when a game's set-up is the one the lesson plays. */
export function isLessonGame(lesson: Lesson, options: GameOptions): boolean {
  return (
    options.scenario === lesson.scenario &&
    options.seed === lesson.seed &&
    options.difficulty === lesson.difficulty &&
    (options.length ?? 'full') === lesson.length
  );
}

/** Luhn mod 32: the check character's value for a list of values (each 0..31). */
function checkValue(values: readonly number[]): number {
  let sum = 0;
  // The rightmost value is doubled, then every other one leftwards.
  let double = true;
  for (let i = values.length - 1; i >= 0; i--) {
    let value = values[i]!;
    if (double) {
      value *= 2;
      value = Math.trunc(value / BASE) + (value % BASE);
    }
    sum += value;
    double = !double;
  }
  return (BASE - (sum % BASE)) % BASE;
}

/** The code for a lesson, written with its dashes: `KAR-7Q3-F9X`. */
export function encodeLesson(lesson: Lesson): string {
  if (!Number.isInteger(lesson.seed) || lesson.seed < 0 || lesson.seed > MAX_LESSON_SEED)
    throw new RangeError(`A class code holds seeds from 0 to ${MAX_LESSON_SEED}.`);
  let bits = RULES_VERSION % 16;
  bits = bits * 4 + DIFFICULTIES.indexOf(lesson.difficulty);
  bits = bits * 2 + (lesson.length === 'class' ? 1 : 0);
  bits = bits * 2 + (lesson.predictionsRequired ? 1 : 0);
  bits = bits * 2 + (lesson.adviceAllowed ? 1 : 0);
  bits = bits * 0x10000 + lesson.seed;
  const payload: number[] = [];
  for (let i = 0; i < PAYLOAD_CHARS; i++) {
    payload.unshift(bits % BASE);
    bits = Math.trunc(bits / BASE);
  }
  const check = checkValue([SCENARIO_IDS.indexOf(lesson.scenario), ...payload]);
  const body = [...payload, check].map((value) => CODE_ALPHABET[value]).join('');
  return `${SCENARIO_PREFIX[lesson.scenario]}-${body.slice(0, 3)}-${body.slice(3)}`;
}

/** What a person typed, as the code's characters: capitals, no spaces or dashes, O→0, I/L→1. */
export function normaliseCode(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[\s\-_.–—]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

const PREFIXES = SCENARIO_IDS.map((id) => SCENARIO_PREFIX[id]);

/** Reads a typed class code; every refusal is a sentence that names the problem. */
export function decodeLesson(typed: string): Result<Lesson, string> {
  const code = normaliseCode(typed);
  if (code.length === 0)
    return {
      ok: false,
      error: `Type the class code your teacher gave you (like ${EXAMPLE_CODE}).`,
    };
  const stray = [...code].find((char) => !/[0-9A-Z]/.test(char));
  if (stray !== undefined)
    return {
      ok: false,
      error: `A class code has only letters and digits; “${stray}” is not one of them.`,
    };
  if (code.length !== CODE_CHARS)
    return {
      ok: false,
      error: `A class code has ${CODE_CHARS} letters and digits (like ${EXAMPLE_CODE}); this one has ${code.length}. Check that none is missing or doubled.`,
    };
  const prefix = code.slice(0, 3);
  const scenarioIndex = PREFIXES.indexOf(prefix);
  if (scenarioIndex < 0)
    return {
      ok: false,
      error: `A class code starts with ${PREFIXES.slice(0, -1).join(', ')} or ${PREFIXES.at(-1)}; this one starts with “${prefix}”. Check its first three letters.`,
    };
  const values = [...code.slice(3)].map((char) => CODE_ALPHABET.indexOf(char));
  const unused = values.indexOf(-1);
  if (unused >= 0)
    return {
      ok: false,
      error: `“${code[3 + unused]}” (character ${4 + unused}) is never used in class codes. Check the code again.`,
    };
  const payload = values.slice(0, PAYLOAD_CHARS);
  if (checkValue([scenarioIndex, ...payload]) !== values[PAYLOAD_CHARS])
    return {
      ok: false,
      error:
        'This class code has a typing mistake: its check character does not match. Compare it with the code your teacher gave you, character by character.',
    };
  let bits = 0;
  for (const value of payload) bits = bits * BASE + value;
  const seed = bits % 0x10000;
  bits = Math.trunc(bits / 0x10000);
  const adviceAllowed = bits % 2 === 1;
  bits = Math.trunc(bits / 2);
  const predictionsRequired = bits % 2 === 1;
  bits = Math.trunc(bits / 2);
  const length = bits % 2 === 1 ? 'class' : 'full';
  bits = Math.trunc(bits / 2);
  const difficulty = DIFFICULTIES[bits % 4];
  const rules = Math.trunc(bits / 4);
  const ours = RULES_VERSION % 16;
  if (rules !== ours) {
    // Only the version modulo 16 is known: the nearer way round says newer or older.
    const ahead = (rules - ours + 16) % 16;
    return {
      ok: false,
      error:
        ahead < 8
          ? 'This class code was made by a newer version of Frontier Crisis. Reload the page to update the game (it updates itself when online), then type the code again.'
          : 'This class code was made by an older version of Frontier Crisis, whose rules would deal a different crisis. Ask your teacher for a new code.',
    };
  }
  if (difficulty === undefined)
    return {
      ok: false,
      error: 'This class code names no difficulty: it was not made by Frontier Crisis.',
    };
  return {
    ok: true,
    value: {
      scenario: SCENARIO_IDS[scenarioIndex]!,
      seed,
      difficulty,
      length,
      predictionsRequired,
      adviceAllowed,
    },
  };
}

/** The page address fragment of a lesson link: `#lesson=KAR-7Q3-F9X`. */
export const LESSON_HASH_PREFIX = '#lesson=';

/** The lesson link for a code, on the page at `pageAddress` (its own fragment dropped). */
export function lessonLink(pageAddress: string, code: string): string {
  return `${pageAddress.replace(/#.*$/, '')}${LESSON_HASH_PREFIX}${code}`;
}

/** The code a page address fragment carries, or null when it is not a lesson link. */
export function lessonCodeFromHash(hash: string): string | null {
  if (!hash.startsWith(LESSON_HASH_PREFIX)) return null;
  try {
    return decodeURIComponent(hash.slice(LESSON_HASH_PREFIX.length)).slice(0, 40);
  } catch {
    return hash.slice(LESSON_HASH_PREFIX.length, LESSON_HASH_PREFIX.length + 40);
  }
}

/** A fresh seed for a lesson: drawn by the caller (the page's own randomness), made to fit. */
export function lessonSeed(random32: number): number {
  return random32 & MAX_LESSON_SEED;
}
