/**
 * npm run replay -- <save.json>
 * Re-runs a save headless and checks each week's fingerprint against the one recorded.
 * Exit 0: all match. Exit 1: the replay diverges (the first week is named). Exit 2: unreadable or invalid.
 */
import { readFileSync } from 'node:fs';
import { parseSave, verifySave } from '../persistence/save-format';
import { UsageError, runTool } from './args';

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
    `${save.meta.name || path} — ${scenario}, seed ${seed}, ${difficulty}, ${save.weeks.length} weeks`,
  ];
  for (const week of check.weeks) {
    const verdict = week.matches ? 'match' : `MISMATCH (replayed ${week.replayed ?? 'nothing'})`;
    out.push(`week ${String(week.week).padStart(2)}  ${week.recorded}  ${verdict}`);
  }
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
