/**
 * A week's class vote as the replay viewer (and the debrief) shows it: every option the class
 * weighed with its hands, the one committed marked.
 */
import type { Decision } from '../engine';
import type { ClassVote } from '../model/classroom';
import { placeName, responseTitle } from './labels';
import './class-vote.css';

const LETTERS = 'ABCDEFGH';

export function voteChoicesText(decisions: readonly Decision[]): string {
  if (decisions.length === 0) return 'No action this week';
  return decisions
    .map((d) => `${responseTitle(d.response)}${d.target ? ` in ${placeName(d.target)}` : ''}`)
    .join('; ');
}

export function ClassVoteRecord(props: { vote: ClassVote; week: number }) {
  const { vote } = props;
  const total = vote.options.reduce((sum, o) => sum + o.hands, 0);
  return (
    <section class="vote-record" aria-labelledby={`vote-record-${props.week}`}>
      <h3 id={`vote-record-${props.week}`} class="report__subtitle">
        Class vote, week {props.week}
      </h3>
      <ol class="vote-record__options">
        {vote.options.map((option, index) => (
          <li
            key={index}
            class={index === vote.chosen ? 'vote-record__option is-chosen' : 'vote-record__option'}
          >
            <strong>Option {LETTERS[index]}</strong>
            {index === vote.chosen ? ' (committed)' : ''}: {voteChoicesText(option.decisions)} —{' '}
            {option.hands} of {total} hands
          </li>
        ))}
      </ol>
    </section>
  );
}
