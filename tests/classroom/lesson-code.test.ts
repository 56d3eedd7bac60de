// Class codes: every lesson round-trips through its code; every single mistyped character is
// caught, and nearly every swap of two neighbouring characters; each refusal names its problem,
// and a code made under other rules says whether it is newer or older.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DIFFICULTIES, RULES_VERSION, SCENARIO_IDS, newGame } from '../../src/engine';
import {
  CODE_ALPHABET,
  MAX_LESSON_SEED,
  decodeLesson,
  encodeLesson,
  lessonGameOptions,
  normaliseCode,
  type Lesson,
} from '../../src/classroom/lesson-code';

const lessonArbitrary = fc.record({
  scenario: fc.constantFrom(...SCENARIO_IDS),
  seed: fc.integer({ min: 0, max: MAX_LESSON_SEED }),
  difficulty: fc.constantFrom(...DIFFICULTIES),
  length: fc.constantFrom('full' as const, 'class' as const),
  predictionsRequired: fc.boolean(),
  adviceAllowed: fc.boolean(),
});

const SAMPLE: Lesson = {
  scenario: 'karachi',
  seed: 4242,
  difficulty: 'normal',
  length: 'class',
  predictionsRequired: true,
  adviceAllowed: false,
};

describe('class codes', () => {
  it('look like KAR-7Q3-F9X: a scenario prefix and six characters of the alphabet', () => {
    const code = encodeLesson(SAMPLE);
    expect(code).toMatch(/^KAR-[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{3}$/);
    expect(CODE_ALPHABET).not.toMatch(/[ILOU]/);
    expect(new Set(CODE_ALPHABET).size).toBe(32);
  });

  it('round-trip every lesson', () => {
    fc.assert(
      fc.property(lessonArbitrary, (lesson) => {
        expect(decodeLesson(encodeLesson(lesson))).toEqual({ ok: true, value: lesson });
      }),
      { numRuns: 2000 },
    );
  });

  it('read the same typed in lower case, with spaces, without dashes, with O for 0 and I or L for 1', () => {
    const code = encodeLesson({ ...SAMPLE, seed: 0 });
    const variants = [
      code.toLowerCase(),
      ` ${code.replace(/-/g, ' ')} `,
      code.replace(/-/g, ''),
      code.replace(/0/g, 'O'),
      code.replace(/1/g, 'l'),
      code.replace(/1/g, 'I'),
    ];
    for (const typed of variants) expect(decodeLesson(typed)).toEqual(decodeLesson(code));
    expect(normaliseCode('kar-7q3 f9x')).toBe('KAR7Q3F9X');
  });

  it('catch every single mistyped character, at every place of many codes', () => {
    fc.assert(
      fc.property(lessonArbitrary, (lesson) => {
        const code = normaliseCode(encodeLesson(lesson));
        for (let place = 0; place < code.length; place++) {
          const others = place < 3 ? 'ABCDEFGHJKMNPQRSTVWXYZ' : CODE_ALPHABET;
          for (const char of others) {
            if (char === code[place]) continue;
            const typo = code.slice(0, place) + char + code.slice(place + 1);
            const read = decodeLesson(typo);
            expect(read.ok, `${typo} (from ${code})`).toBe(false);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('catch a swap of two neighbouring characters, or at least never read it as another lesson', () => {
    let caught = 0;
    let swaps = 0;
    fc.assert(
      fc.property(lessonArbitrary, (lesson) => {
        const code = normaliseCode(encodeLesson(lesson));
        for (let place = 3; place < code.length - 1; place++) {
          if (code[place] === code[place + 1]) continue;
          const swapped =
            code.slice(0, place) + code[place + 1] + code[place] + code.slice(place + 2);
          swaps += 1;
          const read = decodeLesson(swapped);
          if (!read.ok) caught += 1;
        }
      }),
      { numRuns: 300 },
    );
    // Luhn mod 32 misses only the swaps of one pair of values (0 and 31, "0" and "Z").
    expect(caught / swaps).toBeGreaterThan(0.99);
  });

  it('name the problem of each kind of bad code', () => {
    const code = encodeLesson(SAMPLE);
    const body = code.slice(4).replace('-', '');
    const cases: [string, RegExp][] = [
      ['', /Type the class code your teacher gave you/],
      ['   ', /Type the class code/],
      ['KAR-7Q3!F9X', /only letters and digits; “!” is not one of them/],
      [code.slice(0, -1), /has 9 letters and digits .* this one has 8/],
      [`${code}7`, /this one has 10/],
      [`XYZ-${body}`, /starts with KAR, SVN, DHA or SBX; this one starts with “XYZ”/],
      [
        `KAR-${body.slice(0, 2)}U${body.slice(3)}`,
        /“U” \(character 6\) is never used in class codes/,
      ],
    ];
    for (const [typed, message] of cases) {
      const read = decodeLesson(typed);
      expect(read.ok, typed).toBe(false);
      if (!read.ok) expect(read.error, typed).toMatch(message);
    }
    const last = body.at(-1)!;
    const wrongCheck = `KAR-${body.slice(0, 5)}${last === '0' ? '1' : '0'}`;
    const read = decodeLesson(wrongCheck);
    expect(read).toEqual({
      ok: false,
      error: expect.stringMatching(/typing mistake: its check character does not match/),
    });
  });

  it('made under other rules say whether they are newer or older', () => {
    // A code re-made with the rules version field moved on or back by one.
    const shifted = (step: number): string => {
      const code = normaliseCode(encodeLesson(SAMPLE));
      const values = [...code.slice(3, 8)].map((c) => CODE_ALPHABET.indexOf(c));
      let bits = 0;
      for (const value of values) bits = bits * 32 + value;
      const rules = Math.trunc(bits / 2 ** 21);
      bits = ((rules + step + 16) % 16) * 2 ** 21 + (bits % 2 ** 21);
      const payload: number[] = [];
      for (let i = 0; i < 5; i++) {
        payload.unshift(bits % 32);
        bits = Math.trunc(bits / 32);
      }
      // The check is recomputed by encoding a lesson whose code has the same check input:
      // brute-force the one check character that decodes past the checksum.
      for (const check of CODE_ALPHABET) {
        const candidate = `KAR${payload.map((v) => CODE_ALPHABET[v]).join('')}${check}`;
        const read = decodeLesson(candidate);
        if (read.ok || !/check character/.test(read.error)) return candidate;
      }
      throw new Error('no check character fits');
    };
    expect(RULES_VERSION % 16).not.toBe(15);
    const newer = decodeLesson(shifted(1));
    expect(newer.ok).toBe(false);
    if (!newer.ok) expect(newer.error).toMatch(/made by a newer version .* Reload the page/);
    const older = decodeLesson(shifted(-1));
    expect(older.ok).toBe(false);
    if (!older.ok)
      expect(older.error).toMatch(/made by an older version .* Ask your teacher for a new code/);
  });

  it('set up a game the engine accepts, of the class length when the lesson is short', () => {
    const short = newGame(lessonGameOptions(SAMPLE));
    const full = newGame(lessonGameOptions({ ...SAMPLE, length: 'full' }));
    if (!short.ok || !full.ok) throw new Error('refused');
    expect(short.value.maxWeeks).toBe(8);
    expect(full.value.maxWeeks).toBe(12);
    expect(short.value.seed).toBe(4242);
  });
});
