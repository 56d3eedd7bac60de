// Golden saves: committed save files whose every week must keep replaying to the fingerprint it
// recorded, and whose final fingerprints are pinned below, so any change to the rules shows up here.
//
// If a DELIBERATE rules change breaks this test: bump RULES_VERSION in src/engine/state.ts (old
// saves are then refused with a clear message; tests/golden-saves/refused/ keeps one file of each
// retired rules version to test that refusal), then rewrite each file IN ITS FORMAT (version 1:
// no notes; version 2: notes, kept as they are, and no classroom fields) with the new `rulesVersion`, letting the strategy named in the file play its seed again
// (recorded decisions may no longer be legal under new rules) and recording every week's
// fingerprint, and update FINAL_FINGERPRINTS. Do not rewrite the files with
// `npm run sim -- --save-dir`: that writes the current save format, and these files are also the
// committed saves of formats 1 and 2 that the migrations are tested on.
// If you did not mean to change the rules, the engine has lost determinism: find out why.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fingerprint, newGame, replay } from '../../src/engine';
import { parseSave, verifySave } from '../../src/persistence/save-format';
import { FIXED_GAME } from './fixed-game';

const DIR = fileURLToPath(new URL('../golden-saves/', import.meta.url));

/** File → the fingerprint of the game's last state. */
const FINAL_FINGERPRINTS: Record<string, string> = {
  'karachi-balanced-1101.json': '15cfcabf46e80bff',
  'seven-camps-random-2202.json': '98a593aa33a600fb',
  'doha-truce-balanced-3303.json': '900862f577384271',
  'sandbox-random-4404.json': 'edd6fcb29a055421',
  'karachi-hawk-5505.json': '5b801de7f47c9c2b',
  'karachi-dove-6606.json': 'c2b6efa9c88e834a',
  'seven-camps-balanced-7707.json': 'd8b4bef7763a9914',
};

describe('golden saves', () => {
  it('the folder holds exactly the saves pinned here', () => {
    const files = readdirSync(DIR).filter((name) => name.endsWith('.json'));
    expect(files.sort()).toEqual(Object.keys(FINAL_FINGERPRINTS).sort());
  });

  it.each(Object.entries(FINAL_FINGERPRINTS))(
    '%s parses, replays to every recorded fingerprint and ends on the pinned one',
    (file, pinned) => {
      const parsed = parseSave(readFileSync(DIR + file, 'utf8'));
      if (!parsed.ok) throw new Error(`${file}: ${parsed.error}`);
      const save = parsed.value;
      const check = verifySave(save);
      expect(check.problem).toBeNull();
      expect(check.divergedAt).toBeNull();
      expect(check.weeks).toHaveLength(save.weeks.length);
      expect(check.weeks.every((week) => week.matches)).toBe(true);

      const replayed = replay(
        save.game,
        save.weeks.map((week) => week.decisions),
      );
      if (!replayed.ok) throw new Error(JSON.stringify(replayed.error.reason));
      expect(replayed.value.final.ending, 'a golden save is a finished game').not.toBeNull();
      expect(fingerprint(replayed.value.final)).toBe(pinned);
      expect(save.weeks.at(-1)?.fingerprint).toBe(pinned);
    },
  );
});

describe('fixed game in this runtime', () => {
  it('gives the pinned fingerprints from the first state to the last week', () => {
    const start = newGame(FIXED_GAME.options);
    if (!start.ok) throw new Error(start.error);
    expect(fingerprint(start.value)).toBe(FIXED_GAME.start);
    const replayed = replay(FIXED_GAME.options, FIXED_GAME.weeks);
    if (!replayed.ok) throw new Error(JSON.stringify(replayed.error.reason));
    expect(replayed.value.fingerprints).toEqual(FIXED_GAME.fingerprints);
  });
});
