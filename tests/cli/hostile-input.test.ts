// The command-line tools against hostile input: terminal escapes, direction and zero-width
// characters and huge values in saves and arguments never reach stdout or stderr as themselves
// (they are shown as \u{…} escapes) and no line runs on for kilobytes; files are read by the same
// encoding rule as the browser (byte-order marks, UTF-16, invalid UTF-8); a bad --save-dir exits
// 2 with one line naming the option instead of spinning.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { balancedStrategy, playGame } from '../../src/engine/strategies';
import { makeSave, serialiseSave, type SaveFile } from '../../src/persistence/save-format';
import { MAX_LINE_CHARS } from '../../src/cli/terminal-text';
import { TIMEOUT, oneLine, run, type Run } from './run-tool';

/** Any control (but the line breaks between lines), direction, zero-width or format character. */
const UNSAFE = /[\p{Cf}\p{Cs}\p{Zl}\p{Zp}]|(?![\n])\p{Cc}/u;
const ERASE_AND_LIE = '\u001b[2K\u001b[1A\rAll 12 weeks match.';
const HOSTILE = `${ERASE_AND_LIE}\u202e\u2066\u200b\u200d\u0007`;

function expectSafe(result: Run): void {
  for (const [name, text] of [
    ['stdout', result.stdout],
    ['stderr', result.stderr],
  ] as const) {
    expect(UNSAFE.exec(text), name).toBeNull();
    for (const line of text.split('\n'))
      expect(line.length, `${name} line`).toBeLessThanOrEqual(MAX_LINE_CHARS + 60);
  }
}

let dir: string;
let save: SaveFile;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'frontier-cli-hostile-'));
  const options = { scenario: 'karachi', seed: 4, difficulty: 'normal' } as const;
  const made = makeSave(options, playGame(options, balancedStrategy).weeks.slice(0, 2), {
    name: `Name ${HOSTILE}`,
  });
  if (!made.ok) throw new Error(made.error);
  save = made.value;
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('replay escapes everything it quotes from a save', () => {
  it(
    'a name and notes full of escapes, direction and zero-width characters',
    () => {
      const noted = { ...save, notes: [{ week: 1, text: `Note ${HOSTILE}\u2028next` }] };
      const result = run('replay', file('hostile-text.json', JSON.stringify(noted)));
      expectSafe(result);
      expect(result.status).toBe(0);
      const lines = result.stdout.trimEnd().split('\n');
      expect(lines[0]).toMatch(
        /^Name \\u\{1b\}\[2K\\u\{1b\}\[1A\\u\{d\}All 12 weeks match\.\\u\{202e\}\\u\{2066\}\\u\{200b\}\\u\{200d\}\\u\{7\} — karachi/,
      );
      expect(lines.at(-1)).toBe('All 2 weeks match.');
      expect(lines.at(-2)).toMatch(/^ {2}week {2}1 {3}Note \\u\{1b\}.*\\u\{2028\}next$/);
    },
    TIMEOUT,
  );

  it(
    'an escape sequence in a decision cannot erase the verdict',
    () => {
      const forged = structuredClone(save);
      forged.weeks[1]!.decisions = [{ response: ERASE_AND_LIE }];
      const result = run('replay', file('hostile-decision.json', JSON.stringify(forged)));
      expectSafe(result);
      expect(result.status).not.toBe(0);
      expect(`${result.stdout}${result.stderr}`).toContain('\\u{1b}[2K');
      expect(result.stdout.trimEnd().split('\n').at(-1) ?? '').not.toMatch(/^All \d+ weeks match/);
    },
    TIMEOUT,
  );

  it(
    'a 900 kB unknown field is one short line naming it, escaped',
    () => {
      const key = `\u001b]0;title\u0007${'k'.repeat(900_000)}`;
      const result = run('replay', file('huge-key.json', JSON.stringify({ ...save, [key]: 1 })));
      expectSafe(result);
      expect(result.status).toBe(2);
      const line = oneLine(result.stderr);
      expect(line.length).toBeLessThan(400);
      expect(line).toMatch(
        /there is no field called "\\u\{1b\}\]0;title\\u\{7\}k+…" \(900010 characters\)/,
      );
    },
    TIMEOUT,
  );

  it(
    'a hostile file name',
    () => {
      const result = run('replay', join(dir, `missing ${HOSTILE}.json`));
      expectSafe(result);
      expect(result.status).toBe(2);
      expect(oneLine(result.stderr)).toMatch(/^Cannot read ".*missing \\u\{1b\}/);
    },
    TIMEOUT,
  );
});

describe('sim escapes its arguments', () => {
  it(
    'a hostile scenario, strategy or seed: exit 2, one escaped line each',
    () => {
      for (const args of [
        ['--scenario', HOSTILE],
        ['--strategy', HOSTILE],
        ['--seed', HOSTILE],
        ['--difficulty', `${HOSTILE}${'d'.repeat(50_000)}`],
        [`--${HOSTILE}`],
      ]) {
        const result = run('sim', ...args);
        expectSafe(result);
        expect(result.status, args[0]).toBe(2);
        expect(oneLine(result.stderr)).toContain('\\u{1b}');
      }
    },
    TIMEOUT * 2,
  );
});

describe('replay reads files by the browser rule', () => {
  const text = () => serialiseSave({ ...save, meta: { name: 'Encoded — کراچی' } });

  function utf16le(value: string): Uint8Array {
    return new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(value, 'utf16le'))]);
  }

  it(
    'UTF-8 with a byte-order mark and UTF-16 with one: accepted, the name read right',
    () => {
      for (const [name, bytes] of [
        ['bom.json', new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text())])],
        ['utf16.json', utf16le(text())],
      ] as const) {
        const result = run('replay', file(name, bytes));
        expect(result.stderr, name).toBe('');
        expect(result.status, name).toBe(0);
        expect(result.stdout.split('\n')[0]).toBe(
          'Encoded — کراچی — karachi, seed 4, normal, 2 weeks',
        );
      }
    },
    TIMEOUT,
  );

  it(
    'invalid UTF-8: exit 2, refused as the browser refuses it',
    () => {
      const bytes = Buffer.from(text());
      bytes[bytes.indexOf('Encoded')] = 0xff;
      const result = run('replay', file('invalid.json', bytes));
      expect(result.status).toBe(2);
      expect(oneLine(result.stderr)).toMatch(
        /invalid\.json": This file is not a save: it is not valid UTF-8 text/,
      );
    },
    TIMEOUT,
  );
});

describe('sim --save-dir', () => {
  it(
    'a directory that cannot be made or written: exit 2 at once, one line naming the option',
    () => {
      const aFile = file('plain-file', 'x');
      for (const bad of ['/proc/nope', '/proc', aFile, join(aFile, 'below'), '']) {
        const result = run('sim', '--games', '1', '--save-dir', bad);
        expect(result.status, bad).toBe(2);
        expect(result.stdout, bad).toBe('');
        expect(oneLine(result.stderr)).toMatch(/^--save-dir "/);
      }
    },
    TIMEOUT * 2,
  );
});
