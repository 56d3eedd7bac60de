/** Finish: the ending's name and grade, its causes, the scorecard, and a way to play again. */
import { LADDER_RUNGS, endingText, scorecard, type GameState } from '../engine';
import { openDebrief, quitToTitle, setNotice } from '../store/actions';
import { suggestedName } from './saved-games';
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

export function EndingView(props: { state: GameState }) {
  const ending = props.state.ending;
  if (!ending) return null;
  const rows = scorecardRows(props.state);
  const words = endingText(ending);
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
            const opened = openDebrief(suggestedName(props.state));
            if (!opened.ok) setNotice(opened.error);
          }}
        >
          Debrief
        </button>
        <button type="button" class="button" onClick={quitToTitle}>
          New game
        </button>
      </div>
    </section>
  );
}
