// The command-line tools, run the way people run them (tsx on the source, from the project root):
// exit codes, the one-line errors, byte-identical output for identical commands, and saves written
// by the simulator that the replay checker accepts, or refuses once tampered with.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENDINGS, METER_IDS, fingerprint, type EndingId } from '../../src/engine';
import { balancedStrategy, playGame } from '../../src/engine/strategies';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const TIMEOUT = 60_000;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(tool: 'sim' | 'replay', ...args: string[]): Run {
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
function oneLine(stderr: string): string {
  const lines = stderr.split('\n').filter((line) => line !== '');
  expect(lines, stderr).toHaveLength(1);
  return lines[0]!;
}

const SIM = ['--scenario', 'karachi', '--seed', '3', '--strategy', 'balanced', '--games', '5'];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'frontier-cli-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('sim', () => {
  it(
    'prints the Endings table for five games',
    () => {
      const { status, stdout, stderr } = run('sim', ...SIM);
      expect(stderr).toBe('');
      expect(status).toBe(0);
      const lines = stdout.split('\n');
      const start = lines.indexOf('Endings');
      expect(start).toBeGreaterThan(0);
      let total = 0;
      for (const id of Object.keys(ENDINGS) as EndingId[]) {
        const { title, grade } = ENDINGS[id];
        const row = lines.slice(start + 1).find((line) => line.trim().startsWith(title));
        expect(row, `row for ${title}`).toBeDefined();
        const match = new RegExp(`${grade}\\s+(\\d+)\\s+[\\d.]+%$`).exec(row!);
        expect(match, row).not.toBeNull();
        total += Number(match![1]);
      }
      expect(total).toBe(5);
    },
    TIMEOUT,
  );

  it(
    '--json prints one complete record per game, the same bytes every time, true to the engine',
    () => {
      const first = run('sim', ...SIM, '--json');
      const second = run('sim', ...SIM, '--json');
      expect(first.status).toBe(0);
      expect(first.stderr).toBe('');
      expect(second.stdout).toBe(first.stdout);
      const lines = first.stdout.trimEnd().split('\n');
      expect(lines).toHaveLength(5);
      lines.forEach((line, index) => {
        const record = JSON.parse(line) as Record<string, unknown>;
        expect(record.scenario).toBe('karachi');
        expect(record.seed).toBe(3 + index);
        expect(record.strategy).toBe('balanced');
        expect(Object.keys(ENDINGS)).toContain(record.ending);
        expect(record.grade).toBe(ENDINGS[record.ending as EndingId].grade);
        expect(Number.isInteger(record.turns)).toBe(true);
        expect(record.turns).toBeGreaterThan(0);
        expect(record.fingerprint).toMatch(/^[0-9a-f]{16}$/);
        const score = record.score as Record<string, unknown>;
        expect(Object.keys(score).length).toBeGreaterThan(0);
        for (const value of Object.values(score)) expect(typeof value).toBe('number');
        const final = record.final as Record<string, unknown>;
        for (const key of [...METER_IDS, 'ladder']) expect(typeof final[key], key).toBe('number');
        // The tool reports exactly what the engine computes in this process.
        const played = playGame(
          { scenario: 'karachi', seed: 3 + index, difficulty: 'normal' },
          balancedStrategy,
        );
        expect(record.fingerprint).toBe(fingerprint(played.state));
        expect(record.turns).toBe(played.weeks.length);
      });
    },
    TIMEOUT,
  );

  it.each([
    [['--scenario', 'atlantis'], 'atlantis'],
    [['--strategy', 'lazy'], 'lazy'],
    [['--games', 'abc'], 'abc'],
    [['--seed', '-1'], '-1'],
  ])(
    'refuses %j in one line naming %s',
    (args, bad) => {
      const { status, stdout, stderr } = run('sim', ...args);
      expect(status).not.toBe(0);
      expect(status).not.toBeNull();
      expect(stdout).toBe('');
      expect(oneLine(stderr)).toContain(`"${bad}"`);
    },
    TIMEOUT,
  );
});

describe('sim --save-dir and replay', () => {
  let saves: string[] = [];

  beforeAll(() => {
    const { status, stderr } = run(
      'sim',
      ...['--scenario', 'seven-camps', '--seed', '40', '--strategy', 'random', '--games', '2'],
      ...['--save-dir', dir],
    );
    expect(stderr).toBe('');
    expect(status).toBe(0);
    saves = readdirSync(dir).sort();
  }, TIMEOUT);

  it(
    'writes one save per game that replay accepts, week by week',
    () => {
      expect(saves).toEqual(['seven-camps-random-40.json', 'seven-camps-random-41.json']);
      const file = join(dir, saves[0]!);
      const weeks = (JSON.parse(readFileSync(file, 'utf8')) as { weeks: unknown[] }).weeks.length;
      const { status, stdout, stderr } = run('replay', file);
      expect(stderr).toBe('');
      expect(status).toBe(0);
      expect(stdout).toContain(`All ${weeks} weeks match.`);
      expect(stdout.match(/ match$/gm)).toHaveLength(weeks);
    },
    TIMEOUT,
  );

  it(
    'a tampered fingerprint: exit 1, naming the week',
    () => {
      const save = JSON.parse(readFileSync(join(dir, saves[1]!), 'utf8')) as {
        weeks: { fingerprint: string }[];
      };
      expect(save.weeks.length).toBeGreaterThan(2);
      const week = save.weeks[1]!;
      week.fingerprint = `${week.fingerprint.slice(0, 15)}${week.fingerprint.endsWith('0') ? '1' : '0'}`;
      const file = join(dir, 'tampered.json');
      writeFileSync(file, JSON.stringify(save));
      const { status, stdout } = run('replay', file);
      expect(status).toBe(1);
      expect(stdout).toContain('Diverged at week 2');
    },
    TIMEOUT,
  );
});

describe('replay refuses what it cannot read', () => {
  it(
    'a file that is not JSON: exit 2, one clear line',
    () => {
      const file = join(dir, 'not-a-save.json');
      writeFileSync(file, 'this is not a save file\n');
      const { status, stdout, stderr } = run('replay', file);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(oneLine(stderr)).toMatch(/not-a-save\.json: .*not valid JSON/);
    },
    TIMEOUT,
  );

  it(
    'a missing file: exit 2, one clear line',
    () => {
      const file = join(dir, 'no-such-save.json');
      const { status, stdout, stderr } = run('replay', file);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(oneLine(stderr)).toMatch(/Cannot read .*no-such-save\.json: ENOENT/);
    },
    TIMEOUT,
  );

  it(
    'no argument: exit 2 with the usage',
    () => {
      const { status, stdout, stderr } = run('replay');
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(oneLine(stderr)).toMatch(/^Usage: .*replay.*<save\.json>/);
    },
    TIMEOUT,
  );
});
