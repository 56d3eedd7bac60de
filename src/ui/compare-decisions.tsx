/** The compare screen's table of both games' decisions week by week, the weeks that differ marked. */
import type { Decision } from '../engine';
import {
  decisionText,
  firstDifferentWeek,
  type BranchRelation,
  type DecisionRow,
  type Timeline,
} from './compare-model';
import type { Side } from './compare-side';

function DecisionList(props: { decisions: readonly Decision[] | null; missing: string }) {
  if (props.decisions === null) return <span class="muted">{props.missing}</span>;
  if (props.decisions.length === 0) return <span class="muted">No response chosen</span>;
  return (
    <ul class="compare-decisions__list">
      {props.decisions.map((decision, index) => (
        <li key={index}>{decisionText(decision)}</li>
      ))}
    </ul>
  );
}

export function Decisions(props: {
  rows: DecisionRow[];
  timelines: { first: Timeline; second: Timeline };
  relation: BranchRelation | null;
}) {
  const firstDiff = firstDifferentWeek(props.rows);
  const missing = (side: Side) =>
    props.timelines[side].final.ending ? 'The game had ended' : 'Not played yet';
  const statusText = (row: DecisionRow): string => {
    const words =
      row.status === 'same'
        ? 'Same'
        : row.status === 'different'
          ? row.week === firstDiff
            ? 'Different: the first difference'
            : 'Different'
          : row.status === 'only-first'
            ? 'Only the first game'
            : 'Only the second game';
    return props.relation && row.week === props.relation.week + 1
      ? `${words} · the branch starts`
      : words;
  };
  return (
    <section class="compare__section" aria-labelledby="compare-decisions">
      <h2 id="compare-decisions">Decisions week by week</h2>
      {props.rows.length === 0 ? (
        <p class="muted">Neither game has played a week yet.</p>
      ) : (
        <div class="compare__scroll">
          <table class="compare-decisions">
            <caption class="visually-hidden">
              Each week's decisions in both games; weeks that differ are marked
            </caption>
            <thead>
              <tr>
                <th scope="col">Week</th>
                <th scope="col">First game</th>
                <th scope="col">Second game</th>
                <th scope="col">Compared</th>
              </tr>
            </thead>
            <tbody>
              {props.rows.map((row) => (
                <tr
                  key={row.week}
                  class={`compare-decisions__row is-${row.status}${row.week === firstDiff ? ' is-first-difference' : ''}`}
                  data-week={row.week}
                >
                  <th scope="row">{row.week}</th>
                  <td>
                    <DecisionList decisions={row.first} missing={missing('first')} />
                  </td>
                  <td>
                    <DecisionList decisions={row.second} missing={missing('second')} />
                  </td>
                  <td class="compare-decisions__status">{statusText(row)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
