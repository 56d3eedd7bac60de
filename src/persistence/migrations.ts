/**
 * Every upgrade of old save files lives here, one step per format version, so a save from any
 * earlier version is brought up to date in one place; newer and unknown versions are refused here
 * with a clear message. A step sees the raw object of its version (not yet checked against the
 * current schema, which runs after the last step) and may refuse a file its version could not hold.
 *
 * Format history:
 * - 1: the game's inputs, a fingerprint per week and meta (name, createdAt, branchOf).
 * - 2: adds `notes`, a list of `{ week, text }` pinned to weeks (0 is the opening).
 * - 3: adds the classroom: an optional `game.length` ('class': a lesson's short game) and an
 *   optional `classroom` record between the notes and the meta (class code, display name, and per
 *   played week a justification, a prediction `{ id, confidence }` and a class vote). A format-2
 *   file has neither, so it is format 3 as it stands.
 */
import { RULES_VERSION, type Result } from '../engine';
import { messageWords } from '../text';

const words = () => messageWords().ui.saveFile;

export const CURRENT_SAVE_VERSION = 3;

type RawSave = Record<string, unknown>;

/** Steps that turn a save of version N into version N + 1, keyed by N. */
const STEPS: Record<number, (save: RawSave) => Result<RawSave, string>> = {
  1: (save) => {
    if ('notes' in save)
      return {
        ok: false,
        error: words().format1WithNotes,
      };
    // Notes go between the weeks and the meta, where format 2 writes them.
    const { meta, ...rest } = save;
    return { ok: true, value: { ...rest, version: 2, notes: [], meta } };
  },
  2: (save) => {
    const game = save.game;
    if ('classroom' in save || (typeof game === 'object' && game !== null && 'length' in game))
      return {
        ok: false,
        error: words().format2WithClassroom,
      };
    return { ok: true, value: { ...save, version: 3 } };
  },
};

export function migrate(raw: RawSave): Result<RawSave, string> {
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, error: words().noVersion };
  if (version > CURRENT_SAVE_VERSION)
    return {
      ok: false,
      error: words().newerFormat(String(version), CURRENT_SAVE_VERSION, messageWords().format),
    };
  let save = raw;
  for (let step = version; step < CURRENT_SAVE_VERSION; step++) {
    const upgrade = STEPS[step];
    if (!upgrade) return { ok: false, error: words().retiredFormat(step, messageWords().format) };
    const upgraded = upgrade(save);
    if (!upgraded.ok) return upgraded;
    save = upgraded.value;
  }
  const rules = save.rulesVersion;
  if (typeof rules === 'number' && rules !== RULES_VERSION)
    return {
      ok: false,
      error: words().otherRules(String(rules), RULES_VERSION, messageWords().format),
    };
  return { ok: true, value: save };
}
