/**
 * The engine's only source of chance: mulberry32, a 32-bit generator whose whole state is one
 * unsigned integer kept in the game state, so a turn stays a pure function of its inputs.
 * Only integer operations (and exact multiplications below 2^53) are used: Node and every
 * browser produce the same numbers.
 */

/** Scrambles a player-facing seed into the generator's first state. */
export function seedState(seed: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** Advances the state once: returns the next state and a 32-bit output. */
export function step(state: number): [next: number, output: number] {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [next, (t ^ (t >>> 14)) >>> 0];
}

/** A mutable cursor over the generator, used inside one turn and written back at its end. */
export class Dice {
  constructor(public state: number) {}

  /** A whole number in [0, n). */
  below(n: number): number {
    // step() inlined: this runs thousands of times a turn, and the tuple it returns is garbage.
    const next = (this.state + 0x6d2b79f5) >>> 0;
    this.state = next;
    let t = next;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) * n) / 4294967296);
  }

  /** A roll of d100: 0..99. A chance of c percent succeeds when the roll is below c. */
  d100(): number {
    return this.below(100);
  }

  /** A whole number in [low, high]. */
  between(low: number, high: number): number {
    return low + this.below(high - low + 1);
  }
}
