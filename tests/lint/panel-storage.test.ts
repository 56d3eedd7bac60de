// Proves the lint fence between panels and storage fires: a panel (ui, map, lab) may import the
// persistence layer's types, but every read or write of storage, slots, files and the autosave goes
// through the store's saves actions. The engine may not import the shared model either.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: fileURLToPath(new URL('../../eslint.config.js', import.meta.url)),
});

async function errors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error('ESLint returned no result');
  return result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

describe('panels and storage lint', () => {
  it.each([
    [
      "import { listSlots } from '../persistence/slots';\nexport const x = listSlots;\n",
      'src/ui/__probe__.tsx',
    ],
    [
      "import { readKey } from '../persistence/storage';\nexport const x = readKey;\n",
      'src/map/__probe__.ts',
    ],
    [
      "import { readAutosave } from '../persistence/autosave';\nexport const x = readAutosave;\n",
      'src/lab/__probe__.ts',
    ],
    [
      "import { parseCheckedSave } from '../persistence/save-format';\nexport const x = parseCheckedSave;\n",
      'src/ui/__probe__.ts',
    ],
  ])('rejects %j in %s', async (code, filePath) => {
    expect(await errors(code, filePath)).toContain('@typescript-eslint/no-restricted-imports');
  });

  it('rejects localStorage in a panel', async () => {
    expect(
      await errors("export const x = localStorage.getItem('k');\n", 'src/ui/__probe__.ts'),
    ).toContain('no-restricted-globals');
  });

  it('accepts type imports from persistence and the store’s saves actions', async () => {
    const clean = [
      "import type { CheckedSave } from '../persistence/save-format';",
      "import type { SlotSummary } from '../persistence/slots';",
      "import { listSaveSlots } from '../store/actions';",
      'export const x = (save: CheckedSave, slot: SlotSummary) => [save, slot, listSaveSlots()];',
      '',
    ].join('\n');
    expect(await errors(clean, 'src/ui/__probe__.ts')).toEqual([]);
  });

  it('keeps the engine from importing the shared model', async () => {
    expect(
      await errors(
        "import type { Note } from '../model/notes';\nexport type N = Note;\n",
        'src/engine/__probe__.ts',
      ),
    ).toContain('no-restricted-imports');
  });
});
