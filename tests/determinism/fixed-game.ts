// One fixed game (scenario, seed, difficulty and four weeks of decisions) with the fingerprints the
// engine must give for it in any runtime. The Node suite checks it here; a browser suite can import
// the same fixture to check that Chromium gives the very same fingerprints.
// A deliberate rules change that moves these must bump RULES_VERSION in src/engine/state.ts and
// update the literals below (and regenerate tests/golden-saves/, see golden-saves.test.ts).
import type { Decision, GameOptions } from '../../src/engine';

export const FIXED_GAME: {
  options: GameOptions;
  weeks: Decision[][];
  /** The opening state's fingerprint. */
  start: string;
  /** The fingerprint after each week. */
  fingerprints: string[];
} = {
  options: { scenario: 'seven-camps', seed: 20251012, difficulty: 'hard' },
  weeks: [
    [{ response: 'strike-camps', target: 'nangarhar' }],
    [
      { response: 'talks-qatar' },
      { response: 'police-capacity', target: 'north-waziristan' },
      { response: 'intelligence-based-operations', target: 'north-waziristan' },
    ],
    [
      { response: 'strike-camps', target: 'paktika' },
      { response: 'intelligence-based-operations', target: 'bajaur' },
    ],
    [
      { response: 'gulf-support' },
      { response: 'talks-qatar' },
      { response: 'police-capacity', target: 'bannu' },
    ],
  ],
  start: '0d2776e43421c276',
  fingerprints: ['b1313b9ca276351b', '81feeb1330af5547', '0bd31c27e5a263ff', 'a83481fc29c1f7aa'],
};
