/** What the live region reads aloud: each week as it is resolved, and each week a replay shows. */
import { LADDER_RUNGS, type WeekReport } from '../engine';
import type { StoreState } from '../store/game-store';
import { EN } from '../text';
import { shownReplay } from '../store/selectors';
import { warningTexts } from './objectives-words';

/** The week in a few sentences: its first events, a ladder move, an ending. */
export function announce(report: WeekReport): string {
  const first = report.events.slice(0, 3).map((e) => EN.event(e.words));
  const more = report.events.length > 3 ? ` And ${report.events.length - 3} more events.` : '';
  const ladder =
    report.ladderAfter !== report.ladderBefore
      ? ` The ladder moves to ${LADDER_RUNGS[report.ladderAfter]}.`
      : '';
  const ending = report.ending ? ` The game ends: ${EN.endingTitle(report.ending.id)}.` : '';
  return `Week ${report.week} report. ${first.join(' ')}${more}${ladder}${ending}`;
}

/**
 * The live region's text for the screen on show: in a replay, the week it shows (read again on
 * every seek and every step of playback); in a game, the latest week's report.
 */
export function liveAnnouncement(state: StoreState): string {
  const { session } = state;
  const replay = shownReplay(state);
  if (replay) {
    const report = replay.selected > 0 ? replay.reports[replay.selected - 1] : undefined;
    return report
      ? `Replay of ${replay.name}. ${announce(report)}`
      : `Replay of ${replay.name}. The opening, before the first week.`;
  }
  const latest = session?.reports[session.reports.length - 1];
  if (state.screen.kind !== 'game' || !session || !latest) return '';
  const warnings = warningTexts(session.state).map((text) => ` Warning: ${text}`);
  return `${announce(latest)}${warnings.join('')}`;
}
