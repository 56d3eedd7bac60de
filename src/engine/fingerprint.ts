/**
 * A short, stable hash of a whole game state: object keys are visited in sorted order and every
 * value is fed to two 32-bit multiply-xor lanes, so equal states give equal fingerprints in any
 * runtime, whatever order their keys were written in.
 */

const SEED_A = 0x811c9dc5;
const SEED_B = 0x27d4eb2f;

class Hasher {
  a = SEED_A;
  b = SEED_B;

  text(value: string): void {
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i);
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x5bd1e995);
      b ^= b >>> 15;
    }
    this.a = a;
    this.b = b;
  }

  value(value: unknown): void {
    if (value === null || value === undefined) {
      this.text('~');
    } else if (typeof value === 'number') {
      this.text(`#${value}`);
    } else if (typeof value === 'string') {
      this.text(`"${value.length}:${value}`);
    } else if (typeof value === 'boolean') {
      this.text(value ? 'T' : 'F');
    } else if (Array.isArray(value)) {
      this.text(`[${value.length}`);
      for (const item of value) this.value(item);
    } else if (typeof value === 'object') {
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record).sort();
      this.text(`{${keys.length}`);
      for (const key of keys) {
        this.text(key);
        this.value(record[key]);
      }
    }
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
