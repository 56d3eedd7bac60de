// Proves the lint fence around src/engine fires: the architecture's promise that the engine imports
// nothing of the game, touches no browser API and reads no clock or unseeded randomness.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: fileURLToPath(new URL('../../eslint.config.js', import.meta.url)),
});

async function engineErrors(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: 'src/engine/__probe__.ts' });
  if (!result) throw new Error('ESLint returned no result');
  return result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

describe('engine purity lint', () => {
  it.each([
    ["import Phaser from 'phaser';\nexport const game = Phaser;\n", 'no-restricted-imports'],
    ["import { Howl } from 'howler';\nexport const h = Howl;\n", 'no-restricted-imports'],
    ["import { h } from 'preact/hooks';\nexport const x = h;\n", 'no-restricted-imports'],
    ["import { x } from '../store/game-store';\nexport const y = x;\n", 'no-restricted-imports'],
    ["import { x } from '../../ui/panel';\nexport const y = x;\n", 'no-restricted-imports'],
    ["import { x } from '../persistence';\nexport const y = x;\n", 'no-restricted-imports'],
    ["import { x } from '../lab/lab-run';\nexport const y = x;\n", 'no-restricted-imports'],
    ["import { EN } from '../text';\nexport const y = EN;\n", 'no-restricted-imports'],
    ["import { en } from '../../text/en/events';\nexport const y = en;\n", 'no-restricted-imports'],
    ['export const root = (x: number): number => Math.sqrt(x);\n', 'no-restricted-properties'],
    ['export const power = (x: number): number => Math.pow(x, 3);\n', 'no-restricted-properties'],
    ['export const grow = (x: number): number => Math.exp(x);\n', 'no-restricted-properties'],
    ['export const scale = (x: number): number => Math.log(x);\n', 'no-restricted-properties'],
    ['export const log10 = (x: number): number => Math.log10(x);\n', 'no-restricted-properties'],
    ['export const wave = (x: number): number => Math.sin(x);\n', 'no-restricted-properties'],
    [
      'export const angle = (y: number, x: number): number => Math.atan2(y, x);\n',
      'no-restricted-properties',
    ],
    [
      'export const length = (x: number, y: number): number => Math.hypot(x, y);\n',
      'no-restricted-properties',
    ],
    ['export const { sqrt } = Math;\n', 'no-restricted-properties'],
    ['export const square = (x: number): number => x ** 2;\n', 'no-restricted-syntax'],
    [
      'export function square(x: number): number {\n  x **= 2;\n  return x;\n}\n',
      'no-restricted-syntax',
    ],
    ['export const roll = (): number => Math.random();\n', 'no-restricted-properties'],
    ['export const now = (): number => Date.now();\n', 'no-restricted-properties'],
    ['export const today = (): Date => new Date();\n', 'no-restricted-syntax'],
    ['export const title = (): string => document.title;\n', 'no-restricted-globals'],
    ['export const bad = (value: any): number => value;\n', '@typescript-eslint/no-explicit-any'],
  ])('rejects %j with %s', async (code, ruleId) => {
    expect(await engineErrors(code)).toContain(ruleId);
  });

  it('accepts a clean engine module', async () => {
    const clean = [
      "import { nextRandom } from './random';",
      "import type { GameState } from './types';",
      '',
      'export const half = (x: number): number => Math.trunc(x / 2) + Math.imul(x, 3) + x * x;',
      '',
      'export function advance(state: GameState): GameState {',
      '  const [value, rng] = nextRandom(state.rng);',
      '  return { ...state, rng, week: state.week + 1, roll: value };',
      '}',
      '',
    ].join('\n');
    expect(await engineErrors(clean)).toEqual([]);
  });

  it('leaves code outside the engine free to use the browser', async () => {
    const [result] = await eslint.lintText(
      "import Phaser from 'phaser';\nexport const t = (): number => Date.now() + Math.random();\nexport const g = Phaser;\n",
      { filePath: 'src/map/__probe__.ts' },
    );
    expect(result?.errorCount).toBe(0);
  });
});
