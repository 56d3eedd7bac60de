/**
 * What each of the game's sounds is, as notes. The game is about a real conflict with real
 * victims, so every cue is tonal and restrained: soft struck and bowed tones in D, no gunfire,
 * no explosions, no sirens, nothing that imitates violence. An attack is a dark low cluster, a
 * strike a single low bell, talks and a truce open chords that rise.
 */
import type { SoundName } from '../../audio/sound-names';
import {
  BELL,
  PURE,
  WARM,
  loopable,
  lowPass,
  normalise,
  pitch,
  render,
  struck,
  swell,
  type Note,
} from './synth';

/** Every ambient layer lasts this long, so the three stay in step as they loop. */
export const LOOP_SECONDS = 12;

/** Peak levels: interface feedback sits under the alerts, the score well under both. */
const INTERFACE_PEAK = 0.45;
const ALERT_PEAK = 0.6;
const ENDING_PEAK = 0.6;
const MUSIC_PEAK = 0.32;

const chord = (
  at: number,
  midis: readonly number[],
  rest: Omit<Note, 'at' | 'midi'>,
  stagger = 0,
): Note[] =>
  // Staggered notes end together, so the last does not run past the sound's end.
  midis.map((midi, i) => ({
    ...rest,
    at: at + i * stagger,
    seconds: rest.seconds - i * stagger,
    midi,
  }));

function effect(seconds: number, notes: Note[], peak: number, cutoff = 5000): Float32Array {
  return normalise(lowPass(render(seconds, notes), cutoff), peak);
}

/** A drone note that lasts the whole loop, tuned to repeat seamlessly. */
const drone = (midi: number, gain: number, tremolo?: readonly [number, number]): Note => ({
  at: 0,
  hz: loopable(pitch(midi), LOOP_SECONDS),
  seconds: LOOP_SECONDS,
  gain,
  envelope: () => 1,
  timbre: WARM,
  ...(tremolo ? { tremolo } : {}),
});

function loop(notes: Note[], cutoff: number): Float32Array {
  return normalise(lowPass(render(LOOP_SECONDS, notes, true), cutoff, true), MUSIC_PEAK);
}

/** Slow swells: whole cycles per loop (1/12 Hz steps), so each layer breathes in time with itself. */
const BREATH = 1 / LOOP_SECONDS;

export const RECIPES: Record<SoundName, () => Float32Array> = {
  // Interface: short, quiet, pitched so that choosing rises and undoing falls.
  choose: () =>
    effect(
      0.22,
      [{ at: 0, midi: 76, seconds: 0.22, gain: 1, envelope: struck(0.045), brightDecay: 8 }],
      INTERFACE_PEAK,
    ),
  undo: () =>
    effect(
      0.34,
      [
        { at: 0, midi: 74, seconds: 0.16, gain: 0.8, envelope: struck(0.04) },
        { at: 0.09, midi: 69, seconds: 0.25, gain: 1, envelope: struck(0.05) },
      ],
      INTERFACE_PEAK,
    ),
  'end-week': () =>
    effect(
      0.9,
      chord(
        0,
        [62, 69, 74],
        { seconds: 0.9, gain: 1, envelope: struck(0.22), brightDecay: 3 },
        0.04,
      ),
      INTERFACE_PEAK,
      3500,
    ),
  refused: () =>
    effect(
      0.32,
      [
        { at: 0, midi: 57, seconds: 0.12, gain: 1, envelope: struck(0.03), timbre: PURE },
        { at: 0.14, midi: 56, seconds: 0.18, gain: 1, envelope: struck(0.04), timbre: PURE },
      ],
      INTERFACE_PEAK,
      2500,
    ),

  // Alerts: each event kind has its own shape, all in the score's key.
  attack: () =>
    effect(
      1.5,
      chord(0, [50, 51, 57], { seconds: 1.5, gain: 1, envelope: swell(0.18, 1.1) }),
      ALERT_PEAK,
      1800,
    ),
  strike: () =>
    effect(
      1.7,
      [
        {
          at: 0,
          midi: 50,
          seconds: 1.7,
          gain: 1,
          envelope: struck(0.35),
          timbre: BELL,
          brightDecay: 2,
        },
      ],
      ALERT_PEAK,
      3000,
    ),
  incident: () =>
    effect(
      1.0,
      [
        { at: 0, midi: 64, seconds: 0.45, gain: 1, envelope: struck(0.12), timbre: BELL },
        { at: 0.3, midi: 70, seconds: 0.7, gain: 0.9, envelope: struck(0.16), timbre: BELL },
      ],
      ALERT_PEAK,
      3500,
    ),
  closure: () =>
    effect(
      1.2,
      [
        { at: 0, midi: 57, seconds: 0.4, gain: 1, envelope: struck(0.1) },
        { at: 0.22, midi: 55, seconds: 0.4, gain: 1, envelope: struck(0.1) },
        { at: 0.44, midi: 52, seconds: 0.76, gain: 1, envelope: struck(0.2) },
      ],
      ALERT_PEAK,
      2500,
    ),
  talks: () =>
    effect(
      1.3,
      [
        { at: 0, midi: 62, seconds: 1.3, gain: 0.9, envelope: swell(0.12, 0.9) },
        { at: 0.28, midi: 69, seconds: 1.02, gain: 0.9, envelope: swell(0.12, 0.8) },
      ],
      ALERT_PEAK,
      3500,
    ),
  truce: () =>
    effect(
      1.9,
      chord(
        0,
        [62, 66, 69, 74],
        { seconds: 1.6, gain: 0.8, envelope: struck(0.4), timbre: BELL, brightDecay: 2 },
        0.1,
      ),
      ALERT_PEAK,
      4000,
    ),

  // Endings: a slow cadence for a good ending, a suspension left hanging for a mixed one, a
  // falling minor chord for a bad one.
  'ending-good': () =>
    effect(
      4,
      [
        ...chord(0, [55, 62, 69], { seconds: 1.9, gain: 0.8, envelope: swell(0.4, 0.6) }),
        ...chord(1.5, [50, 57, 66, 74], { seconds: 2.5, gain: 0.8, envelope: swell(0.5, 1.6) }),
      ],
      ENDING_PEAK,
      3000,
    ),
  'ending-mixed': () =>
    effect(
      4,
      [
        ...chord(0, [57, 64, 71], { seconds: 1.9, gain: 0.8, envelope: swell(0.4, 0.6) }),
        ...chord(1.5, [50, 57, 62, 67], { seconds: 2.5, gain: 0.8, envelope: swell(0.5, 1.8) }),
      ],
      ENDING_PEAK,
      2800,
    ),
  'ending-bad': () =>
    effect(
      4.4,
      [
        ...chord(0, [50, 57, 65], { seconds: 2.1, gain: 0.8, envelope: swell(0.5, 0.7) }),
        ...chord(1.7, [46, 53, 62], { seconds: 2.7, gain: 0.8, envelope: swell(0.6, 2) }),
      ],
      ENDING_PEAK,
      2000,
    ),

  // The score: a low open fifth that breathes; then a slow pulse and a faint minor sixth; then a
  // trembling tritone. Each layer is mixed to sit on the ones below it.
  'ambient-calm': () =>
    loop(
      [
        drone(38, 1, [BREATH, 0.35]),
        drone(45, 0.7, [2 * BREATH, 0.5]),
        drone(57, 0.18, [BREATH, 0.8]),
      ],
      900,
    ),
  'ambient-tense': () =>
    loop(
      [
        ...Array.from({ length: 8 }, (_, beat) => ({
          at: beat * 1.5,
          hz: loopable(pitch(50), LOOP_SECONDS),
          seconds: 1.4,
          gain: beat % 2 === 0 ? 1 : 0.65,
          envelope: struck(0.25),
          timbre: WARM,
        })),
        drone(58, 0.35, [BREATH, 0.9]),
      ],
      700,
    ),
  'ambient-crisis': () =>
    loop([drone(51, 0.8, [4, 0.5]), drone(57, 0.6, [3, 0.5]), drone(44, 0.6, [BREATH, 0.7])], 800),
};
