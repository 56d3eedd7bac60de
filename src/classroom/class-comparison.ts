/**
 * The class comparison's model: many students' games of one lesson, each already verified by
 * replay, summed up for the teacher — the spread of endings, every scorecard, what the class
 * chose each week, where on the map it struck, policed and closed, where the paths diverged and how
 * well the students predicted the crisis's reactions.
 * Pure over the checked games (no DOM, no storage), so it is tested in Node and benchmarked.
 */
import {
  DISTRICTS,
  RESPONSES,
  isDistrictId,
  isProvinceId,
  scorecard,
  type Decision,
  type DistrictId,
  type EndingId,
  type FullReplay,
  type Grade,
  type ProvinceId,
  type Scorecard,
  ENDING_IDS,
} from '../engine';
import { PREDICTION_IDS, type ClassroomWeek, type PredictionId } from '../model/classroom';
import { playedWeeks, scorePredictions } from './predictions';

/** One verified game as the comparison reads it. */
export interface ClassGame {
  /** Its place in the list, from 0, in the order the games were given. */
  id: number;
  /** Who played it: the display name the student gave, else the save's name or where it came from. */
  student: string;
  /** Where it came from, in words: "File “ali.json”", "Pasted line 4". */
  origin: string;
  /** The class code the game was played under, if any. */
  lessonCode: string | null;
  /** The game's classroom entries (justifications, predictions, votes), week by week. */
  classroomWeeks: readonly ClassroomWeek[];
  game: FullReplay;
}

/** How one game's, or the whole class's, predictions fared. */
export interface PredictionTally {
  made: number;
  hits: number;
  /** The mean Brier term over the predictions made; null when none was made. */
  brier: number | null;
}

export interface ClassRow {
  id: number;
  student: string;
  origin: string;
  lessonCode: string | null;
  /** True when the game carries another class code than the lesson's, or none. */
  otherClass: boolean;
  ending: EndingId | null;
  grade: Grade | null;
  weeksPlayed: number;
  scorecard: Scorecard;
  predictions: PredictionTally;
}

/** The class's predictions: all of them, and reaction by reaction (only those predicted). */
export interface ClassPredictions extends PredictionTally {
  /** Games with at least one prediction. */
  games: number;
  kinds: ({ id: PredictionId } & PredictionTally)[];
}

/** The endings the class reached, and how many games are not finished. */
export interface EndingSpread {
  counts: Record<EndingId, number>;
  unfinished: number;
}

/** What the class chose in one week: each response (with its target) and how many games chose it. */
export interface WeekChoices {
  week: number;
  /** Games that played this week. */
  games: number;
  choices: { key: string; response: string; target: string | null; count: number }[];
  /** How many different sets of decisions the class made this week. */
  distinctPlans: number;
}

/** Where the class acted on the map, counted over every game and week. */
export type HeatKind = 'struck' | 'policed' | 'closed';
export type PlaceHeat = Record<HeatKind, number>;

export interface ClassSummary {
  lessonCode: string | null;
  rows: ClassRow[];
  endings: EndingSpread;
  weeks: WeekChoices[];
  heat: {
    districts: Partial<Record<DistrictId, PlaceHeat>>;
    provinces: Partial<Record<ProvinceId, PlaceHeat>>;
  };
  /** The first week in which the games' decisions differ (null when all agree, or one game). */
  firstDivergence: number | null;
  predictions: ClassPredictions;
}

const RESPONSE_BY_ID = new Map<string, (typeof RESPONSES)[number]>(RESPONSES.map((r) => [r.id, r]));

/** What a response does to the place it targets, for the heat map; null when it is none of these. */
export function heatKindOf(response: string): HeatKind | null {
  if (response === 'close-crossing') return 'closed';
  const category = RESPONSE_BY_ID.get(response)?.category;
  if (category === 'Cross-border military' || category === 'Internal operations') return 'struck';
  if (category === 'Policing' || category === 'Intelligence') return 'policed';
  return null;
}

const choiceKey = (d: Decision) => (d.target ? `${d.response}@${d.target}` : d.response);
const planKey = (decisions: readonly Decision[]) => decisions.map(choiceKey).sort().join('+');

/**
 * The lesson's class code: the one given, else the one most games carry (ties: the first met).
 * Null when no game carries one.
 */
export function classCodeOf(games: readonly ClassGame[], given?: string | null): string | null {
  if (given) return given;
  const counts = new Map<string, number>();
  for (const game of games)
    if (game.lessonCode) counts.set(game.lessonCode, (counts.get(game.lessonCode) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [code, count] of counts) if (count > bestCount) [best, bestCount] = [code, count];
  return best;
}

function tally(outcomes: readonly { cameTrue: boolean; brier: number }[]): PredictionTally {
  const made = outcomes.length;
  return {
    made,
    hits: outcomes.filter((outcome) => outcome.cameTrue).length,
    brier: made === 0 ? null : outcomes.reduce((sum, outcome) => sum + outcome.brier, 0) / made,
  };
}

function emptyHeat(): PlaceHeat {
  return { struck: 0, policed: 0, closed: 0 };
}

/** Sums up a class's games; `lessonCode` is the code the teacher expects (else the most common). */
export function summariseClass(
  games: readonly ClassGame[],
  lessonCode?: string | null,
): ClassSummary {
  const code = classCodeOf(games, lessonCode);
  const counts = Object.fromEntries(ENDING_IDS.map((id) => [id, 0])) as Record<EndingId, number>;
  let unfinished = 0;
  const outcomes = games.map(
    (entry) =>
      scorePredictions(
        entry.classroomWeeks,
        playedWeeks(entry.game.reports, entry.game.final.history),
      ).outcomes,
  );
  const rows: ClassRow[] = games.map((entry, index) => {
    const { final } = entry.game;
    const ending = final.ending;
    if (ending) counts[ending.id]++;
    else unfinished++;
    return {
      id: entry.id,
      student: entry.student,
      origin: entry.origin,
      lessonCode: entry.lessonCode,
      otherClass: code !== null && entry.lessonCode !== code,
      ending: ending?.id ?? null,
      grade: ending?.grade ?? null,
      weeksPlayed: entry.game.weeks.length,
      scorecard: scorecard(final),
      predictions: tally(outcomes[index]!),
    };
  });
  const allOutcomes = outcomes.flat();
  const predictions: ClassPredictions = {
    ...tally(allOutcomes),
    games: outcomes.filter((made) => made.length > 0).length,
    kinds: PREDICTION_IDS.map((id) => ({
      id,
      ...tally(allOutcomes.filter((outcome) => outcome.prediction.id === id)),
    })).filter((kind) => kind.made > 0),
  };

  const longest = Math.max(0, ...games.map((g) => g.game.weeks.length));
  const weeks: WeekChoices[] = [];
  const heat: ClassSummary['heat'] = { districts: {}, provinces: {} };
  let firstDivergence: number | null = null;
  for (let week = 1; week <= longest; week++) {
    const tally = new Map<string, WeekChoices['choices'][number]>();
    const plans = new Set<string>();
    let played = 0;
    for (const entry of games) {
      const decisions = entry.game.weeks[week - 1];
      if (!decisions) continue;
      played++;
      plans.add(planKey(decisions));
      for (const decision of decisions) {
        const key = choiceKey(decision);
        const seen = tally.get(key);
        if (seen) seen.count++;
        else
          tally.set(key, {
            key,
            response: decision.response,
            target: decision.target ?? null,
            count: 1,
          });
        const kind = heatKindOf(decision.response);
        const target = decision.target;
        if (!kind || !target) continue;
        if (isDistrictId(target)) (heat.districts[target] ??= emptyHeat())[kind]++;
        else if (isProvinceId(target)) (heat.provinces[target] ??= emptyHeat())[kind]++;
      }
    }
    if (firstDivergence === null && plans.size > 1) firstDivergence = week;
    weeks.push({
      week,
      games: played,
      choices: [...tally.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)),
      distinctPlans: plans.size,
    });
  }
  return {
    lessonCode: code,
    rows,
    endings: { counts, unfinished },
    weeks,
    heat,
    firstDivergence,
    predictions,
  };
}

/** A district's name for a heat table. */
export function districtName(id: DistrictId): string {
  return DISTRICTS[id].name;
}
