/**
 * The glossary: the names and terms a newcomer meets, in plain words, shared by the game's Glossary
 * and the facilitator guide (its words are the catalogue's, ui.glossary); and the marking of each
 * term where it first appears in a panel's text.
 */
import { EN, type Words } from '../text';
import type { Format } from '../text/format';

export interface GlossaryEntry {
  /** The entry's key in the catalogue, the same in every language. */
  id: string;
  term: string;
  meaning: string;
  /** How the term is written in the game's text, where it is marked (none: not marked). */
  marks: readonly string[];
}

type EntryWords = {
  term: string;
  meaning: string | ((t: Format) => string);
  marks: readonly string[];
};

const glossaries = new Map<Words, readonly GlossaryEntry[]>();

/** The glossary in a language's words, in the catalogue's order. */
export function glossaryIn(words: Words = EN): readonly GlossaryEntry[] {
  let entries = glossaries.get(words);
  if (!entries) {
    entries = Object.entries(words.ui.glossary.entries as Record<string, EntryWords>).map(
      ([id, entry]) => ({
        id,
        term: entry.term,
        meaning: typeof entry.meaning === 'string' ? entry.meaning : entry.meaning(words.format),
        marks: entry.marks,
      }),
    );
    glossaries.set(words, entries);
  }
  return entries;
}

/** The glossary in English, for the pages that do not yet read the language's words. */
export const GLOSSARY: readonly GlossaryEntry[] = glossaryIn(EN);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A glossary's marked spellings as one pattern, longest first (so "apex committee" wins over a
 * shorter overlap), matched as whole words in any script and case.
 */
function markingOf(glossary: readonly GlossaryEntry[]): {
  pattern: RegExp;
  entryByMark: Map<string, GlossaryEntry>;
} {
  const marks = glossary
    .flatMap((entry) => entry.marks.map((mark) => ({ mark, entry })))
    .sort((a, b) => b.mark.length - a.mark.length);
  return {
    pattern: new RegExp(
      `(?<![\\p{L}\\p{M}\\p{N}_])(${marks.map((m) => escape(m.mark)).join('|')})(?![\\p{L}\\p{M}\\p{N}_])`,
      'iu',
    ),
    entryByMark: new Map(marks.map((m) => [m.mark.toLowerCase(), m.entry])),
  };
}

const markings = new Map<readonly GlossaryEntry[], ReturnType<typeof markingOf>>();

/** A piece of a text: plain, or a term marked at its first appearance. */
export type TermPiece = string | { text: string; entry: GlossaryEntry };

/**
 * A marker for one panel's texts, read in the order they are shown: each glossary term is marked
 * the first time it appears and left plain after. Make a new one for each drawing of the panel.
 */
export function termMarker(words: Words = EN): (text: string) => TermPiece[] {
  const glossary = glossaryIn(words);
  let marking = markings.get(glossary);
  if (!marking) {
    marking = markingOf(glossary);
    markings.set(glossary, marking);
  }
  const { pattern, entryByMark } = marking;
  const marked = new Set<GlossaryEntry>();
  return (text) => {
    const pieces: TermPiece[] = [];
    let rest = text;
    for (let match = pattern.exec(rest); match; match = pattern.exec(rest)) {
      const entry = entryByMark.get(match[0].toLowerCase())!;
      const before = rest.slice(0, match.index);
      if (marked.has(entry)) {
        pieces.push(before + match[0]);
      } else {
        marked.add(entry);
        if (before) pieces.push(before);
        pieces.push({ text: match[0], entry });
      }
      rest = rest.slice(match.index + match[0].length);
    }
    if (rest) pieces.push(rest);
    // Neighbouring plain pieces joined, so a text without terms is one string.
    return pieces.reduce<TermPiece[]>((joined, piece) => {
      const last = joined[joined.length - 1];
      if (typeof piece === 'string' && typeof last === 'string')
        joined[joined.length - 1] = last + piece;
      else joined.push(piece);
      return joined;
    }, []);
  };
}
