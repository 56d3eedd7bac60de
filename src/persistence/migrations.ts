/**
 * Every upgrade of old save files lives here, one step per format version, so a save from any
 * earlier version is brought up to date in one place. Version 1 is the first format: there is
 * nothing to migrate yet, but newer and unknown versions are refused here with a clear message.
 */
import { RULES_VERSION, type Result } from '../engine';

export const CURRENT_SAVE_VERSION = 1;

/** Steps that turn a save of version N into version N + 1, keyed by N. */
const STEPS: Record<number, (save: Record<string, unknown>) => Record<string, unknown>> = {};

export function migrate(raw: Record<string, unknown>): Result<Record<string, unknown>, string> {
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, error: 'This save has no valid format version.' };
  if (version > CURRENT_SAVE_VERSION)
    return {
      ok: false,
      error: `This save was made by a newer version of Frontier Crisis (format ${version}; this game reads up to ${CURRENT_SAVE_VERSION}).`,
    };
  let save = raw;
  for (let step = version; step < CURRENT_SAVE_VERSION; step++) {
    const upgrade = STEPS[step];
    if (!upgrade) return { ok: false, error: `Saves of format ${step} can no longer be read.` };
    save = upgrade(save);
  }
  const rules = save.rulesVersion;
  if (typeof rules === 'number' && rules !== RULES_VERSION)
    return {
      ok: false,
      error: `This save was played under rules version ${rules}; this game runs rules version ${RULES_VERSION}, so its weeks would not replay the same.`,
    };
  return { ok: true, value: save };
}
