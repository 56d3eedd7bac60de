/**
 * Lays every sound end to end in one audio sprite (a gap of silence between them, each starting on
 * a whole millisecond) and encodes it as Ogg Vorbis, with MP3 as the fallback for browsers without
 * Vorbis. The Ogg stream's serial number is fixed, so the same sounds give the same bytes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createEncoder, type WasmMediaEncoder } from 'wasm-media-encoders';
import {
  SOUND_NAMES,
  MUSIC_LAYERS,
  type SoundName,
  type SoundSprite,
} from '../../audio/sound-names';
import { RECIPES } from './recipes';
import { SAMPLE_RATE } from './synth';

/** Howler needs silence between a sprite's sounds, or one bleeds into the next on some decoders. */
const GAP_MS = 300;
/** Any fixed number: Vorbis otherwise picks a random stream serial number on every run. */
const OGG_SERIAL = 0x46435331;
const SAMPLES_PER_MS = SAMPLE_RATE / 1000;
const CHUNK = 4096;
/** Vorbis quality (-1 to 10) and LAME's VBR quality (0 best to 9): quiet, smooth tones need little. */
const OGG_QUALITY = 1;
const MP3_QUALITY = 7;

export interface SoundFiles {
  ogg: Uint8Array;
  mp3: Uint8Array;
  /** The sprite's map as written to sounds.json. */
  map: string;
}

const isLoop = (name: SoundName) => (MUSIC_LAYERS as readonly string[]).includes(name);

/** All sounds in one buffer, and where each one is. */
export function layOut(): { pcm: Float32Array; sprite: SoundSprite['sprite'] } {
  const parts: { name: SoundName; pcm: Float32Array }[] = SOUND_NAMES.map((name) => ({
    name,
    pcm: RECIPES[name](),
  }));
  const sprite = {} as SoundSprite['sprite'];
  let offsetMs = GAP_MS;
  for (const { name, pcm } of parts) {
    const durationMs = Math.ceil(pcm.length / SAMPLES_PER_MS);
    sprite[name] = isLoop(name) ? [offsetMs, durationMs, true] : [offsetMs, durationMs];
    offsetMs += durationMs + GAP_MS;
  }
  const pcm = new Float32Array(offsetMs * SAMPLES_PER_MS);
  for (const { name, pcm: part } of parts) pcm.set(part, sprite[name][0] * SAMPLES_PER_MS);
  return { pcm, sprite };
}

function wasmOf(kind: 'ogg' | 'mp3'): Uint8Array {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve(`wasm-media-encoders/wasm/${kind}`));
}

/** Feeds the samples through in chunks and joins the encoded pieces. */
function drain(
  encoder: WasmMediaEncoder<'audio/ogg' | 'audio/mpeg'>,
  pcm: Float32Array,
): Uint8Array {
  const pieces: Uint8Array[] = [];
  // Each result is a view into the encoder's WebAssembly memory: copy it before the next call.
  for (let start = 0; start < pcm.length; start += CHUNK)
    pieces.push(encoder.encode([pcm.subarray(start, start + CHUNK)]).slice());
  pieces.push(encoder.finalize().slice());
  const out = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

async function encodeOgg(pcm: Float32Array): Promise<Uint8Array> {
  const encoder = await createEncoder('audio/ogg', wasmOf('ogg'));
  encoder.configure({
    channels: 1,
    sampleRate: SAMPLE_RATE,
    vbrQuality: OGG_QUALITY,
    oggSerialNo: OGG_SERIAL,
  });
  return drain(encoder, pcm);
}

async function encodeMp3(pcm: Float32Array): Promise<Uint8Array> {
  const encoder = await createEncoder('audio/mpeg', wasmOf('mp3'));
  encoder.configure({
    channels: 1,
    sampleRate: SAMPLE_RATE,
    vbrQuality: MP3_QUALITY,
    outputSampleRate: 22050,
  });
  return drain(encoder, pcm);
}

/** Encodes a laid-out sprite (made once by `layOut`) into the files `npm run sounds` writes. */
export async function makeSoundFiles(
  { pcm, sprite }: ReturnType<typeof layOut> = layOut(),
): Promise<SoundFiles> {
  const ogg = await encodeOgg(pcm);
  const mp3 = await encodeMp3(pcm);
  const map = `${JSON.stringify({ sprite } satisfies SoundSprite, null, 2)}\n`;
  return { ogg, mp3, map };
}
