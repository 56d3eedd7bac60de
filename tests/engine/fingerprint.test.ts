// The fingerprint's character stream is part of the save format: the fast hasher must give exactly
// the values of the plain definition below (build the text, then hash it), for game states and for
// any JSON-like value, whatever order its keys were written in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/engine';
import { fingerprint as hashValue } from '../../src/engine/fingerprint';
import { STRATEGIES, playGame } from '../../src/engine/strategies';

/** The stream as first defined: every value written out as text, object keys sorted. */
function streamOf(value: unknown): string {
  if (value === null || value === undefined) return '~';
  if (typeof value === 'number') return `#${value}`;
  if (typeof value === 'string') return `"${value.length}:${value}`;
  if (typeof value === 'boolean') return value ? 'T' : 'F';
  if (Array.isArray(value)) return `[${value.length}${value.map(streamOf).join('')}`;
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    return `{${keys.length}${keys.map((key) => key + streamOf(record[key])).join('')}`;
  }
  return '';
}

function referenceFingerprint(value: unknown): string {
  const text = streamOf(value);
  let a = 0x811c9dc5;
  let b = 0x27d4eb2f;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
    b ^= b >>> 15;
  }
  const x = Math.imul(a ^ (a >>> 16), 0x85ebca6b) >>> 0;
  const y = Math.imul(b ^ (b >>> 13), 0xc2b2ae35) >>> 0;
  return x.toString(16).padStart(8, '0') + y.toString(16).padStart(8, '0');
}

describe('fingerprint', () => {
  it('pins the values of a few small inputs', () => {
    expect(hashValue({ b: 1, a: [null, true, 'x', -3, 2.5] })).toBe('364602722517a703');
    expect(hashValue({})).toBe('94f8466995f7a95c');
    expect(hashValue([])).toBe('bd55faf9e447e91b');
    expect(hashValue(-0)).toBe('d7dac19a36169c62');
    expect(hashValue(1e21)).toBe('c33e456d1281b0e4');
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
