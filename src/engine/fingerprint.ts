/**
 * A short, stable hash of a whole game state (rules version 3): the state is read as a stream of
 * 32-bit words, object keys in sorted order, and the words are fed to two lanes, so equal states
 * give equal fingerprints in any runtime, whatever order their keys were written in. Every step is
 * 32-bit integer arithmetic (`Math.imul`, shifts, xor), exact in Node and in every browser.
 *
 * The word stream is fixed (changing it changes every save's fingerprints, which takes a
 * rules-version bump). Values are written as:
 * - a whole number n with −2³⁰ ≤ n < 2³⁰: the single word n + 2³⁰ (below 2³¹);
 * - any other number: `FLOAT`, then its text as `String` prints it, as for a string;
 * - null or undefined: `NULL`; a boolean: `TRUE` or `FALSE`;
 * - a string: `STRING`, its length, then its UTF-16 code units two to a word (first unit high);
 * - an array: `ARRAY`, its length, then each item;
 * - an object: `OBJECT`, the hash of its sorted keys (`keysHash`), then each value in that order.
 * The tags are words of 2³¹ and above, so no small whole number is ever mistaken for one.
 *
 * The state is almost all small whole numbers under a few hundred object shapes, so a 24-week
 * state is about 1,300 words; each shape's sorted order and keys hash are worked out once and
 * remembered. The cache only saves work: a fingerprint never depends on what it holds. Objects are
 * hashed as plain data (their own enumerable keys; the state has no others).
 */

export const WORD_TAGS = {
  NULL: 0x80000001,
  TRUE: 0x80000002,
  FALSE: 0x80000003,
  FLOAT: 0x80000004,
  STRING: 0x80000005,
  ARRAY: 0x80000006,
  OBJECT: 0x80000007,
} as const;

/** Whole numbers in [−SMALL, SMALL) are written as one word, n + SMALL. */
const SMALL = 0x40000000;

const SEED_A = 0x811c9dc5;
const SEED_B = 0x27d4eb2f;
const PRIME_A = 0x01000193;
const PRIME_B = 0x5bd1e995;

/**
 * The 32-bit FNV-1a hash of an object's keys, sorted, each written as its length, `:` and the
 * key: the one word that stands for all of an object's keys in the stream.
 */
export function keysHash(sorted: readonly string[]): number {
  let h = SEED_A;
  const eat = (code: number) => {
    h = Math.imul(h ^ code, 0x01000193);
  };
  for (const key of sorted) {
    const length = String(key.length);
    for (let i = 0; i < length.length; i++) eat(length.charCodeAt(i));
    eat(0x3a);
    for (let i = 0; i < key.length; i++) eat(key.charCodeAt(i));
  }
  return h >>> 0;
}

/** An object shape: its keys in enumeration order, its keys hash and the sorted order. */
interface Shape {
  keys: string[];
  hash: number;
  /** `order[i]` is the enumeration place of the i-th key in sorted order. */
  order: Uint32Array;
}

/** Shapes seen so far, by their first key; bounded, so odd objects cannot grow it for ever. */
const SHAPES = new Map<string, Shape[]>();
const MAX_FIRST_KEYS = 4096;
const MAX_SHAPES_PER_KEY = 16;

function makeShape(keys: string[]): Shape {
  const order = keys.map((_, index) => index).sort((x, y) => (keys[x]! < keys[y]! ? -1 : 1));
  return { keys, hash: keysHash(order.map((i) => keys[i]!)), order: Uint32Array.from(order) };
}

function sameKeys(known: readonly string[], keys: readonly string[], from: number): boolean {
  for (let i = 0; i < known.length; i++) if (known[i] !== keys[from + i]) return false;
  return true;
}

/** The shape with keys `keys[from .. from + count)` among those seen, remembered if new. */
function findShape(keys: readonly string[], from: number, count: number): Shape {
  const first = keys[from]!;
  const shapes = SHAPES.get(first);
  if (shapes) {
    for (const shape of shapes)
      if (shape.keys.length === count && sameKeys(shape.keys, keys, from)) return shape;
  }
  const shape = makeShape(keys.slice(from, from + count));
  if (shapes) {
    if (shapes.length < MAX_SHAPES_PER_KEY) shapes.push(shape);
  } else if (SHAPES.size < MAX_FIRST_KEYS) {
    SHAPES.set(first, [shape]);
  }
  return shape;
}

class Hasher {
  /** Two lanes, each a multiply and an xor-shift per word, with their own seeds and primes. */
  a = SEED_A;
  b = SEED_B;
  /** Scratch lists of the keys and values of the objects being hashed, innermost last. */
  private readonly keys: string[] = [];
  private readonly values: unknown[] = [];
  private top = 0;

  word(w: number): void {
    const a = Math.imul(this.a ^ w, PRIME_A);
    this.a = a ^ (a >>> 13);
    const b = Math.imul(this.b ^ w, PRIME_B);
    this.b = b ^ (b >>> 15);
  }

  private text(value: string): void {
    this.word(WORD_TAGS.STRING);
    this.word(value.length);
    let i = 0;
    for (; i + 1 < value.length; i += 2)
      this.word(((value.charCodeAt(i) << 16) | value.charCodeAt(i + 1)) >>> 0);
    if (i < value.length) this.word((value.charCodeAt(i) << 16) >>> 0);
  }

  value(value: unknown): void {
    if (typeof value === 'number') {
      if ((value | 0) === value && value >= -SMALL && value < SMALL) {
        this.word(value + SMALL);
      } else {
        this.word(WORD_TAGS.FLOAT);
        this.text(String(value));
      }
    } else if (value === null || value === undefined) {
      this.word(WORD_TAGS.NULL);
    } else if (typeof value === 'string') {
      this.text(value);
    } else if (typeof value === 'boolean') {
      this.word(value ? WORD_TAGS.TRUE : WORD_TAGS.FALSE);
    } else if (Array.isArray(value)) {
      this.word(WORD_TAGS.ARRAY);
      this.word(value.length);
      for (let i = 0; i < value.length; i++) this.value(value[i]);
    } else if (typeof value === 'object') {
      this.object(value as Record<string, unknown>);
    }
  }

  private object(record: Record<string, unknown>): void {
    const from = this.top;
    const keys = this.keys;
    const values = this.values;
    // for…in reading the object's own fields is V8's fastest walk over a plain object.
    let top = from;
    for (const key in record) {
      keys[top] = key;
      values[top] = record[key];
      top++;
    }
    this.top = top;
    const count = top - from;
    this.word(WORD_TAGS.OBJECT);
    if (count === 0) {
      this.word(keysHash([]));
      return;
    }
    const { hash, order } = findShape(keys, from, count);
    this.word(hash);
    for (let i = 0; i < count; i++) this.value(values[from + order[i]!]);
    this.top = from;
  }

  digest(): string {
    // MurmurHash3's finaliser on each lane.
    let a = this.a;
    a = Math.imul(a ^ (a >>> 16), 0x85ebca6b);
    a = Math.imul(a ^ (a >>> 13), 0xc2b2ae35);
    a = (a ^ (a >>> 16)) >>> 0;
    let b = this.b;
    b = Math.imul(b ^ (b >>> 16), 0x85ebca6b);
    b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
    b = (b ^ (b >>> 16)) >>> 0;
    return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
  }
}

/** Sixteen hex digits that identify a state; the same inputs always give the same fingerprint. */
export function fingerprint(value: unknown): string {
  const hasher = new Hasher();
  hasher.value(value);
  return hasher.digest();
}
