/**
 * npm run replay -- <save.json>
 * Re-runs a save headless (any format version, upgraded by the migrations) and checks each week's
 * fingerprint against the one recorded, then lists the save's notes by week.
 * Exit 0: all match. Exit 1: the replay diverges (the first week is named). Exit 2: unreadable or invalid.
 */
import { readFileSync } from 'node:fs';
import { sortNotes, type Note } from '../model/notes';
import { parseSave, verifySave } from '../persistence/save-format';
import { UsageError, runTool } from './args';

/**
 * Text from a file, safe to print: control characters (a terminal would obey escape sequences)
 * are shown as \u{…} escapes. Line breaks are kept only where `keepLines` allows them.
 */
function printable(text: string, keepLines = false): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    const control = code < 0x20 || (code >= 0x7f && code <= 0x9f);
    out += control && !(keepLines && char === '\n') ? `\\u{${code.toString(16)}}` : char;
  }
  return out;
}

/** "Notes:" then one entry per note in week order, continuation lines indented under the text. */
function noteLines(notes: readonly Note[]): string[] {
  if (notes.length === 0) return [];
  const lines = ['Notes:'];
  for (const note of sortNotes(notes)) {
    const where = note.week === 0 ? 'opening' : `week ${String(note.week).padStart(2)}`;
    const [first, ...rest] = printable(note.text, true).split('\n');
    lines.push(`  ${where.padEnd(8)}  ${first}`);
    for (const line of rest) lines.push(`  ${''.padEnd(8)}  ${line}`);
  }
  return lines;
}

function main(): number {
  const files = process.argv.slice(2).filter((arg) => arg !== '--');
  if (files.length !== 1) throw new UsageError('Usage: npm run replay -- <save.json>');
  const path = files[0]!;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(
      `Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'unknown error'}.`,
    );
  }
  const parsed = parseSave(text);
  if (!parsed.ok) throw new UsageError(`${path}: ${parsed.error}`);
  const save = parsed.value;
  const check = verifySave(save);
  const { scenario, seed, difficulty } = save.game;
  const out = [
    `${printable(save.meta.name) || path} — ${scenario}, seed ${seed}, ${difficulty}, ${save.weeks.length} weeks`,
  ];
  for (const week of check.weeks) {
    const verdict = week.matches ? 'match' : `MISMATCH (replayed ${week.replayed ?? 'nothing'})`;
    out.push(`week ${String(week.week).padStart(2)}  ${week.recorded}  ${verdict}`);
  }
  out.push(...noteLines(save.notes));
  if (check.divergedAt !== null) {
    out.push(`Diverged at week ${check.divergedAt}${check.problem ? `: ${check.problem}` : ''}.`);
    process.stdout.write(`${out.join('\n')}\n`);
    return 1;
  }
  out.push(`All ${check.weeks.length} weeks match.`);
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

runTool(main, 2);
