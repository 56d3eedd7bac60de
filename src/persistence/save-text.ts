/**
 * The one rule for turning a save file's bytes into text, used by the replay checker (Node), by
 * Import file and Compare… (the browser) and by share links, so a file is read the same way
 * everywhere:
 * - a UTF-8 byte-order mark is dropped; UTF-16 (little or big endian) is read when it starts with
 *   its byte-order mark;
 * - anything else must be valid UTF-8: a byte sequence that is not is refused, never turned into
 *   replacement characters;
 * - zero bytes outside UTF-16 are refused (UTF-16 without a byte-order mark, or not text at all);
 * - more than MAX_SAVE_BYTES bytes are refused before decoding.
 */
import type { Result } from '../engine';
import { messageWords } from '../text';
import { MAX_SAVE_BYTES, type SaveSource } from './save-format';

function encodingOf(bytes: Uint8Array): { label: string; skip: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { label: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { label: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { label: 'utf-16be', skip: 2 };
  return { label: 'utf-8', skip: 0 };
}

/** A save file's bytes as text, or why they cannot be a save's text. Never throws. */
export function decodeSaveBytes(
  bytes: Uint8Array,
  source: SaveSource = 'file',
): Result<string, string> {
  const { ui, format } = messageWords();
  const words = ui.saveFile;
  if (bytes.length > MAX_SAVE_BYTES)
    return { ok: false, error: words.tooLarge(words.holder[source], MAX_SAVE_BYTES, format) };
  const { label, skip } = encodingOf(bytes);
  const body = bytes.subarray(skip);
  if (label === 'utf-8' && body.includes(0))
    return {
      ok: false,
      error: words.zeroBytes(words.holder[source]),
    };
  try {
    // ignoreBOM: the mark was taken off above, so a second one is text (and refused by JSON).
    return {
      ok: true,
      value: new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(body),
    };
  } catch {
    return {
      ok: false,
      error:
        label === 'utf-8'
          ? words.notUtf8(words.holder[source])
          : words.notUtf16(words.holder[source]),
    };
  }
}

/** A file the player picked, read by the same rule (the browser's Import file and Compare…). */
export async function decodeSaveFile(file: {
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}): Promise<Result<string, string>> {
  const { ui, format } = messageWords();
  if (file.size > MAX_SAVE_BYTES)
    return { ok: false, error: ui.saveFile.fileTooLarge(file.size, MAX_SAVE_BYTES, format) };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, error: ui.saveFile.unreadableFile };
  }
  return decodeSaveBytes(bytes, 'file');
}
