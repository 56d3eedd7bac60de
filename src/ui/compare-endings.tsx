/** The compare screen's endings: each game's outcome and causes, and the two scorecards side by side. */

import { EN } from '../text';
import type { CompareGame } from '../store/game-store';
import type { Timeline } from './compare-model';
import { LineKey, SIDES, SIDE_TITLE, type Side } from './compare-side';
import { GRADE_WORDS, scorecardRows } from './ending-view';

function EndingCard(props: { side: Side; game: CompareGame; timeline: Timeline }) {
  const { side, game, timeline } = props;
  const state = timeline.final;
  const ending = state.ending;
  const words = ending ? EN.ending(ending) : null;
  return (
    <article
      class={`compare-ending ending--${ending?.grade ?? 'open'}`}
      aria-labelledby={`compare-ending-${side}`}
    >
      <h3 id={`compare-ending-${side}`} class="compare-ending__side">
        <LineKey side={side} />
        {SIDE_TITLE[side]}: <span class="compare-ending__name">{game.name}</span>
      </h3>
      {ending && words ? (
        <>
          <p class="ending__grade">
            {GRADE_WORDS[ending.grade]} · week {ending.week}
          </p>
          <p class="compare-ending__title">{words.title}</p>
          <p>{words.summary}</p>
          <h4>What led here</h4>
          <ul class="ending__causes">
            {words.causes.map((cause) => (
              <li key={cause}>{cause}</li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p class="ending__grade">No ending yet</p>
          <p class="compare-ending__title">
            Still in progress at week {state.week} of {state.maxWeeks}
          </p>
          <p class="muted">The scorecard counts the weeks played so far.</p>
        </>
      )}
    </article>
  );
}

export function Endings(props: {
  first: CompareGame;
  second: CompareGame;
  timelines: { first: Timeline; second: Timeline };
}) {
  const rows = {
    first: scorecardRows(props.timelines.first.final),
    second: scorecardRows(props.timelines.second.final),
  };
  return (
    <section class="compare__section" aria-labelledby="compare-endings">
      <h2 id="compare-endings">Endings</h2>
      <div class="compare__pair">
        {SIDES.map((side) => (
          <EndingCard key={side} side={side} game={props[side]} timeline={props.timelines[side]} />
        ))}
      </div>
      <table class="scorecard compare-scorecard">
        <caption>Scorecards side by side</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">First game</th>
            <th scope="col">Second game</th>
          </tr>
        </thead>
        <tbody>
          {rows.first.map(([label, value], index) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
              <td>{rows.second[index]?.[1] ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
