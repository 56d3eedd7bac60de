/**
 * The recap the ending shows: the meters and the ladder week by week from the reports, and the
 * game's turning points (the weeks that moved the crisis most, ranked as the debrief ranks them),
 * each named by what moved most that week and the cause that moved it most.
 */
import { LADDER_RUNGS, METER_IDS, type GameState, type MeterId, type WeekReport } from '../engine';
import { TURNING_POINTS, weekSwing, type TimelinePoint } from '../classroom/debrief';
import { causeText } from './cause-words';
import { METERS } from './labels';
import { meterCauses } from './meter-why-dialog';

export interface RecapTurningPoint {
  week: number;
  /** "The ladder climbed to “Border incidents”" or "Public pressure rose by 12 (61 → 73)". */
  headline: string;
  /** What moved it most, in words ("TTP: “Strike back to prove it survived”"). */
  cause: string;
}

export interface EndingRecap {
  timeline: TimelinePoint[];
  turningPoints: RecapTurningPoint[];
}

/** The week's largest mover: the ladder if it moved, else the meter that moved most. */
function turningPoint(report: WeekReport): RecapTurningPoint {
  const { week } = report;
  if (report.ladderAfter !== report.ladderBefore) {
    const ladder = report.changes
      .filter((c) => c.subject === 'ladder')
      .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))[0];
    const way = report.ladderAfter > report.ladderBefore ? 'climbed' : 'eased';
    return {
      week,
      headline: `The ladder ${way} to “${LADDER_RUNGS[report.ladderAfter]}”`,
      cause: ladder ? causeText(ladder.cause) : 'No single cause was recorded',
    };
  }
  let meter: MeterId = METER_IDS[0];
  const moved = (id: MeterId) => Math.abs(report.metersAfter[id] - report.metersBefore[id]);
  for (const id of METER_IDS) if (moved(id) > moved(meter)) meter = id;
  const before = report.metersBefore[meter];
  const after = report.metersAfter[meter];
  const top = meterCauses(report, meter)[0];
  return {
    week,
    headline: `${METERS[meter].label} ${after > before ? 'rose' : 'fell'} by ${Math.abs(after - before)} (${before} → ${after})`,
    cause: top ? causeText(top.cause) : 'No single cause was recorded',
  };
}

export function endingRecap(final: GameState, reports: readonly WeekReport[]): EndingRecap {
  const first = reports[0];
  const timeline: TimelinePoint[] = first
    ? [
        { week: 0, meters: { ...first.metersBefore }, ladder: first.ladderBefore },
        ...reports.map((r) => ({
          week: r.week,
          meters: { ...r.metersAfter },
          ladder: r.ladderAfter,
        })),
      ]
    : [];
  const harm = new Map(final.history.map((record) => [record.week, record.harm]));
  const turningPoints = reports
    .map((report) => ({ report, swing: weekSwing(report, harm.get(report.week) ?? 0) }))
    .filter(({ swing }) => swing > 0)
    .sort((a, b) => b.swing - a.swing || a.report.week - b.report.week)
    .slice(0, TURNING_POINTS)
    .sort((a, b) => a.report.week - b.report.week)
    .map(({ report }) => turningPoint(report));
  return { timeline, turningPoints };
}
