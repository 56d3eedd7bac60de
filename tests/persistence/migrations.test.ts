// Migrations: every committed save of a past format version (tests/golden-saves holds version-1
// files, kept as they were written) loads through the migrations as the current format and replays
// week by week to the fingerprints it recorded; and migrate() on crafted inputs refuses newer,
// unknown and missing versions and impossible old files with a clear sentence, and leaves a
// current file (its notes included) as it is.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES_VERSION } from '../../src/engine';
import { CURRENT_SAVE_VERSION, migrate } from '../../src/persistence/migrations';
import {
  makeSave,
  parseCheckedSave,
  parseSave,
  serialiseSave,
  verifySave,
} from '../../src/persistence/save-format';

const DIR = fileURLToPath(new URL('../golden-saves/', import.meta.url));
const FILES = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .sort();

function rawOf(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(DIR + file, 'utf8')) as Record<string, unknown>;
}

describe('committed saves of past versions', () => {
  it('there is at least one committed save of every past version', () => {
    const versions = new Set(FILES.map((file) => rawOf(file).version));
    for (let version = 1; version < CURRENT_SAVE_VERSION; version++)
      expect(versions, `a committed save of format ${version}`).toContain(version);
  });

  it.each(FILES.filter((file) => rawOf(file).version === 1))(
    '%s (format 1) migrates to the current format and replays week by week',
    (file) => {
      const text = readFileSync(DIR + file, 'utf8');
      const raw = rawOf(file);
      expect(raw).not.toHaveProperty('notes');

      const migrated = migrate(structuredClone(raw));
      if (!migrated.ok) throw new Error(migrated.error);
      expect(migrated.value.version).toBe(CURRENT_SAVE_VERSION);
      expect(migrated.value.notes).toEqual([]);
      expect(migrated.value).not.toHaveProperty('classroom');
      // Everything else in the file is carried over as it was.
      const { version: _v, notes: _n, ...kept } = migrated.value;
      const { version: _w, ...original } = raw;
      expect(kept).toEqual(original);

      const parsed = parseCheckedSave(text);
      if (!parsed.ok) throw new Error(`${file}: ${parsed.error}`);
      const { save } = parsed.value;
      expect(save.version).toBe(CURRENT_SAVE_VERSION);
      expect(save.notes).toEqual([]);
      expect(save.weeks.map((w) => w.fingerprint)).toEqual(
        (raw.weeks as { fingerprint: string }[]).map((w) => w.fingerprint),
      );
      const check = verifySave(save);
      expect(check.problem).toBeNull();
      expect(check.divergedAt).toBeNull();
      expect(check.weeks).toHaveLength(save.weeks.length);
      for (const week of check.weeks)
        expect(week.replayed, `week ${week.week}`).toBe(week.recorded);

      // Written again, it is a current-format file that reads back the same.
      const again = parseSave(serialiseSave(save));
      expect(again).toEqual({ ok: true, value: save });
    },
  );

  it.each(FILES.filter((file) => rawOf(file).version === 2))(
    '%s (format 2) reads as the current format with its notes and replays week by week',
    (file) => {
      const raw = rawOf(file);
      expect((raw.notes as unknown[]).length, 'a format-2 file that holds notes').toBeGreaterThan(
        0,
      );
      const migrated = migrate(structuredClone(raw));
      if (!migrated.ok) throw new Error(migrated.error);
      const { version: _v, ...kept } = migrated.value;
      const { version: _w, ...original } = raw;
      expect(kept, 'nothing but the version changes').toEqual(original);
      expect(Object.keys(migrated.value)).toEqual(Object.keys(raw));

      const parsed = parseCheckedSave(readFileSync(DIR + file, 'utf8'));
      if (!parsed.ok) throw new Error(`${file}: ${parsed.error}`);
      const { save } = parsed.value;
      expect(save.version).toBe(CURRENT_SAVE_VERSION);
      expect(save.notes).toEqual(raw.notes);
      expect(save.classroom).toBeUndefined();
      expect(save.game).not.toHaveProperty('length');
      expect(save.weeks.map((w) => w.fingerprint)).toEqual(
        (raw.weeks as { fingerprint: string }[]).map((w) => w.fingerprint),
      );
      expect(parseSave(serialiseSave(save))).toEqual({ ok: true, value: save });
    },
  );
});

describe.each([1, 2])('a committed save of rules version %i', (rules) => {
  const file = `refused/karachi-dove-6606-rules-${rules}.json`;

  it(`is a format-1 file of rules version ${rules}, kept as it was written`, () => {
    const raw = rawOf(file);
    expect(raw.version).toBe(1);
    expect(raw.rulesVersion).toBe(rules);
    expect(RULES_VERSION).toBe(3);
  });

  it('is refused after its format upgrade, with a message naming both rules versions', () => {
    const result = migrate(rawOf(file));
    expect(result).toEqual({
      ok: false,
      error: `This save was played under rules version ${rules}; this game runs rules version 3, so its weeks would not replay the same.`,
    });
    const parsed = parseCheckedSave(readFileSync(DIR + file, 'utf8'));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.error).toMatch(new RegExp(`rules version ${rules}.*rules version 3`));
  });
});

describe('migrate on crafted inputs', () => {
  const current = (() => {
    const made = makeSave(
      { scenario: 'karachi', seed: 3, difficulty: 'easy' },
      [[{ response: 'apex-committee' }], []],
      { name: 'crafted' },
      [
        { week: 0, text: 'before anything' },
        { week: 2, text: '<b>kept</b> as written' },
      ],
    );
    if (!made.ok) throw new Error(made.error);
    return made.value;
  })();
  const asRaw = () => structuredClone(current) as unknown as Record<string, unknown>;

  it('a current file passes unchanged, notes and all', () => {
    const input = asRaw();
    expect(migrate(input)).toEqual({ ok: true, value: asRaw() });
    expect(parseSave(serialiseSave(current))).toEqual({ ok: true, value: current });
  });

  it('a newer version is refused with its number and ours', () => {
    expect(migrate({ ...asRaw(), version: CURRENT_SAVE_VERSION + 1 })).toEqual({
      ok: false,
      error: `This save was made by a newer version of Frontier Crisis (format ${CURRENT_SAVE_VERSION + 1}; this game reads up to ${CURRENT_SAVE_VERSION}).`,
    });
  });

  it('a missing or unusable version is refused', () => {
    const { version: _version, ...missing } = asRaw();
    for (const input of [
      missing,
      { ...missing, version: 0 },
      { ...missing, version: -1 },
      { ...missing, version: 1.5 },
      { ...missing, version: '1' },
      { ...missing, version: null },
    ])
      expect(migrate(input)).toEqual({
        ok: false,
        error: 'This save has no valid format version.',
      });
  });

  it('a format-1 file that already holds notes is refused, not silently stripped', () => {
    const { notes, ...rest } = asRaw();
    const result = migrate({ ...rest, version: 1, notes });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/format 1, which has no notes, yet it holds some/);
  });

  it('a format-1 file becomes the current format with no notes, placed before meta', () => {
    const { notes: _notes, ...rest } = asRaw();
    const result = migrate({ ...rest, version: 1 });
    if (!result.ok) throw new Error(result.error);
    expect(result.value).toEqual({ ...asRaw(), notes: [] });
    expect(Object.keys(result.value)).toEqual(Object.keys(asRaw()));
  });

  it('a format-2 file that holds classroom fields is refused, not silently read', () => {
    const base: Record<string, unknown> = { ...asRaw(), version: 2 };
    for (const input of [
      { ...base, classroom: { weeks: [] } },
      { ...base, game: { ...(base.game as object), length: 'class' } },
    ]) {
      const result = migrate(input);
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.error).toMatch(/format 2, which has no classroom games, yet it holds/);
    }
  });

  it('a format-2 file becomes the current format unchanged but for its version', () => {
    const result = migrate({ ...asRaw(), version: 2 });
    expect(result).toEqual({ ok: true, value: asRaw() });
  });

  it('an old file of another rules version is refused after its upgrade', () => {
    const { notes: _notes, ...rest } = asRaw();
    const result = migrate({ ...rest, version: 1, rulesVersion: RULES_VERSION + 1 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/played under rules version/);
  });

  it('does not change the object it is given', () => {
    const { notes: _notes, ...rest } = asRaw();
    const input = { ...rest, version: 1 };
    const copy = structuredClone(input);
    migrate(input);
    expect(input).toEqual(copy);
  });
});
