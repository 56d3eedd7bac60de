/**
 * What a teacher pastes into the class comparison: result codes or game links, one per line, or a
 * column (or a whole block) copied from a spreadsheet. Each cell that could hold a game becomes an
 * entry with its line number, so a damaged one can be named: a link (it has "#" or "://"), or any
 * long unbroken token (a code cut or mangled in copying). Blank cells and short words or phrases —
 * a column's heading, a student's name, a date — are skipped.
 */

/** A cell shorter than this with no link in it is a word, not a game. */
const MIN_CODE_CHARS = 24;

export interface PastedEntry {
  /** The line it came from, from 1. */
  line: number;
  text: string;
}

/** Splits pasted text into the cells that may each hold one game. */
export function pastedEntries(text: string): PastedEntry[] {
  const entries: PastedEntry[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  lines.forEach((line, index) => {
    for (const raw of line.split(/\t|;/)) {
      // A spreadsheet may quote a cell; a form export may add spaces around it.
      const cell = raw
        .trim()
        .replace(/^"(.*)"$/s, '$1')
        .trim();
      const link = cell.includes('#') || cell.includes('://');
      if (!cell || /\s/.test(cell) || (!link && cell.length < MIN_CODE_CHARS)) continue;
      entries.push({ line: index + 1, text: cell });
    }
  });
  return entries;
}
