// Bundled for the browser by the determinism test: replays the fixed game in the page and exposes
// its fingerprints, so Chromium's results can be compared with Node's.
import { fingerprint, newGame, replay } from '../../src/engine';
import { FIXED_GAME } from '../determinism/fixed-game';

const start = newGame(FIXED_GAME.options);
const replayed = replay(FIXED_GAME.options, FIXED_GAME.weeks);
(globalThis as unknown as { fixedGameFingerprints: unknown }).fixedGameFingerprints = {
  start: start.ok ? fingerprint(start.value) : null,
  weeks: replayed.ok ? replayed.value.fingerprints : null,
};
