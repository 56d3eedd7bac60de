/**
 * Rules for text that comes from players and files (names, notes, unknown fields), shared by the
 * save format, the slots, the notes and the command-line tools:
 * - Lengths are counted in characters as Unicode code points, not UTF-16 units (an emoji or a
 *   rare CJK character is one character, as a player would count it) and not grapheme clusters,
 *   whose boundaries move with each engine's Unicode version: a save valid in one browser must be
 *   valid in every browser and in Node.
 * - Text made only of spaces and invisible characters (zero-width spaces, joiners, direction
 *   marks, byte-order marks) is blank.
 * - Quoting untrusted text in a message shows invisible and control characters as `\u{…}` escapes
 *   and cuts it to a few dozen characters, so a message stays one readable, honest line.
 */

/** Spaces and characters that draw nothing: what a blank text may consist of. */
const INVISIBLE = /[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}]/u;
const VISIBLE = /[^\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}]/u;
const INVISIBLE_EDGES =
  /^[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}]+|[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}]+$/gu;
/** Control, format (bidi, zero-width), surrogate and line or paragraph separator characters. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;

/** The length of a text in characters (code points). */
export function characterCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A high surrogate followed by a low one is one character.
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/** The first `max` characters (code points) of a text; never cuts a character in two. */
export function firstCharacters(text: string, max: number): string {
  if (text.length <= max) return text;
  return Array.from(text).slice(0, max).join('');
}

/** True when a text has nothing a reader would see. */
export function isBlank(text: string): boolean {
  return !VISIBLE.test(text);
}

/** True when the character is a space or draws nothing. */
export function isInvisible(char: string): boolean {
  return INVISIBLE.test(char);
}

/** The text without spaces and invisible characters at either end. */
export function trimInvisible(text: string): string {
  return text.replace(INVISIBLE_EDGES, '');
}

/** Control and invisible characters as `\u{…}` escapes (line breaks included). */
export function escapeUnprintable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => `\\u{${char.codePointAt(0)!.toString(16)}}`);
}

/** At most this many characters of an untrusted text go into one message. */
export const MAX_QUOTED_CHARS = 40;

/** An untrusted text quoted for a message: escaped, cut to `max` characters, in quotes. */
export function quoteUntrusted(text: string, max = MAX_QUOTED_CHARS): string {
  const count = characterCount(text);
  const shown = escapeUnprintable(firstCharacters(text, max));
  return count > max ? `"${shown}…" (${count} characters)` : `"${shown}"`;
}

/** Embedding, override and isolate controls: they can make a name read backwards or as another. */
const DIRECTION_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * A player's name without direction controls, as it is safe to show beside other text: an
 * override could make "Delete “A” for good?" read as something else. Shown in the page, it is
 * also isolated (a <bdi>), so a right-to-left name (Urdu, Arabic) still reads in its own direction
 * and cannot reorder the sentence around it.
 */
export function withoutDirectionControls(name: string): string {
  return name.replace(DIRECTION_CONTROLS, '');
}
