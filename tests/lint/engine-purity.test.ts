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
