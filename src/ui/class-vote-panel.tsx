/**
 * The class vote, above the week's choices: the teacher builds each option in the decisions panel
 * and lists it, counts the show of hands (an optional timer runs while the class decides), then
 * commits one; its choices become the week's and the vote is kept with the week.
 */
import { useEffect, useState } from 'preact/hooks';
import {
  addVoteOption,
  cancelClassVote,
  commitClassVote,
  openClassVote,
  removeVoteOption,
  setVoteHands,
} from '../store/actions';
import type { ClassVote } from '../model/classroom';
import { shownClassVote } from '../store/selectors';
import { voteChoicesText as choicesText } from './class-vote-record';
import { useStore } from './use-store';
import './class-vote.css';

const LETTERS = 'ABCDEFGH';
const TIMERS = [30, 60, 120] as const;

/** A countdown shown large for the room; says when time is up. */
function VoteTimer() {
  const [seconds, setSeconds] = useState<number>(60);
  const [left, setLeft] = useState<number | null>(null);
  useEffect(() => {
    if (left === null || left <= 0) return;
    const tick = setTimeout(() => setLeft(left - 1), 1000);
    return () => clearTimeout(tick);
  }, [left]);
  return (
    <div class="vote__timer">
      <label for="vote-timer-length">Timer</label>{' '}
      <select
        id="vote-timer-length"
        class="text-input"
        value={seconds}
        onChange={(event) => setSeconds(Number((event.target as HTMLSelectElement).value))}
      >
        {TIMERS.map((s) => (
          <option key={s} value={s}>
            {s} seconds
          </option>
        ))}
      </select>{' '}
      <button
        type="button"
        class="button button--small"
        onClick={() => setLeft(left !== null && left > 0 ? null : seconds)}
      >
        {left !== null && left > 0 ? 'Stop timer' : 'Start timer'}
      </button>
      {left !== null && (
        <p class="vote__clock" role={left === 0 ? 'alert' : undefined} aria-live="off">
          {left > 0
            ? `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`
            : 'Time is up'}
        </p>
      )}
    </div>
  );
}

/** The vote already committed this week, as a reminder. */
function CommittedVote(props: { vote: ClassVote }) {
  const chosen = props.vote.options[props.vote.chosen]!;
  const total = props.vote.options.reduce((sum, o) => sum + o.hands, 0);
  return (
    <p class="vote__done" role="status">
      Class vote recorded: option {LETTERS[props.vote.chosen]} ({chosen.hands} of {total} hands) —{' '}
      {choicesText(chosen.decisions)}.
    </p>
  );
}

export function ClassVotePanel() {
  const vote = useStore(shownClassVote);
  const committed = useStore((s) => s.classroomDraft.vote);
  const pending = useStore((s) => s.pending);
  const [problem, setProblem] = useState<string | null>(null);
  if (!vote)
    return (
      <div class="vote vote--closed">
        {committed && <CommittedVote vote={committed} />}
        <button type="button" class="button button--small" onClick={openClassVote}>
          {committed ? 'Hold the class vote again' : 'Class vote'}
        </button>
      </div>
    );
  const total = vote.options.reduce((sum, o) => sum + o.hands, 0);
  const act = (result: { ok: boolean; error?: string }) =>
    setProblem(result.ok ? null : (result.error ?? null));
  return (
    <section class="vote" aria-labelledby="vote-title">
      <h3 id="vote-title" class="vote__title">
        Class vote
      </h3>
      <p class="muted">
        Build an option with the choices below, then list it; the choices clear for the next one.
      </p>
      <button type="button" class="button button--small" onClick={() => act(addVoteOption())}>
        List this week’s choices as option {LETTERS[vote.options.length] ?? ''}
        <span class="visually-hidden">: {choicesText(pending)}</span>
      </button>
      {vote.options.length > 0 && (
        <ol class="vote__options">
          {vote.options.map((option, index) => {
            const letter = LETTERS[index]!;
            const share = total === 0 ? 0 : Math.round((100 * option.hands) / total);
            return (
              <li key={index} class="vote__option">
                <p class="vote__option-title">
                  <strong>Option {letter}</strong>: {choicesText(option.decisions)}
                </p>
                <div class="vote__hands">
                  <label for={`vote-hands-${index}`}>Hands for option {letter}</label>
                  <button
                    type="button"
                    class="button button--small"
                    aria-label={`One hand fewer for option ${letter}`}
                    onClick={() => setVoteHands(index, option.hands - 1)}
                  >
                    −
                  </button>
                  <input
                    id={`vote-hands-${index}`}
                    class="text-input vote__count"
                    type="number"
                    min={0}
                    max={1000}
                    inputMode="numeric"
                    value={option.hands}
                    onInput={(event) =>
                      setVoteHands(index, Number((event.target as HTMLInputElement).value))
                    }
                  />
                  <button
                    type="button"
                    class="button button--small"
                    aria-label={`One more hand for option ${letter}`}
                    onClick={() => setVoteHands(index, option.hands + 1)}
                  >
                    +
                  </button>
                  <span class="vote__share" aria-hidden="true">
                    {share}%
                  </span>
                </div>
                <div class="vote__option-actions">
                  <button
                    type="button"
                    class="button button--small button--primary"
                    onClick={() => act(commitClassVote(index))}
                  >
                    Commit option {letter}
                  </button>
                  <button
                    type="button"
                    class="button button--small button--quiet"
                    onClick={() => removeVoteOption(index)}
                  >
                    Remove option {letter}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <VoteTimer />
      {problem && (
        <p class="notice" role="alert">
          {problem}
        </p>
      )}
      <button type="button" class="button button--small button--quiet" onClick={cancelClassVote}>
        Cancel the vote
      </button>
    </section>
  );
}
