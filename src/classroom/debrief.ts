/**
 * The debrief of a game, as data: its timeline (meters and ladder, week by week), the decisions
 * of each week with the student's justification, prediction and the class vote, the turning
 * points (the weeks the state swung most) with a discussion prompt written for each kind of
 * swing, and the predictions scored. Pure: the debrief screen, its print and its exports read it.
 */
import {
  DISTRICTS,
  LADDER_RUNGS,
  METER_IDS,
  PROVINCES,
  RESPONSES,
  isDistrictId,
  isProvinceId,
  type Decision,
  type GameState,
  type MeterId,
  type WeekReport,
} from '../engine';
import type { ClassVote, ClassroomRecord, Prediction } from '../model/classroom';
import { cameTrue, playedWeeks, scorePredictions, type PredictionScore } from './predictions';

/** A game as the debrief reads it: every week's state (states[0] the opening) and report. */
export interface DebriefGame {
  weeks: readonly (readonly Decision[])[];
  states: readonly GameState[];
  reports: readonly WeekReport[];
  classroom?: ClassroomRecord | undefined;
}

export interface TimelinePoint {
  /** 0 for the opening, n for after week n. */
  week: number;
  meters: Record<MeterId, number>;
  ladder: number;
}

export interface DebriefWeek {
  week: number;
  /** The week's decisions in words: "Strike militant camps (Kunar)". */
  decisions: string[];
  justification?: string;
  prediction?: Prediction;
  /** Whether the prediction came true (set with the prediction). */
  predictionCameTrue?: boolean;
  vote?: ClassVote;
  attacks: number;
  foiled: number;
  /** Pakistanis killed that week. */
  harm: number;
  ladderBefore: number;
  ladderAfter: number;
  /** How far the state moved that week (what turning points are ranked by). */
  swing: number;
}

export type TurningKind = 'escalation' | 'de-escalation' | 'bloodshed' | 'pressure' | 'shift';

export interface TurningPoint {
  week: number;
  kind: TurningKind;
  swing: number;
  /** A question for the class about that week. */
  prompt: string;
}

export interface DebriefModel {
  timeline: TimelinePoint[];
  weeks: DebriefWeek[];
  turningPoints: TurningPoint[];
  predictions: PredictionScore;
}

/** How many turning points a debrief names. */
export const TURNING_POINTS = 3;

const RESPONSE_TITLE = new Map<string, string>(RESPONSES.map((r) => [r.id, r.title]));

function placeName(target: string): string {
  if (isDistrictId(target)) return DISTRICTS[target].name;
  if (isProvinceId(target)) return PROVINCES[target].name;
  return target;
}

/** A decision in words: its response's title, and its target in brackets. */
export function decisionWords(decision: Decision): string {
  const title = RESPONSE_TITLE.get(decision.response) ?? decision.response;
  return decision.target ? `${title} (${placeName(decision.target)})` : title;
}

/**
 * How far the state moved in a week: every meter's change, ten for each rung of the ladder, and
 * one for every two Pakistanis killed.
 */
export function weekSwing(report: WeekReport, harm: number): number {
  let swing = 0;
  for (const id of METER_IDS) swing += Math.abs(report.metersAfter[id] - report.metersBefore[id]);
  swing += 10 * Math.abs(report.ladderAfter - report.ladderBefore);
  return swing + Math.trunc(harm / 2);
}

/** The deaths of a week from which it counts as a bloody turning point. */
const BLOODY_WEEK = 10;

function turningKind(week: DebriefWeek, report: WeekReport): TurningKind {
  if (week.ladderAfter > week.ladderBefore) return 'escalation';
  if (week.ladderAfter < week.ladderBefore) return 'de-escalation';
  if (week.harm >= BLOODY_WEEK) return 'bloodshed';
  const pressure = Math.abs(report.metersAfter.publicPressure - report.metersBefore.publicPressure);
  const largest = Math.max(
    ...METER_IDS.map((id) => Math.abs(report.metersAfter[id] - report.metersBefore[id])),
  );
  return pressure > 0 && pressure === largest ? 'pressure' : 'shift';
}

function prompt(kind: TurningKind, week: DebriefWeek, report: WeekReport): string {
  const n = week.week;
  switch (kind) {
    case 'escalation':
      return `In week ${n} the ladder climbed to “${LADDER_RUNGS[week.ladderAfter]}”. What made escalation look necessary then, and what did it cost on each side of the border?`;
    case 'de-escalation':
      return `In week ${n} tension eased to “${LADDER_RUNGS[week.ladderAfter]}”. What made restraint possible, and would it have held if a big attack had come next?`;
    case 'bloodshed':
      return `Week ${n} was one of the deadliest: ${week.harm} Pakistanis were killed. Could anything done earlier have prevented it, and who bore the cost?`;
    case 'pressure': {
      const change = report.metersAfter.publicPressure - report.metersBefore.publicPressure;
      return `Public pressure ${change > 0 ? 'rose' : 'fell'} by ${Math.abs(change)} in week ${n}. How far should public anger steer security policy?`;
    }
    case 'shift':
      return `The crisis moved most in week ${n}. Which decision or reaction drove it, and could it have been foreseen?`;
  }
}

export function buildDebrief(game: DebriefGame): DebriefModel {
  const timeline: TimelinePoint[] = game.states.map((state, index) => ({
    week: index,
    meters: { ...state.meters },
    ladder: state.ladder,
  }));
  const final = game.states.at(-1);
  const history = final?.history ?? [];
  const entries = game.classroom?.weeks ?? [];
  const played = playedWeeks(game.reports, history);
  const weeks: DebriefWeek[] = game.reports.map((report, index) => {
    const line = history.find((record) => record.week === report.week);
    const harm = line?.harm ?? 0;
    const entry = entries.find((e) => e.week === report.week);
    const prediction = entry?.prediction;
    return {
      week: report.week,
      decisions: (game.weeks[index] ?? []).map(decisionWords),
      ...(entry?.justification ? { justification: entry.justification } : {}),
      ...(prediction
        ? { prediction, predictionCameTrue: cameTrue(prediction, played[index]!) }
        : {}),
      ...(entry?.vote ? { vote: entry.vote } : {}),
      attacks: line?.attacks ?? 0,
      foiled: line?.foiled ?? 0,
      harm,
      ladderBefore: report.ladderBefore,
      ladderAfter: report.ladderAfter,
      swing: weekSwing(report, harm),
    };
  });
  const turningPoints = [...weeks]
    .sort((a, b) => b.swing - a.swing || a.week - b.week)
    .slice(0, TURNING_POINTS)
    .filter((week) => week.swing > 0)
    .sort((a, b) => a.week - b.week)
    .map((week) => {
      const report = game.reports[week.week - 1]!;
      const kind = turningKind(week, report);
      return { week: week.week, kind, swing: week.swing, prompt: prompt(kind, week, report) };
    });
  return { timeline, weeks, turningPoints, predictions: scorePredictions(entries, played) };
}
