// Lint rules for the whole project. The block for src/engine/** enforces the architecture's first
// house rule: the engine is a pure, deterministic reducer that imports nothing of the rest of the
// game, touches no browser API and reads no clock or unseeded randomness. tests/lint proves it fires.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

const PURITY = 'The engine must stay pure and deterministic.';
const PANELS_AND_STORAGE =
  'Panels dispatch intents: storage, slots, files and links go through the store’s saves actions (src/store/actions/saves.ts).';

// Folders of src/ the engine may never reach. Globs use gitignore semantics and match relative
// imports at any depth ('../store/x', '../../ui/y'). Consequence: no engine subfolder may itself be
// named like one of these (call it `geography/`, not `map/`).
const OUTER_FOLDERS = [
  'store',
  'ui',
  'map',
  'scenes',
  'audio',
  'offline',
  'persistence',
  'model',
  'cli',
  'lab',
  'text',
];

// Math functions whose results may differ in the last bit between JavaScript engines (the
// standard leaves their precision to the implementation). The engine keeps to integer maths, so
// the same game gives the same fingerprint in Node and in every browser.
const INEXACT_MATH = [
  'sqrt',
  'cbrt',
  'pow',
  'exp',
  'expm1',
  'log',
  'log1p',
  'log2',
  'log10',
  'hypot',
  'sin',
  'cos',
  'tan',
  'asin',
  'acos',
  'atan',
  'atan2',
  'sinh',
  'cosh',
  'tanh',
  'asinh',
  'acosh',
  'atanh',
];
const INTEGER_MATHS = `${PURITY} Keep to integer maths (Math.trunc, Math.imul, + - * and integer division): inexact floating-point functions can differ between Node and browsers.`;

export default defineConfig([
  globalIgnores(['dist/', 'dist-*/', 'node_modules/', 'coverage/', 'test-results/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/engine/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: ['phaser', 'howler', 'zustand', 'preact'].map((name) => ({
            name,
            message: `${PURITY} Rendering, audio, state and UI libraries belong outside src/engine.`,
          })),
          patterns: [
            {
              group: ['phaser/*', 'howler/*', 'zustand/*', 'preact/*'],
              message: `${PURITY} Rendering, audio, state and UI libraries belong outside src/engine.`,
            },
            {
              group: OUTER_FOLDERS.flatMap((folder) => [`**/${folder}`, `**/${folder}/**`]),
              message: `${PURITY} Data flows engine ← store ← {map, ui, audio, persistence}: the engine imports nothing of the rest.`,
            },
            {
              group: ['node:*'],
              message: `${PURITY} The engine runs in Node and the browser alike: no Node built-ins.`,
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['document', 'window', 'localStorage', 'sessionStorage', 'navigator', 'crypto'].map(
          (name) => ({
            name,
            message: `${PURITY} No browser or platform globals in the engine; pass what it needs in.`,
          }),
        ),
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: `${PURITY} Use the seeded generator whose state lives in the game state.`,
        },
        {
          object: 'Date',
          property: 'now',
          message: `${PURITY} The engine has no clock; time is the turn counter.`,
        },
        {
          object: 'performance',
          property: 'now',
          message: `${PURITY} The engine has no clock; measure time in the CLI or tests.`,
        },
        ...INEXACT_MATH.map((property) => ({ object: 'Math', property, message: INTEGER_MATHS })),
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date']",
          message: `${PURITY} No wall-clock dates in the engine; dates derive from the turn number.`,
        },
        {
          selector: "CallExpression[callee.name='Date']",
          message: `${PURITY} No wall-clock dates in the engine; dates derive from the turn number.`,
        },
        {
          selector: "BinaryExpression[operator='**'], AssignmentExpression[operator='**=']",
          message: INTEGER_MATHS,
        },
      ],
    },
  },
  {
    // Panels dispatch intents; the store's saves actions read and write storage, slots, files and
    // links (architecture: "panels never touch storage"). Types from persistence are fine.
    files: ['src/ui/**/*.{ts,tsx}', 'src/map/**/*.{ts,tsx}', 'src/lab/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/persistence/storage',
                '**/persistence/slots',
                '**/persistence/autosave',
                '**/persistence/save-format',
                '**/persistence/settings-storage',
              ],
              allowTypeImports: true,
              message: PANELS_AND_STORAGE,
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['localStorage', 'sessionStorage'].map((name) => ({
          name,
          message: PANELS_AND_STORAGE,
        })),
      ],
    },
  },
]);
