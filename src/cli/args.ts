/** Small helpers shared by the command-line tools: reading numbers and failing with one clear line. */

export class UsageError extends Error {}

export function wholeNumber(
  name: string,
  raw: string | undefined,
  fallback: number,
  min = 0,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new UsageError(`--${name} must be a whole number, not "${raw}".`);
  const value = Number(raw);
  if (value < min || value > max)
    throw new UsageError(`--${name} must be between ${min} and ${max}, not ${raw}.`);
  return value;
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

/** Runs a tool's main function: a UsageError prints one line and exits with `code`. */
export function runTool(main: () => number | Promise<number>, code = 2): void {
  Promise.resolve()
    .then(main)
    .then(
      (exit) => {
        process.exitCode = exit;
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        process.stderr.write(`${message}\n`);
        process.exitCode = error instanceof UsageError ? code : 1;
      },
    );
}
