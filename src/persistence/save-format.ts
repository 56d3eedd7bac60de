/**
 * The save file: a game's inputs (scenario, seed, difficulty and each week's decisions) plus the
 * fingerprint after each week, with a format version. `parseSave` and `makeSave` are a pair: the
 * first never throws and says exactly what is wrong with a file; the second builds a file by
 * replaying the inputs, so its fingerprints are always true.
 */
import * as v from 'valibot';
import {
  MAX_SEED,
  RULES_VERSION,
  replay,
  type Decision,
  type GameOptions,
  type Result,
} from '../engine';
import { migrate } from './migrations';

export const SAVE_FORMAT = 'frontier-crisis-save';
export const SAVE_VERSION = 1;
/** Larger files are refused before parsing: a 24-week save is a few kilobytes. */
export const MAX_SAVE_BYTES = 1_000_000;

const DecisionSchema = v.strictObject({
  response: v.pipe(v.string(), v.maxLength(64)),
  target: v.optional(v.pipe(v.string(), v.maxLength(64))),
});

const WeekSchema = v.strictObject({
  decisions: v.pipe(v.array(DecisionSchema), v.maxLength(12)),
  fingerprint: v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/, 'a fingerprint is sixteen hex digits')),
});

const SaveSchema = v.strictObject({
  format: v.literal(SAVE_FORMAT),
  version: v.literal(SAVE_VERSION),
  rulesVersion: v.literal(RULES_VERSION),
  game: v.strictObject({
    scenario: v.string(),
    seed: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_SEED)),
    difficulty: v.string(),
  }),
  weeks: v.pipe(v.array(WeekSchema), v.maxLength(60)),
  meta: v.strictObject({
    name: v.pipe(v.string(), v.maxLength(120)),
    createdAt: v.optional(v.pipe(v.string(), v.maxLength(40))),
    /** The game this one branched from, and the week it branched after. */
    branchOf: v.optional(
      v.strictObject({
        name: v.pipe(v.string(), v.maxLength(120)),
        week: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(60)),
      }),
    ),
  }),
});

export type SaveFile = v.InferOutput<typeof SaveSchema>;

/** Where a branched game came from: the game's name and the week it branched after. */
export interface BranchOf {
  name: string;
  week: number;
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** Reads a save file's text. Every failure is a clear sentence; nothing is thrown. */
export function parseSave(text: string): Result<SaveFile, string> {
  // Characters never outnumber UTF-8 bytes, so the cheap count rules out most large files first.
  const bytes = text.length > MAX_SAVE_BYTES ? text.length : new TextEncoder().encode(text).length;
  if (bytes > MAX_SAVE_BYTES)
    return {
      ok: false,
      error: `This file is too large to be a save (over ${MAX_SAVE_BYTES} bytes).`,
    };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {
      ok: false,
      error: 'This file is not a save: it is not valid JSON (it may be truncated or corrupted).',
    };
  }
  if (
    typeof raw !== 'object' ||
    raw === null ||
    (raw as { format?: unknown }).format !== SAVE_FORMAT
  )
    return { ok: false, error: 'This file is not a Frontier Crisis save.' };
  const migrated = migrate(raw as Record<string, unknown>);
  if (!migrated.ok) return migrated;
  const result = v.safeParse(SaveSchema, migrated.value);
  if (!result.success) {
    return { ok: false, error: `This save is damaged: ${describeIssue(result.issues[0])}.` };
  }
  const save = result.output;
  const replayed = replay(
    save.game,
    save.weeks.map((w) => w.decisions),
    0,
  );
  if (!replayed.ok) return { ok: false, error: `This save is damaged: ${replayed.error.message}` };
  return { ok: true, value: save };
}

/** Builds a save by replaying the inputs; fails (with the reason) if any week is illegal. */
export function makeSave(
  game: GameOptions,
  weeks: readonly (readonly Decision[])[],
  meta: { name: string; createdAt?: string; branchOf?: BranchOf | undefined },
): Result<SaveFile, string> {
  const replayed = replay(game, weeks);
  if (!replayed.ok)
    return { ok: false, error: `Week ${replayed.error.week}: ${replayed.error.message}` };
  return {
    ok: true,
    value: {
      format: SAVE_FORMAT,
      version: SAVE_VERSION,
      rulesVersion: RULES_VERSION,
      game: { scenario: game.scenario, seed: game.seed, difficulty: game.difficulty },
      weeks: weeks.map((decisions, index) => ({
        decisions: decisions.map((d) =>
          d.target === undefined
            ? { response: d.response }
            : { response: d.response, target: d.target },
        ),
        fingerprint: replayed.value.fingerprints[index]!,
      })),
      meta: {
        name: meta.name.slice(0, 120),
        ...(meta.createdAt ? { createdAt: meta.createdAt } : {}),
        ...(meta.branchOf
          ? { branchOf: { name: meta.branchOf.name.slice(0, 120), week: meta.branchOf.week } }
          : {}),
      },
    },
  };
}

export function serialiseSave(save: SaveFile): string {
  return `${JSON.stringify(save, null, 2)}\n`;
}

export interface WeekCheck {
  week: number;
  recorded: string;
  /** The replayed fingerprint, or null when the week could not be replayed. */
  replayed: string | null;
  matches: boolean;
}

export interface SaveCheck {
  weeks: WeekCheck[];
  /** The first week whose fingerprint differs, or null when all match. */
  divergedAt: number | null;
  /** Why the replay stopped early, if it did. */
  problem: string | null;
}

/** Replays a save and compares every week's fingerprint with the one recorded. */
export function verifySave(save: SaveFile): SaveCheck {
  const weeks: WeekCheck[] = [];
  const decisions = save.weeks.map((w) => w.decisions);
  const replayed = replay(save.game, decisions);
  // When a week cannot be replayed, the weeks before it still count: replay up to that week, so
  // the divergence is reported at the week that broke and not at week 1.
  const partial = replayed.ok ? replayed : replay(save.game, decisions, replayed.error.week - 1);
  const fingerprints = partial.ok ? partial.value.fingerprints : [];
  let divergedAt: number | null = null;
  save.weeks.forEach((week, index) => {
    const actual = fingerprints[index] ?? null;
    const matches = actual === week.fingerprint;
    if (!matches && divergedAt === null) divergedAt = index + 1;
    weeks.push({ week: index + 1, recorded: week.fingerprint, replayed: actual, matches });
  });
  return {
    weeks,
    divergedAt,
    problem: replayed.ok ? null : `week ${replayed.error.week}: ${replayed.error.message}`,
  };
}

/**
 * Reads a save and replays it against its own fingerprints: what every import, slot load and share
 * link goes through. A save that parses but no longer replays, or whose fingerprints were altered,
 * is refused with the week that broke.
 */
export function parseCheckedSave(text: string): Result<SaveFile, string> {
  const parsed = parseSave(text);
  if (!parsed.ok) return parsed;
  const check = verifySave(parsed.value);
  // The first week that breaks decides the message: a changed week that still replays (but to
  // another fingerprint) comes before a later week that can no longer be played at all.
  const diverged = check.divergedAt === null ? null : check.weeks[check.divergedAt - 1];
  if (check.problem !== null && (diverged === null || diverged?.replayed === null))
    return { ok: false, error: `This save no longer replays: ${check.problem}` };
  if (check.divergedAt !== null)
    return {
      ok: false,
      error: `This save has been altered or damaged: week ${check.divergedAt} does not replay to the fingerprint recorded for it.`,
    };
  return parsed;
}
