// The save file: makeSave/serialiseSave/parseSave round-trip, notes included; every kind of bad file
// (and bad note) is refused with a specific sentence; verifySave finds tampering at the right week;
// hostile names and notes stay plain text; and a seeded fuzz of a save with notes shows that no
// mutation makes the reader throw.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DISTRICT_IDS,
  PROVINCE_IDS,
  RESPONSES,
  RULES_VERSION,
  type Decision,
  type GameOptions,
} from '../../src/engine';
import { Dice } from '../../src/engine/random';
import { balancedStrategy, playGame } from '../../src/engine/strategies';
import { MAX_NOTE_CHARS, MAX_NOTES, type Note } from '../../src/model/notes';
import {
  MAX_SAVE_BYTES,
  SAVE_FORMAT,
  SAVE_VERSION,
  makeSave,
  parseSave,
  serialiseSave,
  verifySave,
  withNotes,
  type SaveFile,
} from '../../src/persistence/save-format';

const GAME: GameOptions = { scenario: 'karachi', seed: 7, difficulty: 'normal' };
let weeks: Decision[][] = [];
let save: SaveFile;
let text: string;
/** Given out of week order on purpose: a save writes them in week order. */
const NOTES: Note[] = [
  { week: 3, text: 'The truce talks stall here.' },
  { week: 0, text: 'Plan: keep the crossings open.' },
  { week: 3, text: 'Second thought on week 3,\nover two lines.' },
];

beforeAll(() => {
  weeks = playGame(GAME, balancedStrategy).weeks;
  const made = makeSave(
    GAME,
    weeks,
    { name: 'Karachi, seed 7', createdAt: '2026-01-02T03:04:05Z' },
    NOTES,
  );
  if (!made.ok) throw new Error(made.error);
  save = made.value;
  text = serialiseSave(save);
});

/** The save as a plain object, to break on purpose. */
function raw(): Record<string, unknown> & {
  weeks: { decisions: unknown[]; fingerprint: string }[];
  notes: unknown[];
} {
  return JSON.parse(text) as ReturnType<typeof raw>;
}

function refusal(input: string): string {
  const result = parseSave(input);
  if (result.ok) throw new Error('expected the save to be refused');
  expect(result.error).not.toContain('\n');
  return result.error;
}

describe('round trip', () => {
  it('makeSave → serialiseSave → parseSave gives the same save, and the same text again', () => {
    expect(weeks.length).toBeGreaterThan(3);
    const parsed = parseSave(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value).toEqual(save);
    expect(serialiseSave(parsed.value)).toBe(text);
    expect(parsed.value.format).toBe(SAVE_FORMAT);
    expect(parsed.value.version).toBe(SAVE_VERSION);
    expect(parsed.value.notes).toEqual([NOTES[1], NOTES[0], NOTES[2]]);
    expect(parsed.value.weeks.map((w) => w.decisions)).toEqual(weeks);
    const check = verifySave(parsed.value);
    expect(check.divergedAt).toBeNull();
    expect(check.problem).toBeNull();
    expect(check.weeks.map((w) => w.matches)).toEqual(weeks.map(() => true));
  });

  it('makeSave refuses an illegal week and names it', () => {
    const bad = weeks.map((w, i) => (i === 2 ? [{ response: 'no-such-response' }] : w));
    const made = makeSave(GAME, bad, { name: 'bad' });
    expect(made.ok).toBe(false);
    if (!made.ok) expect(made.error).toMatch(/^Week 3: .*no-such-response/);
  });

  it('hostile text in the name round-trips unchanged, as plain text', () => {
    for (const name of [
      '<img src=x onerror=alert(1)>',
      '"quotes", \\backslashes\\ and\nnew lines',
      '</script><script>alert(1)</script>',
      '\u2028\u2029 emoji 💥 and RTL \u202e',
    ]) {
      const made = makeSave(GAME, weeks, { name });
      if (!made.ok) throw new Error(made.error);
      const parsed = parseSave(serialiseSave(made.value));
      if (!parsed.ok) throw new Error(parsed.error);
      expect(parsed.value.meta.name).toBe(name);
      expect(verifySave(parsed.value).divergedAt).toBeNull();
    }
  });
});

describe('parseSave refuses bad files with a specific message', () => {
  it('not JSON', () => {
    expect(refusal('hello, this is not a save')).toMatch(/not valid JSON/);
    expect(refusal('')).toMatch(/not valid JSON/);
  });

  it('truncated JSON', () => {
    expect(refusal(text.slice(0, Math.floor(text.length / 2)))).toMatch(
      /not valid JSON.*truncated/,
    );
  });

  it('a JSON array, a number, null', () => {
    for (const input of ['[1, 2, 3]', JSON.stringify([raw()]), '42', 'null', '"save"'])
      expect(refusal(input)).toMatch(/not a Frontier Crisis save/);
  });

  it('the wrong format field', () => {
    expect(refusal(JSON.stringify({ ...raw(), format: 'some-other-game' }))).toMatch(
      /not a Frontier Crisis save/,
    );
  });

  it('a newer format version', () => {
    const newer = SAVE_VERSION + 1;
    expect(refusal(JSON.stringify({ ...raw(), version: newer }))).toMatch(
      new RegExp(`newer version.*format ${newer}; this game reads up to ${SAVE_VERSION}`),
    );
  });

  it('version 0, and no version at all', () => {
    expect(refusal(JSON.stringify({ ...raw(), version: 0 }))).toMatch(/no valid format version/);
    expect(refusal(JSON.stringify({ ...raw(), version: undefined }))).toMatch(
      /no valid format version/,
    );
  });

  it('in its own words, quoting unknown fields escaped and cut, never the schema library', () => {
    const hostile = `\u001b[2K\u202e${'k'.repeat(900_000)}`;
    const file = { ...raw(), [hostile]: 1 };
    const error = refusal(JSON.stringify(file));
    expect(error).toBe(
      `This save is damaged: there is no field called "\\u{1b}[2K\\u{202e}${'k'.repeat(35)}…" (900005 characters) in a save.`,
    );
    const game = { ...raw(), game: { scenario: 'karachi', seed: 1, difficulty: 'normal', x: 1 } };
    expect(refusal(JSON.stringify(game))).toBe(
      'This save is damaged: game: there is no field called "x" in a save.',
    );
    const weeks = raw();
    (weeks.weeks as unknown[])[0] = 'week one';
    expect(refusal(JSON.stringify(weeks))).toBe(
      'This save is damaged: weeks.0: should be a group of fields, not text.',
    );
    const names = { ...raw(), meta: { name: 'n'.repeat(121) } };
    expect(refusal(JSON.stringify(names))).toBe(
      'This save is damaged: meta.name: a name can be at most 120 characters long.',
    );
    for (const text of [error, refusal(JSON.stringify(game)), refusal(JSON.stringify(weeks))])
      expect(text).not.toMatch(/Invalid|Expected|never|received/);
  });

  it('names a slot, a link or the autosave instead of a file', () => {
    expect(parseSave('nope', 'slot')).toEqual({
      ok: false,
      error: 'This slot is not a save: it is not valid JSON (it may be truncated or corrupted).',
    });
    expect(parseSave('{}', 'link')).toEqual({
      ok: false,
      error: 'This link is not a Frontier Crisis save.',
    });
    const noWeeks = JSON.stringify({ ...raw(), weeks: undefined });
    expect(parseSave(noWeeks, 'autosave')).toEqual({
      ok: false,
      error: 'The autosave is damaged: weeks: this field is missing.',
    });
  });

  it('missing weeks', () => {
    expect(refusal(JSON.stringify({ ...raw(), weeks: undefined }))).toMatch(/damaged: weeks/);
  });

  it('a fingerprint that is not sixteen hex digits', () => {
    for (const fingerprint of ['xyz', '0123456789ABCDEF', '0123456789abcde', '0123456789abcdef0']) {
      const file = raw();
      file.weeks[1]!.fingerprint = fingerprint;
      expect(refusal(JSON.stringify(file))).toMatch(/weeks\.1\.fingerprint.*sixteen hex digits/);
    }
    const file = raw();
    (file.weeks[1] as { fingerprint: unknown }).fingerprint = 12345;
    expect(refusal(JSON.stringify(file))).toMatch(
      /weeks\.1\.fingerprint: should be text, not the number 12345\.$/,
    );
  });

  it('an unknown scenario', () => {
    const file = raw();
    file.game = { ...(file.game as object), scenario: 'atlantis' };
    expect(refusal(JSON.stringify(file))).toMatch(/Unknown scenario "atlantis"/);
  });

  it('a negative or a fractional seed', () => {
    const file = raw();
    file.game = { ...(file.game as object), seed: -1 };
    expect(refusal(JSON.stringify(file))).toMatch(/game\.seed: cannot be below 0\.$/);
    file.game = { ...(file.game as object), seed: 1.5 };
    expect(refusal(JSON.stringify(file))).toMatch(/game\.seed: should be a whole number\.$/);
  });

  it('a file over MAX_SAVE_BYTES', () => {
    const huge = `${text.slice(0, -2)}${' '.repeat(MAX_SAVE_BYTES)}}\n`;
    expect(refusal(huge)).toMatch(/too large/);
  });

  it('a file under the limit in characters but over it in bytes', () => {
    const file = raw();
    file.meta = { name: 'x' };
    const padding = '€'.repeat(Math.floor(MAX_SAVE_BYTES / 2)); // 3 bytes each in UTF-8
    const wide = JSON.stringify(file).replace('"name":"x"', `"name":"x","pad":"${padding}"`);
    expect(wide.length).toBeLessThan(MAX_SAVE_BYTES);
    expect(refusal(wide)).toMatch(/too large/);
  });

  it('a file over a third of MAX_SAVE_BYTES in characters but under it in bytes is read', () => {
    const file = raw();
    const long = JSON.stringify({
      ...file,
      meta: { ...(file.meta as object), pad: 'x'.repeat(MAX_SAVE_BYTES / 2) },
    });
    expect(long.length * 3).toBeGreaterThan(MAX_SAVE_BYTES);
    expect(refusal(long)).toMatch(/no field called "pad"/);
  });

  it('a different rules version', () => {
    const other = RULES_VERSION + 1;
    expect(refusal(JSON.stringify({ ...raw(), rulesVersion: other }))).toMatch(
      new RegExp(`rules version ${other}.*rules version ${RULES_VERSION}`),
    );
  });
});

describe('notes', () => {
  it('are not part of any fingerprint: other notes, the same weeks', () => {
    const bare = makeSave(GAME, weeks, { name: 'Karachi, seed 7' });
    if (!bare.ok) throw new Error(bare.error);
    expect(bare.value.notes).toEqual([]);
    expect(bare.value.weeks).toEqual(save.weeks);
    const changed = withNotes(save, [{ week: weeks.length, text: 'The last week.' }]);
    if (!changed.ok) throw new Error(changed.error);
    expect(changed.value.weeks).toEqual(save.weeks);
    expect(changed.value.notes).toEqual([{ week: weeks.length, text: 'The last week.' }]);
    expect(verifySave(changed.value).divergedAt).toBeNull();
  });

  it('hostile text in a note round-trips unchanged', () => {
    const hostile = [
      '<img src=x onerror=alert(1)>',
      '</script><script>alert(1)</script>',
      '\u001b[31mred in a terminal\u001b[0m and \u202e RTL, emoji 💥',
    ];
    const made = makeSave(
      GAME,
      weeks,
      { name: 'x' },
      hostile.map((text, week) => ({ week, text })),
    );
    if (!made.ok) throw new Error(made.error);
    const parsed = parseSave(serialiseSave(made.value));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.notes.map((n) => n.text)).toEqual(hostile);
  });

  it(`at most ${MAX_NOTES} notes of at most ${MAX_NOTE_CHARS} characters, on weeks the game has`, () => {
    const longest = 'x'.repeat(MAX_NOTE_CHARS);
    const most = Array.from({ length: MAX_NOTES }, (_, i) => ({ week: i % 4, text: longest }));
    const made = makeSave(GAME, weeks, { name: 'x' }, most);
    if (!made.ok) throw new Error(made.error);
    expect(parseSave(serialiseSave(made.value)).ok).toBe(true);

    const tooMany = makeSave(GAME, weeks, { name: 'x' }, [...most, { week: 1, text: 'one more' }]);
    expect(tooMany).toEqual({
      ok: false,
      error: `Notes: a save can hold at most ${MAX_NOTES} notes.`,
    });
    const tooLong = makeSave(GAME, weeks, { name: 'x' }, [{ week: 1, text: `${longest}y` }]);
    expect(!tooLong.ok && tooLong.error).toMatch(
      new RegExp(`^Notes: 0\\.text: a note can be at most 1,000 characters long`),
    );
    const late = makeSave(GAME, weeks.slice(0, 2), { name: 'x' }, [{ week: 3, text: 'late' }]);
    expect(late).toEqual({
      ok: false,
      error: 'Notes: notes.0.week: this note is pinned to week 3, but the game has only 2 weeks.',
    });
  });

  function refusedNotes(notes: unknown): string {
    return refusal(JSON.stringify({ ...raw(), notes }));
  }

  it('a file with bad notes is refused, naming the note', () => {
    expect(refusedNotes(undefined)).toMatch(/damaged: notes: this field is missing\.$/);
    expect(refusedNotes('a note')).toMatch(/damaged: notes: should be a list, not text\.$/);
    expect(refusedNotes([{ week: 1, text: '   ' }])).toMatch(
      /damaged: notes\.0\.text: a note cannot be empty\.$/,
    );
    expect(
      refusedNotes([
        { week: 1, text: 'ok' },
        { week: 1.5, text: 'x' },
      ]),
    ).toMatch(/damaged: notes\.1\.week: a note's week is a whole number\.$/);
    expect(refusedNotes([{ week: -1, text: 'x' }])).toMatch(
      /notes\.0\.week: a note's week cannot be below 0 \(the opening\)/,
    );
    expect(refusedNotes([{ week: weeks.length + 1, text: 'x' }])).toMatch(
      new RegExp(
        `notes\\.0\\.week: this note is pinned to week ${weeks.length + 1}, but the game has only ${weeks.length} weeks`,
      ),
    );
    expect(refusedNotes([{ week: 1, text: 'x', author: 'me' }])).toMatch(
      /notes\.0: there is no field called "author" in a save\.$/,
    );
    expect(refusedNotes([{ week: 1 }])).toMatch(/notes\.0\.text: this field is missing\.$/);
    expect(refusedNotes([{ week: 1, text: 'x'.repeat(MAX_NOTE_CHARS + 1) }])).toMatch(
      /notes\.0\.text: a note can be at most/,
    );
    expect(
      refusedNotes(Array.from({ length: MAX_NOTES + 1 }, () => ({ week: 0, text: 'x' }))),
    ).toMatch(new RegExp(`damaged: notes: a save can hold at most ${MAX_NOTES} notes`));
  });

  it('counts a note of zero-width spaces as empty, and the limit in characters', () => {
    expect(refusedNotes([{ week: 1, text: '\u200b\u200b' }])).toMatch(
      /notes\.0\.text: a note cannot be empty\.$/,
    );
    const emoji = '😀'.repeat(MAX_NOTE_CHARS);
    const kept = parseSave(JSON.stringify({ ...raw(), notes: [{ week: 1, text: emoji }] }));
    expect(kept.ok && kept.value.notes).toEqual([{ week: 1, text: emoji }]);
    expect(refusedNotes([{ week: 1, text: `${emoji}😀` }])).toMatch(
      /notes\.0\.text: a note can be at most 1,000 characters long\.$/,
    );
  });

  it('a file may list its notes out of week order; they are kept as written', () => {
    const file = raw();
    file.notes = [...file.notes].reverse();
    const parsed = parseSave(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.notes).toEqual(file.notes);
  });
});

describe('verifySave finds tampering at the right week', () => {
  function parsedFrom(file: object): SaveFile {
    const parsed = parseSave(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.value;
  }

  it('an altered week-3 fingerprint', () => {
    const file = raw();
    const week = file.weeks[2]!;
    week.fingerprint = week.fingerprint.startsWith('0')
      ? `1${week.fingerprint.slice(1)}`
      : `0${week.fingerprint.slice(1)}`;
    const check = verifySave(parsedFrom(file));
    expect(check.divergedAt).toBe(3);
    expect(check.problem).toBeNull();
    expect(check.weeks.map((w) => w.matches)).toEqual(weeks.map((_, i) => i !== 2));
  });

  it('changed decisions in week 2', () => {
    const file = raw();
    expect(file.weeks[1]!.decisions.length).toBeGreaterThan(0);
    file.weeks[1]!.decisions = [];
    const check = verifySave(parsedFrom(file));
    expect(check.divergedAt).toBe(2);
    expect(check.weeks[0]!.matches).toBe(true);
  });

  it('an illegal decision in week 4 is reported at week 4, with the reason', () => {
    const file = raw();
    file.weeks[3]!.decisions = [{ response: 'no-such-response' }];
    const check = verifySave(parsedFrom(file));
    expect(check.divergedAt).toBe(4);
    expect(check.problem).toMatch(/week 4: .*no-such-response/);
    expect(check.weeks.slice(0, 3).every((w) => w.matches)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Fuzz: a fixed seed, so a failure is reproducible; the mutation number is in the message.

const ALPHABET = '{}[]",:0123456789abcdef-.eE ntrufalsx\\\u00e9';
const RESPONSE_IDS = RESPONSES.map((r) => r.id);
const PLACES: readonly string[] = [...DISTRICT_IDS, ...PROVINCE_IDS];
const ODD_VALUES: readonly unknown[] = [
  null,
  [],
  {},
  '',
  'x',
  0,
  -1,
  1.5,
  Number.MAX_VALUE,
  true,
  2 ** 53,
  // Hostile text: a terminal escape, direction and zero-width characters, a huge value.
  '\u001b[2K\u001b[1AAll 12 weeks match.',
  '\u202e\u2066\u200b',
  '\u200b\u200b',
  'v'.repeat(20_000),
];

function pick<T>(dice: Dice, items: readonly T[]): T {
  return items[dice.below(items.length)]!;
}

/** Walks to a random object or array inside `value` (possibly `value` itself). */
function randomContainer(dice: Dice, value: unknown): Record<string, unknown> | unknown[] | null {
  let here: unknown = value;
  let found: Record<string, unknown> | unknown[] | null = null;
  while (typeof here === 'object' && here !== null) {
    found = here as Record<string, unknown> | unknown[];
    const keys = Object.keys(here);
    if (keys.length === 0 || dice.below(3) === 0) break;
    here = (here as Record<string, unknown>)[pick(dice, keys)];
  }
  return found;
}

function mutateStructure(dice: Dice, input: string): string {
  let value: unknown;
  try {
    value = JSON.parse(input);
  } catch {
    return input;
  }
  const file = value as ReturnType<typeof raw>;
  const kind = dice.below(6);
  if (kind <= 1 || !Array.isArray(file?.weeks) || file.weeks.length < 2) {
    const container = randomContainer(dice, value);
    const keys = container ? Object.keys(container) : [];
    if (container && keys.length > 0) {
      const key = pick(dice, keys);
      if (kind === 0) {
        if (Array.isArray(container)) container.splice(Number(key), 1);
        else delete container[key];
      } else if (dice.below(4) === 0 && !Array.isArray(container)) {
        // An unknown field whose name is hostile text.
        container[String(pick(dice, ODD_VALUES.slice(-4)))] = 1;
      } else {
        (container as Record<string, unknown>)[key] = pick(dice, ODD_VALUES);
      }
    }
  } else if (kind === 2) {
    const [a, b] = [dice.below(file.weeks.length), dice.below(file.weeks.length)];
    [file.weeks[a], file.weeks[b]] = [file.weeks[b]!, file.weeks[a]!];
  } else if (kind === 3) {
    file.weeks.push(structuredClone(pick(dice, file.weeks)));
  } else {
    const week = pick(dice, file.weeks);
    if (!Array.isArray(week?.decisions)) return JSON.stringify(value);
    const decision = week.decisions[dice.below(week.decisions.length + 1)];
    if (decision && typeof decision === 'object' && kind === 4) {
      // Now and then an id with a terminal escape in it, which the engine quotes when it refuses.
      (decision as Decision).response =
        dice.below(6) === 0 ? '\u001b[2K\u202estrike' : pick(dice, RESPONSE_IDS);
    } else if (decision && typeof decision === 'object') {
      (decision as Decision).target = pick(dice, PLACES);
    } else {
      week.decisions.push({ response: pick(dice, RESPONSE_IDS), target: pick(dice, PLACES) });
    }
  }
  return dice.below(2) === 0 ? JSON.stringify(value) : JSON.stringify(value, null, 2);
}

function mutate(dice: Dice, input: string): string {
  const at = dice.below(input.length + 1);
  switch (dice.below(7)) {
    case 0: // flip a character
      return input.slice(0, at) + pick(dice, [...ALPHABET]) + input.slice(at + 1);
    case 1: // delete a few characters
      return input.slice(0, at) + input.slice(at + 1 + dice.below(8));
    case 2: // insert a few characters
      return (
        input.slice(0, at) +
        Array.from({ length: 1 + dice.below(4) }, () => pick(dice, [...ALPHABET])).join('') +
        input.slice(at)
      );
    case 3: {
      // change a number
      const numbers = [...input.matchAll(/-?\d+(\.\d+)?([eE][+-]?\d+)?/g)];
      if (numbers.length === 0) return input;
      const found = pick(dice, numbers);
      const replacement = pick(dice, [
        '-1',
        '0',
        '1',
        '2',
        '1.5',
        '4294967296',
        '1e309',
        '"7"',
        String(dice.below(1e6)),
      ]);
      return input.slice(0, found.index) + replacement + input.slice(found.index + found[0].length);
    }
    case 4: {
      // change one hex digit of a fingerprint
      const prints = [...input.matchAll(/"[0-9a-f]{16}"/g)];
      if (prints.length === 0) return input;
      const found = pick(dice, prints);
      const spot = found.index + 1 + dice.below(16);
      return input.slice(0, spot) + pick(dice, [...'0123456789abcdef']) + input.slice(spot + 1);
    }
    case 5: // truncate
      return input.slice(0, at);
    default:
      return mutateStructure(dice, input);
  }
}

describe('fuzz', () => {
  it('2000 mutated saves: each is refused with a message, accepted whole, or shown to diverge', () => {
    const dice = new Dice(0x5eed);
    const outcomes = { refused: 0, accepted: 0, diverged: 0 };
    for (let n = 0; n < 2000; n++) {
      let mutated = text;
      for (let k = 1 + dice.below(3); k > 0; k--) mutated = mutate(dice, mutated);
      const context = `mutation ${n}: ${mutated.slice(0, 80)}…`;
      const parsed = parseSave(mutated);
      if (!parsed.ok) {
        expect(typeof parsed.error, context).toBe('string');
        expect(parsed.error.length, context).toBeGreaterThan(10);
        expect(parsed.error, context).not.toContain('\n');
        // No control, direction or zero-width character, no schema library wording, and short.
        expect(parsed.error, context).not.toMatch(/[\p{Cc}\p{Cf}]/u);
        expect(parsed.error, context).not.toMatch(/Invalid \w+:|Expected|received/);
        expect(parsed.error.length, context).toBeLessThan(400);
        outcomes.refused++;
        continue;
      }
      const check = verifySave(parsed.value);
      expect(check.weeks, context).toHaveLength(parsed.value.weeks.length);
      if (check.divergedAt === null && check.problem === null) {
        expect(
          check.weeks.every((w) => w.matches && w.replayed === w.recorded),
          context,
        ).toBe(true);
        outcomes.accepted++;
      } else {
        expect(check.divergedAt, context).not.toBeNull();
        if (check.problem !== null) {
          expect(check.problem, context).toMatch(/^week \d+: ./);
          expect(check.problem, context).not.toMatch(/[\p{Cc}\p{Cf}]/u);
          expect(check.problem.length, context).toBeLessThan(400);
        }
        outcomes.diverged++;
      }
    }
    // The fuzz must reach all three outcomes, or it is not testing much.
    expect(outcomes.refused).toBeGreaterThan(200);
    expect(outcomes.diverged).toBeGreaterThan(50);
    expect(outcomes.accepted).toBeGreaterThan(10);
  }, 60_000);
});
