/**
 * What a classroom game keeps beside its inputs, shared by the store and the save format: the
 * lesson it belongs to (its class code), the student's display name, and per week the student's
 * justification and prediction and the class's vote. None of it is ever fingerprinted: words and
 * votes describe a game, they never change it (the engine's state holds no text).
 */
import type { Decision, Result } from '../engine';
import { characterCount, trimInvisible } from './text-checks';

/**
 * Reactions a student can predict for the week about to be played. Each one is checked against
 * the engine's report of that week (classroom/predictions.ts), never against its prose.
 */
export const PREDICTION_IDS = [
  'city-attack',
  'attack-foiled',
  'attacks-fall',
  'no-deaths',
  'kabul-border',
  'china-mediation',
  'talks-advance',
  'ladder-up',
  'ladder-down',
  'pressure-up',
] as const;
export type PredictionId = (typeof PREDICTION_IDS)[number];

export function isPredictionId(value: string): value is PredictionId {
  return (PREDICTION_IDS as readonly string[]).includes(value);
}

/** Confidence is a whole percentage: 50 (a coin toss) to 100 (certain). */
export const MIN_CONFIDENCE = 50;
export const MAX_CONFIDENCE = 100;

export interface Prediction {
  id: PredictionId;
  /** How sure the student is that it happens this week, in percent (50–100). */
  confidence: number;
}

/** One option the class weighed in a vote: the decisions it would commit and the hands for it. */
export interface VoteOption {
  decisions: Decision[];
  hands: number;
}

export interface ClassVote {
  /** The options weighed, in the order the teacher listed them (at least two). */
  options: VoteOption[];
  /** The option committed: its place in `options`. */
  chosen: number;
}

/** What a classroom game keeps for one played week (1 is the first). */
export interface ClassroomWeek {
  week: number;
  /** The one-line reason given for the week's decisions. */
  justification?: string;
  /** What the student expected to happen that week. */
  prediction?: Prediction;
  /** The class's vote before the week's decisions were committed. */
  vote?: ClassVote;
}

/** The classroom part of a game: all of it optional, only the weeks list is always there. */
export interface ClassroomRecord {
  /** The class code of the lesson this game was played in (it fixes the game's set-up). */
  lessonCode?: string;
  /** The student's display name, kept only in this browser and in the save. */
  student?: string;
  /** Week entries in week order, at most one a week. */
  weeks: ClassroomWeek[];
}

/** Limits of the format. */
export const MAX_JUSTIFICATION_CHARS = 280;
export const MAX_STUDENT_NAME_CHARS = 60;
export const MAX_VOTE_OPTIONS = 8;
export const MAX_HANDS = 1000;

/** The record cut to a game of `weeks` weeks (a branch keeps what came before it). */
export function classroomUpTo(record: ClassroomRecord, weeks: number): ClassroomRecord {
  return { ...record, weeks: record.weeks.filter((entry) => entry.week <= weeks) };
}

/** The record with one week's entry set (replacing any there), kept in week order. */
export function withClassroomWeek(record: ClassroomRecord, entry: ClassroomWeek): ClassroomRecord {
  const weeks = record.weeks.filter((other) => other.week !== entry.week);
  weeks.push(entry);
  weeks.sort((a, b) => a.week - b.week);
  return { ...record, weeks };
}

/** This week's classroom entry while it is being written, before the week ends. */
export type ClassroomDraft = Omit<ClassroomWeek, 'week'>;

/**
 * The week's entry from its draft, checked: the justification trimmed and within its length, and,
 * when `required`, both a justification and a prediction present. Null when the draft is empty.
 */
export function entryFromDraft(
  week: number,
  draft: ClassroomDraft,
  required: boolean,
): Result<ClassroomWeek | null, string> {
  const justification = trimInvisible(draft.justification ?? '');
  const count = characterCount(justification);
  if (count > MAX_JUSTIFICATION_CHARS)
    return {
      ok: false,
      error: `A justification can be at most ${MAX_JUSTIFICATION_CHARS} characters (this one has ${count}).`,
    };
  const confidence = draft.prediction?.confidence;
  if (
    confidence !== undefined &&
    (!Number.isInteger(confidence) || confidence < MIN_CONFIDENCE || confidence > MAX_CONFIDENCE)
  )
    return {
      ok: false,
      error: `A confidence is a whole percentage from ${MIN_CONFIDENCE} to ${MAX_CONFIDENCE}.`,
    };
  if (required && (!justification || !draft.prediction)) {
    const missing =
      !justification && !draft.prediction
        ? 'a one-line justification and a prediction'
        : !justification
          ? 'a one-line justification'
          : 'a prediction';
    return {
      ok: false,
      error: `This lesson asks for ${missing} before the week can end.`,
    };
  }
  const entry: ClassroomWeek = {
    week,
    ...(justification ? { justification } : {}),
    ...(draft.prediction ? { prediction: { ...draft.prediction } } : {}),
    ...(draft.vote ? { vote: draft.vote } : {}),
  };
  return { ok: true, value: Object.keys(entry).length > 1 ? entry : null };
}
