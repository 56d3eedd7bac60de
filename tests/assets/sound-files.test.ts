// The committed sound sprite is exactly what `npm run sounds` makes now: a change to a recipe that
// was not regenerated (or a generator that stopped being deterministic) fails here.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOOP_SECONDS } from '../../src/cli/sounds/recipes';
import { soundFilePaths } from '../../src/cli/sounds/paths';
import { layOut, makeSoundFiles } from '../../src/cli/sounds/sprite';
import { SAMPLE_RATE } from '../../src/cli/sounds/synth';
import {
  MUSIC_LAYERS,
  SOUND_NAMES,
  type SoundName,
  type SoundSprite,
} from '../../src/audio/sound-names';

const paths = soundFilePaths(process.cwd());
const SAMPLES_PER_MS = SAMPLE_RATE / 1000;

// Synthesis takes a few seconds on a busy machine: do it once for every test here.
let layout: ReturnType<typeof layOut>;
beforeAll(() => {
  layout = layOut();
}, 120_000);

/** One sound's samples, cut from the laid-out sprite by its map entry. */
function soundPcm(name: SoundName): Float32Array {
  const [offset, duration] = layout.sprite[name];
  return layout.pcm.subarray(offset * SAMPLES_PER_MS, (offset + duration) * SAMPLES_PER_MS);
}

describe('the sound sprite', () => {
  it('the committed files equal a fresh run of npm run sounds, byte for byte', async () => {
    const fresh = await makeSoundFiles(layout);
    expect(Buffer.compare(readFileSync(paths.ogg), Buffer.from(fresh.ogg))).toBe(0);
    expect(Buffer.compare(readFileSync(paths.mp3), Buffer.from(fresh.mp3))).toBe(0);
    expect(readFileSync(paths.map, 'utf8')).toBe(fresh.map);
    // A real Ogg stream and an MP3 (an ID3 tag or a frame sync at the start).
    expect(Buffer.from(fresh.ogg.subarray(0, 4)).toString('latin1')).toBe('OggS');
    expect(fresh.mp3[0] === 0x49 || fresh.mp3[0] === 0xff).toBe(true);
  }, 120_000);

  it('maps every sound, in order, with silence between them; only the score loops', () => {
    const { sprite } = JSON.parse(readFileSync(paths.map, 'utf8')) as SoundSprite;
    expect(Object.keys(sprite)).toEqual([...SOUND_NAMES]);
    let end = 0;
    for (const name of SOUND_NAMES) {
      const [offset, duration, loop] = sprite[name];
      expect(offset - end, name).toBeGreaterThanOrEqual(250);
      expect(duration, name).toBeGreaterThan(100);
      expect(loop === true, name).toBe((MUSIC_LAYERS as readonly string[]).includes(name));
      end = offset + duration;
    }
    for (const layer of MUSIC_LAYERS) expect(sprite[layer][1]).toBe(LOOP_SECONDS * 1000);
  });

  it('every sound is heard, never clips, and starts and ends in silence (loops join up)', () => {
    for (const name of SOUND_NAMES) {
      const pcm = soundPcm(name);
      let peak = 0;
      let largestStep = 0;
      for (let i = 0; i < pcm.length; i++) {
        peak = Math.max(peak, Math.abs(pcm[i]!));
        if (i > 0) largestStep = Math.max(largestStep, Math.abs(pcm[i]! - pcm[i - 1]!));
      }
      expect(peak, name).toBeGreaterThan(0.2);
      expect(peak, name).toBeLessThanOrEqual(0.61);
      const seam = Math.abs(pcm[0]! - pcm[pcm.length - 1]!);
      if ((MUSIC_LAYERS as readonly string[]).includes(name)) {
        expect(pcm.length, name).toBe(LOOP_SECONDS * SAMPLE_RATE);
        // Played round, the step from the last sample to the first is like any other step.
        expect(seam, name).toBeLessThanOrEqual(largestStep * 1.5);
      } else {
        expect(Math.abs(pcm[0]!), name).toBeLessThan(1e-3);
        expect(Math.abs(pcm[pcm.length - 1]!), name).toBeLessThan(1e-3);
      }
    }
  });

  it('the sprite is laid out on whole milliseconds', () => {
    const { pcm, sprite } = layout;
    const last = sprite[SOUND_NAMES[SOUND_NAMES.length - 1]!];
    expect(pcm.length).toBe((last[0] + last[1] + 300) * SAMPLES_PER_MS);
  });
});
