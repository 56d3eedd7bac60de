/**
 * Finish: the ending's name and grade, its causes, the scorecard, a recap of the game (the meters
 * and the ladder over the weeks, and its turning points with their causes), and the ways on:
 * the map behind it, the replay, the debrief, a new game.
 */
import { useMemo } from 'preact/hooks';
import { LADDER_RUNGS, scorecard, type GameState, type WeekReport } from '../engine';
import { EN } from '../text';
import { openCurrentReplay, openDebrief, quitToTitle, setNotice } from '../store/actions';
import { endingRecap } from './ending-recap';
import { EndingChartsEntry } from './lazy-entries';
import { suggestedName } from './saved-games';
import { returnFocusTo } from './screen-return';
import { formatNumber } from './format';
import './ending-view.css';

export const GRADE_WORDS = {
  good: 'A good outcome',
  mixed: 'A mixed outcome',
  bad: 'A loss',
} as const;

/** The scorecard as label and value rows, for the ending and for the compare screen. */
export function scorecardRows(state: GameState): [string, string][] {
  const score = scorecard(state);
  return [
    ['Pakistani civilians killed', formatNumber(score.civiliansPakistan)],
    ['Afghan civilians killed', formatNumber(score.civiliansAfghanistan)],
    ['Police killed', formatNumber(score.police)],
    ['Soldiers killed', formatNumber(score.soldiers)],
    ['Militants reported killed', formatNumber(score.militants)],
    ['Militant attacks', formatNumber(score.attacks)],
    ['People displaced', formatNumber(score.displaced)],
    ['Afghans deported', formatNumber(score.deportations)],
    ['Trade lost', `$${formatNumber(score.tradeLostMillions)} million`],
    ['Highest rung of the ladder', LADDER_RUNGS[score.ladderPeak] ?? String(score.ladderPeak)],
    ['International legitimacy at the end', String(score.legitimacy)],
    ['Weeks played', `${score.weeks} of ${state.maxWeeks}`],
  ];
}

export function EndingView(props: {
  state: GameState;
  reports: readonly WeekReport[];
  /** Hides the ending to show the map behind it. */
  onShowMap: () => void;
}) {
  const { state, reports } = props;
  const recap = useMemo(() => endingRecap(state, reports), [state, reports]);
  const ending = state.ending;
  if (!ending) return null;
  const rows = scorecardRows(state);
  const words = EN.ending(ending);
  return (
    <section class={`ending ending--${ending.grade}`} aria-labelledby="ending-title">
      <p class="ending__grade">{GRADE_WORDS[ending.grade]}</p>
      <h2 id="ending-title" class="ending__title">
        {words.title}
      </h2>
      <p class="ending__summary">{words.summary}</p>
      <div class="ending__columns">
        <div>
          <h3>What led here</h3>
          <ul class="ending__causes">
            {words.causes.map((cause) => (
              <li key={cause}>{cause}</li>
            ))}
          </ul>
        </div>
        <div>
          <h3>Scorecard</h3>
          <table class="scorecard">
            <caption class="visually-hidden">The cost of the crisis</caption>
            <tbody>
              {rows.map(([label, value]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td>{value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <div class="ending__actions">
        <button
          type="button"
          class="button button--primary"
          onClick={() => {
            const opened = openDebrief(suggestedName(state));
            if (!opened.ok) setNotice(opened.error);
          }}
        >
          Debrief
        </button>
        <button
          type="button"
          class="button"
          data-return-focus="ending-replay"
          onClick={() => {
            const opened = openCurrentReplay(suggestedName(state));
            if (opened.ok) returnFocusTo('ending-replay');
            else setNotice(opened.error);
          }}
        >
          Replay this game
        </button>
        <button type="button" class="button" onClick={props.onShowMap}>
          Show the map
        </button>
        <button type="button" class="button" onClick={quitToTitle}>
          New game
        </button>
      </div>
      <section class="ending__recap" aria-labelledby="ending-recap">
        <h3 id="ending-recap">Recap</h3>
        {recap.timeline.length > 1 && (
          <EndingChartsEntry
            timeline={recap.timeline}
            shade={recap.turningPoints.map((point) => point.week)}
          />
        )}
        <h4>Turning points</h4>
        {recap.turningPoints.length === 0 ? (
          <p>No week moved the crisis enough to stand out.</p>
        ) : (
          <ol class="ending__turning">
            {recap.turningPoints.map((point) => (
              <li key={point.week}>
                <strong>Week {point.week}:</strong> {point.headline}. Main cause: {point.cause}.
              </li>
            ))}
          </ol>
        )}
      </section>
    </section>
  );
}
