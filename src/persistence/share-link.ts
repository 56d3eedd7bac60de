/**
 * A game shared as a link: the save's compact JSON, deflated (fflate) and written in base64url
 * after `#save=1.` in the page address. The fragment never reaches a server. `encodeShareLink` and
 * `decodeShareLink` are a pair; decoding never throws, bounds the unpacked size before parsing,
 * and replays the save against its fingerprints, so a truncated, corrupt, newer or tampered link
 * is refused with a sentence that says which.
 */
import { deflateSync, inflateSync } from 'fflate';
import type { Result } from '../engine';
import { messageWords } from '../text';
import { MAX_SAVE_BYTES, parseCheckedSave, type CheckedSave, type SaveFile } from './save-format';
import { decodeSaveBytes } from './save-text';

export const SHARE_HASH_PREFIX = '#save=';
const SHARE_LINK_VERSION = 1;
/** Longer fragments are refused unread; a 24-week game needs a few thousand characters. */
export const MAX_SHARE_CHARS = 100_000;

/** Bytes as base64url (the browser's and Node's own base64, made safe for an address). */
function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Null when the text has a character outside base64url or an impossible length. */
function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

/** True when a page address fragment is meant to be a shared game (good or bad). */
export function isShareHash(hash: string): boolean {
  return hash.startsWith(SHARE_HASH_PREFIX);
}

/** The fragment (`#save=1.…`) that carries this save. */
export function encodeShareLink(save: SaveFile): Result<string, string> {
  const packed = deflateSync(new TextEncoder().encode(JSON.stringify(save)), { level: 9 });
  const hash = `${SHARE_HASH_PREFIX}${SHARE_LINK_VERSION}.${toBase64Url(packed)}`;
  if (hash.length > MAX_SHARE_CHARS)
    return {
      ok: false,
      error: messageWords().ui.links.tooLongToShare,
    };
  return { ok: true, value: hash };
}

/** The save a fragment carries, replayed and checked, or exactly why it cannot be opened. */
export function decodeShareLink(hash: string): Result<CheckedSave, string> {
  const { ui, format } = messageWords();
  const words = ui.links;
  if (!isShareHash(hash)) return { ok: false, error: words.notALink };
  if (hash.length > MAX_SHARE_CHARS) return { ok: false, error: words.farTooLong };
  const body = hash.slice(SHARE_HASH_PREFIX.length);
  const dot = body.indexOf('.');
  const version = dot > 0 ? body.slice(0, dot) : '';
  if (!/^[0-9]{1,6}$/.test(version)) {
    return {
      ok: false,
      error: body.length === 0 ? words.incomplete : words.noFormat,
    };
  }
  if (Number(version) !== SHARE_LINK_VERSION)
    return {
      ok: false,
      error:
        Number(version) > SHARE_LINK_VERSION
          ? words.newerFormat(Number(version), SHARE_LINK_VERSION, format)
          : words.unknownFormat(Number(version), format),
    };
  const data = body.slice(dot + 1);
  if (data.length === 0) return { ok: false, error: words.incomplete };
  if (/[^A-Za-z0-9_-]/.test(data))
    return {
      ok: false,
      error: words.strangeCharacters,
    };
  const packed = fromBase64Url(data);
  if (!packed) return { ok: false, error: words.incomplete };
  // One byte more than a save may hold: if that byte fills, the link unpacks to too much.
  let bytes: Uint8Array;
  try {
    bytes = inflateSync(packed, { out: new Uint8Array(MAX_SAVE_BYTES + 1) });
  } catch (error) {
    return {
      ok: false,
      error: error instanceof Error && /EOF/.test(error.message) ? words.incomplete : words.corrupt,
    };
  }
  if (bytes.length > MAX_SAVE_BYTES) return { ok: false, error: words.unpacksTooLarge };
  const text = decodeSaveBytes(bytes, 'link');
  if (!text.ok) return { ok: false, error: words.corrupt };
  const save = parseCheckedSave(text.value, 'link');
  if (!save.ok) return { ok: false, error: words.cannotOpen(save.error) };
  return save;
}

/**
 * A result code: the same packed save as a game link, as one line of text a student can paste
 * into a school form (`FC1.…`). The teacher pastes it back (or the whole link) to replay and check
 * the game. `decodeResultCode` accepts the code, a game link, or a link's fragment.
 */
export const RESULT_CODE_PREFIX = 'FC1.';

export function encodeResultCode(save: SaveFile): Result<string, string> {
  const hash = encodeShareLink(save);
  if (!hash.ok) return hash;
  return { ok: true, value: `FC${hash.value.slice(SHARE_HASH_PREFIX.length)}` };
}

export function decodeResultCode(text: string): Result<CheckedSave, string> {
  const trimmed = text.replace(/\s+/g, '');
  const words = messageWords().ui.links;
  if (trimmed.length === 0) return { ok: false, error: words.noResultCode };
  const at = trimmed.indexOf(SHARE_HASH_PREFIX);
  if (at >= 0) return decodeShareLink(trimmed.slice(at));
  if (/^FC[0-9]+\./.test(trimmed))
    return decodeShareLink(`${SHARE_HASH_PREFIX}${trimmed.slice(2)}`);
  return {
    ok: false,
    error: words.notAResultCode(RESULT_CODE_PREFIX),
  };
}
