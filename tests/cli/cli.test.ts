// The command-line tools, run the way people run them (tsx on the source, from the project root):
// exit codes, the one-line errors, byte-identical output for identical commands, and saves written
// by the simulator that the replay checker accepts, or refuses once tampered with.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METER_IDS, fingerprint, type EndingId, ENDING_GRADES, ENDING_IDS } from '../../src/engine';
import { balancedStrategy, playGame } from '../../src/engine/strategies';
import { EN } from '../../src/text';
import { makeSave, serialiseSave } from '../../src/persistence/save-format';
import { TIMEOUT, oneLine, run } from './run-tool';

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
      for (const id of ENDING_IDS) {
        const title = EN.endingTitle(id);
        const grade = ENDING_GRADES[id];
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
        expect(ENDING_IDS).toContain(record.ending);
        expect(record.grade).toBe(ENDING_GRADES[record.ending as EndingId]);
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

describe('sim --balance', () => {
  // The report itself is computed and checked by tests/balance (the same functions, same plan).
  it.each([
    [['--balance', '--strategy', 'hawk'], '--strategy'],
    [['--balance', '--json'], '--json'],
    [['--balance', '--games', '0'], '0'],
  ])(
    'refuses %j with exit 2 and one line naming %s',
    (args, bad) => {
      const { status, stdout, stderr } = run('sim', ...args);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(oneLine(stderr)).toContain(bad);
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

describe('replay reads every format and prints the notes', () => {
  it(
    'a committed format-1 save: every week matches, no notes section',
    () => {
      const file = fileURLToPath(
        new URL('../golden-saves/karachi-balanced-1101.json', import.meta.url),
      );
      const raw = JSON.parse(readFileSync(file, 'utf8')) as {
        version: number;
        weeks: { fingerprint: string }[];
      };
      expect(raw.version).toBe(1);
      const { status, stdout, stderr } = run('replay', file);
      expect(stderr).toBe('');
      expect(status).toBe(0);
      const lines = stdout.trimEnd().split('\n');
      expect(lines.slice(1, -1)).toEqual(
        raw.weeks.map((week, i) => `week ${String(i + 1).padStart(2)}  ${week.fingerprint}  match`),
      );
      expect(lines.at(-1)).toBe(`All ${raw.weeks.length} weeks match.`);
      expect(stdout).not.toContain('Notes:');
    },
    TIMEOUT,
  );

  it.each([1, 2])(
    'a save of rules version %i is refused, naming both versions',
    (rules) => {
      const file = fileURLToPath(
        new URL(`../golden-saves/refused/karachi-dove-6606-rules-${rules}.json`, import.meta.url),
      );
      const { status, stdout, stderr } = run('replay', file);
      expect(status).not.toBe(0);
      expect(stdout + stderr).toContain(`rules version ${rules}`);
      expect(stdout + stderr).toContain('rules version 3');
    },
    TIMEOUT,
  );

  it(
    'a format-2 save: the notes by week after the fingerprint lines, control characters escaped',
    () => {
      const options = { scenario: 'karachi', seed: 8, difficulty: 'normal' } as const;
      const weeks = playGame(options, balancedStrategy).weeks.slice(0, 3);
      const made = makeSave(options, weeks, { name: 'Noted \u001b[2Jgame' }, [
        { week: 2, text: 'Two lines:\nthe second one' },
        { week: 0, text: 'Opening <b>plan</b>' },
        { week: 3, text: 'Bell \u0007 and escape \u001b[31m' },
      ]);
      if (!made.ok) throw new Error(made.error);
      const file = join(dir, 'noted.json');
      writeFileSync(file, serialiseSave(made.value));
      const { status, stdout, stderr } = run('replay', file);
      expect(stderr).toBe('');
      expect(status).toBe(0);
      expect(stdout).not.toContain('\u001b');
      expect(stdout).not.toContain('\u0007');
      const lines = stdout.trimEnd().split('\n');
      expect(lines[0]).toBe('Noted \\u{1b}[2Jgame — karachi, seed 8, normal, 3 weeks');
      expect(lines.slice(1, 4).every((line) => line.endsWith('  match'))).toBe(true);
      expect(lines.slice(4)).toEqual([
        'Notes:',
        '  opening   Opening <b>plan</b>',
        '  week  2   Two lines:',
        '            the second one',
        '  week  3   Bell \\u{7} and escape \\u{1b}[31m',
        'All 3 weeks match.',
      ]);
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
      expect(oneLine(stderr)).toMatch(
        /not-a-save\.json": This file is not a save: .*not valid JSON/,
      );
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
      expect(oneLine(stderr)).toMatch(
        /^Cannot read ".*no-such-save\.json": there is no such file or directory \(ENOENT\)\.$/,
      );
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
