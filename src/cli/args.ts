/** Small helpers shared by the command-line tools: reading numbers and failing with one clear line. */
import { quoteUntrusted } from '../model/text-checks';
import { writeLines } from './terminal-text';

export class UsageError extends Error {}

export function wholeNumber(
  name: string,
  raw: string | undefined,
  fallback: number,
  min = 0,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw))
    throw new UsageError(`--${name} must be a whole number, not ${quoteUntrusted(raw)}.`);
  const value = Number(raw);
  if (value < min || value > max)
    throw new UsageError(`--${name} must be between ${min} and ${max}, not ${raw}.`);
  return value;
}

/** Why the system refused a file operation, in words, with its errno code in brackets. */
export function systemProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
  const words: Record<string, string> = {
    ENOENT: 'there is no such file or directory',
    EACCES: 'permission denied',
    EPERM: 'the operation is not permitted',
    EROFS: 'the file system is read-only',
    EISDIR: 'it is a directory, not a file',
    ENOTDIR: 'a part of the path is not a directory',
    EEXIST: 'something else already has that name',
    ENOSPC: 'the disk is full',
    ENAMETOOLONG: 'the name is too long',
    ELOOP: 'the path loops through symbolic links',
  };
  return code ? `${words[code] ?? 'the system refused'} (${code})` : 'the system refused';
}

/**
 * Joins `--seed -1` into `--seed=-1`: node's parseArgs refuses an option value that starts with a
 * dash as "ambiguous" (in three lines, without naming it), so a negative number would never reach
 * the option's own check, which names the bad value in one line.
 */
export function joinNegativeNumbers(argv: readonly string[]): string[] {
  const joined: string[] = [];
  for (const arg of argv) {
    const last = joined.at(-1);
    if (/^-\d/.test(arg) && last?.startsWith('--') && !last.includes('='))
      joined[joined.length - 1] = `${last}=${arg}`;
    else joined.push(arg);
  }
  return joined;
}

/**
 * Runs a tool's main function: a UsageError prints one line and exits with `code`. Any message is
 * printed through terminalLine, so whatever it quotes reaches the terminal escaped and capped.
 */
export function runTool(main: () => number | Promise<number>, code = 2): void {
  Promise.resolve()
    .then(main)
    .then(
      (exit) => {
        process.exitCode = exit;
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        writeLines(process.stderr, [message]);
        process.exitCode = error instanceof UsageError ? code : 1;
      },
    );
}
