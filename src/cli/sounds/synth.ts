/**
 * The few synthesis primitives the game's sounds are made of: sine partials under an envelope,
 * written into a mono buffer (wrapping round for loops), a gentle low-pass and peak normalisation.
 * Plain arithmetic on Float32Arrays, no randomness: the same code gives the same samples.
 */

export const SAMPLE_RATE = 32000;

export const samples = (seconds: number) => Math.round(seconds * SAMPLE_RATE);

/** Equal-tempered pitch of a MIDI note number (69 is A4, 440 Hz). */
export const pitch = (midi: number) => 440 * 2 ** ((midi - 69) / 12);

/** A gain from 0 to 1 at `t` seconds into a sound of `length` seconds. */
export type Envelope = (t: number, length: number) => number;

/** A struck tone: a few milliseconds' rise, then an exponential fall with the given half-life. */
export const struck =
  (halfLife: number, rise = 0.006): Envelope =>
  (t, length) => {
    const onset = t < rise ? t / rise : 2 ** (-(t - rise) / halfLife);
    // The last 30 ms fade to zero, so no sound ends on a click.
    const tail = Math.min(1, (length - t) / 0.03);
    return onset * Math.max(0, tail);
  };

/** A bowed or blown tone: a raised-cosine rise, a hold and a raised-cosine fall. */
export const swell =
  (rise: number, fall: number): Envelope =>
  (t, length) => {
    if (t < rise) return 0.5 - 0.5 * Math.cos((Math.PI * t) / rise);
    if (t > length - fall) return 0.5 - 0.5 * Math.cos((Math.PI * (length - t)) / fall);
    return 1;
  };

/** Partials as [frequency ratio, relative gain]. */
export type Timbre = readonly (readonly [number, number])[];
/** Warm and round: fundamental, a soft octave and a softer twelfth. */
export const WARM: Timbre = [
  [1, 1],
  [2, 0.28],
  [3, 0.08],
];
/** A small bell: inharmonic partials that ring and fade at different speeds. */
export const BELL: Timbre = [
  [1, 1],
  [2.76, 0.32],
  [5.4, 0.1],
];
/** A pure sine. */
export const PURE: Timbre = [[1, 1]];

export interface Note {
  /** Seconds from the start of the buffer. */
  at: number;
  /** MIDI note number, or a frequency in hertz with `hz`. */
  midi?: number;
  hz?: number;
  seconds: number;
  gain: number;
  envelope: Envelope;
  timbre?: Timbre;
  /** Higher partials decay this many times faster than the fundamental (a struck string's glow). */
  brightDecay?: number;
  /** An amplitude wobble: [rate in hertz, depth 0–1]. */
  tremolo?: readonly [number, number];
}

/**
 * Adds a note into `buffer`. With `wrap`, samples past the end continue at the start (for loops,
 * whose last note's tail must ring into the first beat).
 */
export function addNote(buffer: Float32Array, note: Note, wrap = false): void {
  const base = note.hz ?? pitch(note.midi ?? 69);
  const start = samples(note.at);
  const count = samples(note.seconds);
  const timbre = note.timbre ?? WARM;
  for (const [ratio, partialGain] of timbre) {
    const frequency = base * ratio;
    if (frequency >= SAMPLE_RATE / 2) continue;
    const step = (2 * Math.PI * frequency) / SAMPLE_RATE;
    const fade = note.brightDecay && ratio > 1 ? note.brightDecay * (ratio - 1) : 0;
    for (let i = 0; i < count; i++) {
      const index = start + i;
      const at = wrap ? index % buffer.length : index;
      if (at >= buffer.length) break;
      const t = i / SAMPLE_RATE;
      let gain = note.gain * partialGain * note.envelope(t, note.seconds);
      if (fade) gain *= 2 ** (-t * fade);
      if (note.tremolo) {
        const [rate, depth] = note.tremolo;
        gain *= 1 - depth * (0.5 - 0.5 * Math.cos(2 * Math.PI * rate * t));
      }
      buffer[at] = (buffer[at] ?? 0) + gain * Math.sin(step * i);
    }
  }
}

/** A buffer of `seconds` holding the notes. */
export function render(seconds: number, notes: readonly Note[], wrap = false): Float32Array {
  const buffer = new Float32Array(samples(seconds));
  for (const note of notes) addNote(buffer, note, wrap);
  return buffer;
}

/**
 * One-pole low-pass, in place. With `wrap`, it runs twice round the buffer so a loop's start
 * continues from its end without a step.
 */
export function lowPass(buffer: Float32Array, cutoffHz: number, wrap = false): Float32Array {
  const alpha = 1 - Math.exp((-2 * Math.PI * cutoffHz) / SAMPLE_RATE);
  let state = 0;
  if (wrap) for (const value of buffer) state += alpha * (value - state);
  for (let i = 0; i < buffer.length; i++) {
    state += alpha * ((buffer[i] ?? 0) - state);
    buffer[i] = state;
  }
  return buffer;
}

/** Scales the buffer so its loudest sample is `peak`, in place. */
export function normalise(buffer: Float32Array, peak: number): Float32Array {
  let loudest = 0;
  for (const value of buffer) loudest = Math.max(loudest, Math.abs(value));
  if (loudest === 0) return buffer;
  const scale = peak / loudest;
  for (let i = 0; i < buffer.length; i++) buffer[i] = (buffer[i] ?? 0) * scale;
  return buffer;
}

/**
 * A frequency moved to the nearest one that completes a whole number of cycles in `seconds`,
 * so a loop of that length repeats without a seam.
 */
export const loopable = (hz: number, seconds: number) => Math.round(hz * seconds) / seconds;
