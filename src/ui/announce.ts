/** What the live region reads aloud when a week is resolved. */
import { LADDER_RUNGS, type WeekReport } from '../engine';

/** The week in a few sentences: its first events, a ladder move, an ending. */
export function announce(report: WeekReport): string {
  const first = report.events.slice(0, 3).map((e) => e.text);
  const more = report.events.length > 3 ? ` And ${report.events.length - 3} more events.` : '';
  const ladder =
    report.ladderAfter !== report.ladderBefore
      ? ` The ladder moves to ${LADDER_RUNGS[report.ladderAfter]}.`
      : '';
  const ending = report.ending ? ` The game ends: ${report.ending.title}.` : '';
  return `Week ${report.week} report. ${first.join(' ')}${more}${ladder}${ending}`;
}
