// Runs a command-line tool the way people run it (tsx on the source, from the project root).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
export const TIMEOUT = 60_000;

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function run(tool: 'sim' | 'replay', ...args: string[]): Run {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const result = spawnSync(TSX, [`src/cli/${tool}.ts`, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: TIMEOUT,
    env,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The one line a tool prints on stderr when it refuses its input. */
export function oneLine(stderr: string): string {
  const lines = stderr.split('\n').filter((line) => line !== '');
  expect(lines, stderr).toHaveLength(1);
  return lines[0]!;
}
