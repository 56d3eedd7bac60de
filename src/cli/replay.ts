/**
 * npm run replay -- <save.json>
 * Re-runs a save headless (any format version, upgraded by the migrations) and checks each week's
 * fingerprint against the one recorded, then lists the save's notes by week.
 * Exit 0: all match. Exit 1: the replay diverges (the first week is named). Exit 2: unreadable or invalid.
 */
import { readFileSync } from 'node:fs';
import { sortNotes, type Note } from '../model/notes';
import { parseSave, verifySave } from '../persistence/save-format';
import { decodeSaveBytes } from '../persistence/save-text';
import { quoteUntrusted } from '../model/text-checks';
import { UsageError, runTool, systemProblem } from './args';
import { writeLines } from './terminal-text';

/**
 * "Notes:" then one entry per note in week order, continuation lines indented under the text.
 * Every line is escaped and capped when written (terminal-text.ts).
 */
function noteLines(notes: readonly Note[]): string[] {
  if (notes.length === 0) return [];
  const lines = ['Notes:'];
  for (const note of sortNotes(notes)) {
    const where = note.week === 0 ? 'opening' : `week ${String(note.week).padStart(2)}`;
    const [first, ...rest] = note.text.split('\n');
    lines.push(`  ${where.padEnd(8)}  ${first}`);
    for (const line of rest) lines.push(`  ${''.padEnd(8)}  ${line}`);
  }
  return lines;
}

function main(): number {
  const files = process.argv.slice(2).filter((arg) => arg !== '--');
  if (files.length !== 1) throw new UsageError('Usage: npm run replay -- <save.json>');
  const path = files[0]!;
  const shownPath = quoteUntrusted(path, 200);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new UsageError(`Cannot read ${shownPath}: ${systemProblem(error)}.`);
  }
  // The same rule as the browser's Import file: byte-order marks, UTF-16, invalid UTF-8.
  const text = decodeSaveBytes(bytes);
  if (!text.ok) throw new UsageError(`${shownPath}: ${text.error}`);
  const parsed = parseSave(text.value);
  if (!parsed.ok) throw new UsageError(`${shownPath}: ${parsed.error}`);
  const save = parsed.value;
  const check = verifySave(save);
  const { scenario, seed, difficulty } = save.game;
  const out = [
    `${save.meta.name || path} — ${scenario}, seed ${seed}, ${difficulty}, ${save.weeks.length} weeks`,
  ];
  for (const week of check.weeks) {
    const verdict = week.matches ? 'match' : `MISMATCH (replayed ${week.replayed ?? 'nothing'})`;
    out.push(`week ${String(week.week).padStart(2)}  ${week.recorded}  ${verdict}`);
  }
  out.push(...noteLines(save.notes));
  if (check.divergedAt !== null) {
    out.push(`Diverged at week ${check.divergedAt}${check.problem ? `: ${check.problem}` : ''}.`);
    writeLines(process.stdout, out);
    return 1;
  }
  out.push(`All ${check.weeks.length} weeks match.`);
  writeLines(process.stdout, out);
  return 0;
}

runTool(main, 2);
