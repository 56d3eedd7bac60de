// The fingerprint's word stream is part of the save format (rules version 3): the fast hasher must
// give exactly the values of the plain definition below (list the words, then hash them), for game
// states and for any JSON-like value, whatever order its keys were written in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/engine';
import { fingerprint as hashValue, keysHash, WORD_TAGS } from '../../src/engine/fingerprint';
import { STRATEGIES, playGame } from '../../src/engine/strategies';

function textWords(text: string): number[] {
  const words = [WORD_TAGS.STRING, text.length];
  for (let i = 0; i < text.length; i += 2)
    words.push(text.charCodeAt(i) * 0x10000 + (i + 1 < text.length ? text.charCodeAt(i + 1) : 0));
  return words;
}

/** The stream as defined: one word per small whole number, tags and lengths, keys sorted. */
function wordsOf(value: unknown): number[] {
  if (value === null || value === undefined) return [WORD_TAGS.NULL];
  if (typeof value === 'number')
    return Number.isInteger(value) && Math.abs(value + 0.5) < 2 ** 30
      ? [value + 2 ** 30]
      : [WORD_TAGS.FLOAT, ...textWords(String(value))];
  if (typeof value === 'string') return textWords(value);
  if (typeof value === 'boolean') return [value ? WORD_TAGS.TRUE : WORD_TAGS.FALSE];
  if (Array.isArray(value)) return [WORD_TAGS.ARRAY, value.length, ...value.flatMap(wordsOf)];
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    return [WORD_TAGS.OBJECT, keysHash(keys), ...keys.flatMap((key) => wordsOf(record[key]))];
  }
  return [];
}

const finish = (h: number) => {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0).toString(16).padStart(8, '0');
};

function referenceFingerprint(value: unknown): string {
  const words = wordsOf(value);
  let a = 0x811c9dc5;
  let b = 0x27d4eb2f;
  for (const w of words) {
    a = Math.imul(a ^ w, 0x01000193);
    a ^= a >>> 13;
    b = Math.imul(b ^ w, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return finish(a) + finish(b);
}

describe('fingerprint', () => {
  it('pins the values of a few small inputs', () => {
    expect(hashValue({ b: 1, a: [null, true, 'x', -3, 2.5] })).toBe('94cba82e6536bdde');
    expect(hashValue({})).toBe('1b3efab05b4c6556');
    expect(hashValue([])).toBe('ff2756d792219939');
    expect(hashValue(-0)).toBe('e1108958a2440e4d');
    expect(hashValue(1e21)).toBe('157e4ad0d3dbdd9d');
  });

  it('gives the reference value for every state of real games', () => {
    for (const [scenario, name] of [
      ['doha-truce', 'balanced'],
      ['karachi', 'random'],
    ] as const) {
      const played = playGame({ scenario, seed: 11, difficulty: 'hard' }, STRATEGIES[name]);
      expect(fingerprint(played.state)).toBe(referenceFingerprint(played.state));
    }
  });

  it('gives the reference value for numbers of every kind', () => {
    const numbers = [0, -0, 7, 10, 99, 100, 101, -100, 123456789, 999_999_999_999_999, 1e15];
    const odd = [-1e15, 2 ** 53, 1e21, -1e22, 0.5, -2.75, 1 / 3, NaN, Infinity, -Infinity];
    for (const n of [...numbers, ...odd]) expect(hashValue(n)).toBe(referenceFingerprint(n));
  });

  it('gives the reference value for objects that share a first key but not their shape', () => {
    const values = [
      { week: 1, a: 2 },
      { week: 1, b: 2 },
      { week: 1, a: 2, b: 3 },
      { week: 1, b: 3, a: 2 },
      { week: 1 },
    ];
    // Twice over, so the second pass hashes with every shape already remembered.
    for (const value of [...values, ...values])
      expect(hashValue(value)).toBe(referenceFingerprint(value));
    expect(hashValue([values, values])).toBe(referenceFingerprint([values, values]));
  });

  it('gives the reference value for any JSON-like value', () => {
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(
        fc.integer({ min: -2_000_000, max: 2_000_000 }),
        fc.double(),
        fc.string({ unit: 'binary' }),
        fc.boolean(),
        fc.constantFrom(null, undefined),
      ),
      node: fc.oneof(
        { depthSize: 'small' },
        tie('leaf'),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(fc.string({ maxLength: 6 }), tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, (v) => hashValue(v) === referenceFingerprint(v)),
      { numRuns: 200 },
    );
  }, 60_000); // a few seconds at most, but a busy shared machine gets room
});
