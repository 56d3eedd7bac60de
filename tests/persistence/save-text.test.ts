// One rule for a save file's bytes, shared by the replay checker, Import file, Compare… and share
// links: a UTF-8 byte-order mark is dropped, UTF-16 with its mark is read, and invalid UTF-8, zero
// bytes or an oversized file are refused with a sentence — never turned into replacement characters.
import { beforeAll, describe, expect, it } from 'vitest';
import { balancedStrategy, playGame } from '../../src/engine/strategies';
import {
  MAX_SAVE_BYTES,
  makeSave,
  parseCheckedSave,
  serialiseSave,
  type SaveFile,
} from '../../src/persistence/save-format';
import { decodeSaveBytes, decodeSaveFile } from '../../src/persistence/save-text';

let save: SaveFile;
let text: string;

beforeAll(() => {
  const options = { scenario: 'karachi', seed: 5, difficulty: 'normal' } as const;
  const made = makeSave(options, playGame(options, balancedStrategy).weeks.slice(0, 3), {
    name: 'Encodings — کراچی 😀',
  });
  if (!made.ok) throw new Error(made.error);
  save = made.value;
  text = serialiseSave(save);
});

function utf16(value: string, bigEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + value.length * 2);
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    const [high, low] = [unit >> 8, unit & 0xff];
    bytes.set(bigEndian ? [high, low] : [low, high], 2 + i * 2);
  }
  return bytes;
}

function decoded(bytes: Uint8Array): string {
  const result = decodeSaveBytes(bytes);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function refusal(bytes: Uint8Array): string {
  const result = decodeSaveBytes(bytes);
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

describe('decodeSaveBytes', () => {
  it('reads UTF-8 with or without a byte-order mark, and UTF-16 either way round with one', () => {
    const utf8 = new TextEncoder().encode(text);
    const withMark = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    for (const bytes of [utf8, withMark, utf16(text, false), utf16(text, true)]) {
      expect(decoded(bytes)).toBe(text);
      const parsed = parseCheckedSave(decoded(bytes));
      expect(parsed.ok && parsed.value.save).toEqual(save);
    }
  });

  it('refuses invalid UTF-8 instead of replacing it', () => {
    const utf8 = new TextEncoder().encode(text);
    for (const bad of [[0xff], [0xc3], [0xed, 0xa0, 0x80], [0xc0, 0xaf]]) {
      const bytes = new Uint8Array([...utf8.subarray(0, 40), ...bad, ...utf8.subarray(40)]);
      expect(refusal(bytes)).toBe(
        'This file is not a save: it is not valid UTF-8 text (it may be corrupted, or in another encoding).',
      );
    }
  });

  it('refuses UTF-16 without a mark, a broken UTF-16 file, and a second mark', () => {
    expect(refusal(utf16(text, false).subarray(2))).toMatch(
      /zero bytes.*UTF-16 without a byte-order mark/,
    );
    const broken = utf16('{"a":"\ud800"}', false);
    expect(refusal(broken)).toMatch(/UTF-16 byte-order mark but is not valid UTF-16/);
    const twice = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode(text),
    ]);
    const parsed = parseCheckedSave(decoded(twice));
    expect(parsed.ok).toBe(false);
  });

  it('refuses more than a save can hold before decoding, naming what holds it', () => {
    const big = new Uint8Array(MAX_SAVE_BYTES + 1).fill(0x20);
    expect(refusal(big)).toBe(
      `This file is too large to be a save (over ${MAX_SAVE_BYTES} bytes).`,
    );
    const link = decodeSaveBytes(new Uint8Array([0xff]), 'link');
    expect(link.ok || link.error).toMatch(/^This link is not a save/);
  });

  it('reads a picked file by the same rule', async () => {
    const marked = new Blob([new Uint8Array([0xef, 0xbb, 0xbf]), text]);
    expect(await decodeSaveFile(marked)).toEqual({ ok: true, value: text });
    const bad = await decodeSaveFile(new Blob([new Uint8Array([0x7b, 0xff, 0x7d])]));
    expect(bad.ok || bad.error).toMatch(/not valid UTF-8/);
    const big = await decodeSaveFile(new Blob([new Uint8Array(MAX_SAVE_BYTES + 5)]));
    expect(big.ok || big.error).toMatch(/too large.*1000005 bytes/);
  });
});
