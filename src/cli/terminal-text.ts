/**
 * Everything the command-line tools print goes through here, because much of it comes from files
 * and arguments: a control character in a save (an escape sequence in a decision's id, say) would
 * be obeyed by the terminal — it could erase the real verdict and print another — and bidi or
 * zero-width characters would disguise a name. Every such character is shown as a `\u{…}` escape,
 * and no printed line is longer than MAX_LINE_CHARS characters: the rest is counted, not shown.
 */
import { characterCount, escapeUnprintable, firstCharacters } from '../model/text-checks';

/** A note of 1,000 characters fits on one line, with room for its label and a few escapes. */
export const MAX_LINE_CHARS = 1200;

/** One line as it may reach a terminal: escaped (line breaks too) and capped. */
export function terminalLine(text: string): string {
  const escaped = escapeUnprintable(text);
  const count = characterCount(escaped);
  if (count <= MAX_LINE_CHARS) return escaped;
  return `${firstCharacters(escaped, MAX_LINE_CHARS)}… (${count - MAX_LINE_CHARS} more characters not shown)`;
}

/** Writes lines to a stream, each made safe by terminalLine, each ended by a line break. */
export function writeLines(stream: NodeJS.WriteStream, lines: readonly string[]): void {
  stream.write(lines.map((line) => `${terminalLine(line)}\n`).join(''));
}
