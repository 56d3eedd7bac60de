/**
 * A short, stable hash of a whole game state: object keys are visited in sorted order and every
 * value is fed to two 32-bit multiply-xor lanes, so equal states give equal fingerprints in any
 * runtime, whatever order their keys were written in.
 *
 * The hashed character stream is fixed (changing it changes every save's fingerprints, which takes
 * a rules-version bump). Values are written as:
 * - null or undefined: `~`; a boolean: `T` or `F`;
 * - a number: `#` and the number as `String` prints it;
 * - a string: `"`, its length, `:` and the text;
 * - an array: `[` and its length, then each item;
 * - an object: `{` and its key count, then each key (in sorted order) followed by its value.
 *
 * The hasher feeds those characters straight to the lanes without building any of that text:
 * numbers are written digit by digit, and the characters an object of one shape always starts
 * with (`{`, the count, each key) are worked out once per shape, with the sorted order, and
 * remembered. The cache only saves work: a fingerprint never depends on what it holds.
 * Objects are hashed as plain data (their own enumerable keys; the state has no others).
 */

const SEED_A = 0x811c9dc5;
const SEED_B = 0x27d4eb2f;
const PRIME_A = 0x01000193;
const PRIME_B = 0x5bd1e995;

const TILDE = 0x7e;
const HASH = 0x23;
const QUOTE = 0x22;
const COLON = 0x3a;
const BRACKET = 0x5b;
const BRACE = 0x7b;
const TRUE = 0x54;
const FALSE = 0x46;
const MINUS = 0x2d;
const ZERO = 0x30;

/** Integers below this size are written digit by digit; others print as `String` writes them. */
const DIGIT_LIMIT = 1e15;

/**
 * An object shape: its keys in enumeration order, and what hashing an object of that shape feeds
 * before each value. For the i-th key in sorted order, `codes[ends[i - 1] .. ends[i])` are the
 * characters before its value (for i = 0: `{`, the key count and the key; after: the key), and
 * `order[i]` is that key's place in enumeration order.
 */
interface Shape {
  keys: string[];
  codes: Uint16Array;
  ends: Uint32Array;
  order: Uint32Array;
}

/** Shapes seen so far, by their first key; bounded, so odd objects cannot grow it for ever. */
const SHAPES = new Map<string, Shape[]>();
const MAX_FIRST_KEYS = 4096;
const MAX_SHAPES_PER_KEY = 16;

function makeShape(keys: string[]): Shape {
  const order = keys.map((_, index) => index).sort((x, y) => (keys[x]! < keys[y]! ? -1 : 1));
  const sorted = order.map((index) => keys[index]!);
  const text = `{${keys.length}${sorted.join('')}`;
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  const ends = new Uint32Array(keys.length);
  let end = 1 + String(keys.length).length;
  sorted.forEach((key, i) => {
    end += key.length;
    ends[i] = end;
  });
  return { keys, codes, ends, order: Uint32Array.from(order) };
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
  a = SEED_A;
  b = SEED_B;
  /** Scratch lists of the keys and values of the objects being hashed, innermost last. */
  private readonly keys: string[] = [];
  private readonly values: unknown[] = [];
  private top = 0;

  private char(code: number): void {
    this.a = Math.imul(this.a ^ code, PRIME_A);
    const b = Math.imul(this.b ^ code, PRIME_B);
    this.b = b ^ (b >>> 15);
  }

  private text(value: string): void {
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i);
      a = Math.imul(a ^ code, PRIME_A);
      b = Math.imul(b ^ code, PRIME_B);
      b ^= b >>> 15;
    }
    this.a = a;
    this.b = b;
  }

  /** The decimal digits of a whole number 0 ≤ n < DIGIT_LIMIT, as `String(n)` writes them. */
  private digits(n: number): void {
    let a = this.a;
    let b = this.b;
    if (n < 10) {
      a = Math.imul(a ^ (ZERO + n), PRIME_A);
      b = Math.imul(b ^ (ZERO + n), PRIME_B);
      b ^= b >>> 15;
    } else if (n < 100) {
      const tens = (n / 10) | 0;
      a = Math.imul(a ^ (ZERO + tens), PRIME_A);
      b = Math.imul(b ^ (ZERO + tens), PRIME_B);
      b ^= b >>> 15;
      const units = n - tens * 10;
      a = Math.imul(a ^ (ZERO + units), PRIME_A);
      b = Math.imul(b ^ (ZERO + units), PRIME_B);
      b ^= b >>> 15;
    } else {
      let scale = 100;
      while (scale * 10 <= n) scale *= 10;
      let rest = n;
      for (; scale >= 1; scale /= 10) {
        const digit = Math.floor(rest / scale);
        rest -= digit * scale;
        a = Math.imul(a ^ (ZERO + digit), PRIME_A);
        b = Math.imul(b ^ (ZERO + digit), PRIME_B);
        b ^= b >>> 15;
      }
    }
    this.a = a;
    this.b = b;
  }

  /** `#` and the number as `String` writes it. */
  private number(value: number): void {
    let a = Math.imul(this.a ^ HASH, PRIME_A);
    let b = Math.imul(this.b ^ HASH, PRIME_B);
    b ^= b >>> 15;
    if (value >= 0 && value < DIGIT_LIMIT && Number.isInteger(value)) {
      this.a = a;
      this.b = b;
      this.digits(value);
    } else if (value < 0 && value > -DIGIT_LIMIT && Number.isInteger(value)) {
      a = Math.imul(a ^ MINUS, PRIME_A);
      b = Math.imul(b ^ MINUS, PRIME_B);
      this.a = a;
      this.b = b ^ (b >>> 15);
      this.digits(-value);
    } else {
      this.a = a;
      this.b = b;
      this.text(String(value));
    }
  }

  value(value: unknown): void {
    if (typeof value === 'number') {
      this.number(value);
    } else if (value === null || value === undefined) {
      this.char(TILDE);
    } else if (typeof value === 'string') {
      this.char(QUOTE);
      this.digits(value.length);
      this.char(COLON);
      this.text(value);
    } else if (typeof value === 'boolean') {
      this.char(value ? TRUE : FALSE);
    } else if (Array.isArray(value)) {
      this.char(BRACKET);
      this.digits(value.length);
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
    if (count === 0) {
      this.char(BRACE);
      this.char(ZERO);
      return;
    }
    const { codes, ends, order } = findShape(keys, from, count);
    let c = 0;
    for (let i = 0; i < count; i++) {
      let a = this.a;
      let b = this.b;
      for (const end = ends[i]!; c < end; c++) {
        const code = codes[c]!;
        a = Math.imul(a ^ code, PRIME_A);
        b = Math.imul(b ^ code, PRIME_B);
        b ^= b >>> 15;
      }
      this.a = a;
      this.b = b;
      this.value(values[from + order[i]!]);
    }
    this.top = from;
  }

  digest(): string {
    const a = Math.imul(this.a ^ (this.a >>> 16), 0x85ebca6b) >>> 0;
    const b = Math.imul(this.b ^ (this.b >>> 13), 0xc2b2ae35) >>> 0;
    return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
  }
}

/** Sixteen hex digits that identify a state; the same inputs always give the same fingerprint. */
export function fingerprint(value: unknown): string {
  const hasher = new Hasher();
  hasher.value(value);
  return hasher.digest();
}
