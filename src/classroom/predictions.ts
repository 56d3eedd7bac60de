/**
 * Predictions: what each reaction a student can predict means, checked against the engine's
 * report of the week (its events, changes, meters and ladder) and the week's line in the game's
 * history, never against prose; and how a game's predictions are scored (hits, and Brier's score
 * of calibration).
 */
import { DISTRICTS, DISTRICT_IDS, type WeekRecord, type WeekReport } from '../engine';
import type { ClassroomWeek, Prediction, PredictionId } from '../model/classroom';
import { PREDICTION_IDS } from '../model/classroom';

/** The week a prediction is checked on: its report and the game's history (up to it or later). */
export interface PlayedWeek {
  report: WeekReport;
  /** The game's week lines, from a state at or after this week (lines never change once written). */
  history: readonly WeekRecord[];
}

const CITIES = DISTRICT_IDS.filter((id) => DISTRICTS[id].urban);
const CITY_NAMES = CITIES.map((id) => DISTRICTS[id].name);
const cityList = `${CITY_NAMES.slice(0, -1).join(', ')} or ${CITY_NAMES.at(-1)}`;

const PAKISTANI_DEAD: readonly string[] = ['civiliansPakistan', 'police', 'soldiers'];

function line(week: PlayedWeek, number: number): WeekRecord | undefined {
  return week.history.find((record) => record.week === number);
}

function through(record: WeekRecord): number {
  return record.attacks - record.foiled;
}

interface PredictionKind {
  /** What the student predicts, as the list shows it. */
  label: string;
  /** The first week it can be predicted (a comparison with last week needs a last week). */
  fromWeek: number;
  /** Whether it happened in the week played. */
  happened: (week: PlayedWeek) => boolean;
}

export const PREDICTIONS: Record<PredictionId, PredictionKind> = {
  'city-attack': {
    label: `A militant attack gets through in a city (${cityList})`,
    fromWeek: 1,
    happened: ({ report }) =>
      report.events.some(
        (event) =>
          event.kind === 'attack' &&
          event.district !== undefined &&
          DISTRICTS[event.district].urban &&
          (event.deaths ?? 0) > 0,
      ),
  },
  'attack-foiled': {
    label: 'The security forces foil an attack',
    fromWeek: 1,
    happened: (week) => (line(week, week.report.week)?.foiled ?? 0) > 0,
  },
  'attacks-fall': {
    label: 'Fewer attacks get through than last week',
    fromWeek: 2,
    happened: (week) => {
      const now = line(week, week.report.week);
      const before = line(week, week.report.week - 1);
      return now !== undefined && before !== undefined && through(now) < through(before);
    },
  },
  'no-deaths': {
    label: 'No Pakistani is killed this week (civilian, police officer or soldier)',
    fromWeek: 1,
    // Read from the scorecard's counts, which take in every death (border fire included).
    happened: ({ report }) =>
      !report.changes.some(
        (change) =>
          change.subject === 'tally' && PAKISTANI_DEAD.includes(change.field) && change.delta > 0,
      ),
  },
  'kabul-border': {
    label: 'Kabul answers at the border (its forces fire on or attack border posts)',
    fromWeek: 1,
    happened: ({ report }) =>
      report.events.some((event) => event.actor === 'kabul' && event.kind === 'incident'),
  },
  'china-mediation': {
    label: 'China offers to mediate between Islamabad and Kabul',
    fromWeek: 1,
    // An offer is recorded as a change of China's standing offer together with a talks event of
    // the same cause; talks the player holds in Urumqi are not an offer.
    happened: ({ report }) =>
      report.changes.some(
        (change) =>
          change.subject === 'power:china' &&
          change.field === 'offer' &&
          report.events.some(
            (event) =>
              event.actor === 'china' && event.kind === 'talks' && event.cause === change.cause,
          ),
      ),
  },
  'talks-advance': {
    label: 'Talks with Kabul move forward',
    fromWeek: 1,
    happened: ({ report }) =>
      report.changes
        .filter((change) => change.subject === 'diplomacy' && change.field === 'talksProgress')
        .reduce((sum, change) => sum + change.delta, 0) > 0,
  },
  'ladder-up': {
    label: 'The escalation ladder climbs a rung or more',
    fromWeek: 1,
    happened: ({ report }) => report.ladderAfter > report.ladderBefore,
  },
  'ladder-down': {
    label: 'The escalation ladder comes down a rung or more',
    fromWeek: 1,
    happened: ({ report }) => report.ladderAfter < report.ladderBefore,
  },
  'pressure-up': {
    label: 'Public pressure on the government rises',
    fromWeek: 1,
    happened: ({ report }) =>
      report.metersAfter.publicPressure > report.metersBefore.publicPressure,
  },
};

/** The reactions that can be predicted for `week`, in the list's order. */
export function predictionsFor(week: number): PredictionId[] {
  return PREDICTION_IDS.filter((id) => PREDICTIONS[id].fromWeek <= week);
}

/** Whether a prediction came true in the week played. */
export function cameTrue(prediction: Prediction, week: PlayedWeek): boolean {
  return PREDICTIONS[prediction.id].happened(week);
}

/** One prediction against what happened. */
export interface PredictionOutcome {
  week: number;
  prediction: Prediction;
  cameTrue: boolean;
  /** (confidence − outcome)², confidence as a probability and the outcome 1 or 0. */
  brier: number;
}

export interface PredictionScore {
  outcomes: PredictionOutcome[];
  hits: number;
  /** The mean of the Brier terms, or null when nothing was predicted. */
  brier: number | null;
}

/** The Brier score a student gets by always saying 50%: the mark to beat. */
export const COIN_TOSS_BRIER = 0.25;

export const BRIER_EXPLAINED =
  'The Brier score averages, over your predictions, the square of the gap between your confidence and what happened (100% if it happened, 0% if not): 0 is perfect, 0.25 is what always saying 50% scores, and lower is better.';

/**
 * Every prediction of a game against what happened. `weeks[n - 1]` is week n as played; an entry
 * for a week not played (yet) is left out.
 */
export function scorePredictions(
  entries: readonly ClassroomWeek[],
  weeks: readonly PlayedWeek[],
): PredictionScore {
  const outcomes: PredictionOutcome[] = [];
  for (const entry of entries) {
    const played = weeks[entry.week - 1];
    if (!entry.prediction || !played) continue;
    const happened = cameTrue(entry.prediction, played);
    const gap = entry.prediction.confidence / 100 - (happened ? 1 : 0);
    outcomes.push({
      week: entry.week,
      prediction: entry.prediction,
      cameTrue: happened,
      brier: gap * gap,
    });
  }
  const hits = outcomes.filter((outcome) => outcome.cameTrue).length;
  const brier =
    outcomes.length === 0
      ? null
      : outcomes.reduce((sum, outcome) => sum + outcome.brier, 0) / outcomes.length;
  return { outcomes, hits, brier };
}

/** The weeks of a game as predictions read them: its reports and its last state's history. */
export function playedWeeks(
  reports: readonly WeekReport[],
  history: readonly WeekRecord[],
): PlayedWeek[] {
  return reports.map((report) => ({ report, history }));
}
