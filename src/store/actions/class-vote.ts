/**
 * The class vote (projector play): the teacher lists the options the class is weighing — each a
 * set of this week's choices made in the decisions panel — records the show of hands for each,
 * then commits one. Committing makes that option the week's choices and writes the vote into this
 * week's classroom entry (src/model/classroom.ts), so End week keeps it in the game's record and
 * the save; a game started without a lesson gets an empty classroom record for it.
 */
import type { Decision, Result } from '../../engine';
import { MAX_HANDS, MAX_VOTE_OPTIONS, type ClassVote } from '../../model/classroom';
import { store } from '../game-store';
import { shownClassVote } from '../selectors';
import { updateClassroomDraft } from './classroom';

const set = store.setState;
const get = store.getState;

const openVote = () => shownClassVote(get());

/** Opens the vote for this week with no options listed yet (an open one stays as it is). */
export function openClassVote(): void {
  const { session } = get();
  if (!session || session.state.ending || openVote()) return;
  set({ classVote: { week: session.state.week, options: [] } });
}

/** Closes the vote without committing anything. */
export function cancelClassVote(): void {
  set({ classVote: null });
}

/**
 * Lists this week's choices as an option and clears them, so the next option can be built. Two
 * options may not be the same set of choices.
 */
export function addVoteOption(): Result<null, string> {
  const { pending } = get();
  const classVote = openVote();
  if (!classVote) return { ok: false, error: 'No class vote is open.' };
  if (classVote.options.length >= MAX_VOTE_OPTIONS)
    return { ok: false, error: `A vote weighs at most ${MAX_VOTE_OPTIONS} options.` };
  const key = (decisions: readonly Decision[]) =>
    decisions
      .map((d) => `${d.response}@${d.target ?? ''}`)
      .sort()
      .join('+');
  if (classVote.options.some((option) => key(option.decisions) === key(pending)))
    return { ok: false, error: 'That option is already listed.' };
  set({
    classVote: {
      ...classVote,
      options: [...classVote.options, { decisions: [...pending], hands: 0 }],
    },
    pending: [],
    targeting: null,
    notice: null,
  });
  return { ok: true, value: null };
}

export function removeVoteOption(index: number): void {
  const classVote = openVote();
  if (!classVote) return;
  set({ classVote: { ...classVote, options: classVote.options.filter((_, i) => i !== index) } });
}

/** Records the show of hands for one option (a whole number from 0 to MAX_HANDS). */
export function setVoteHands(index: number, hands: number): void {
  const classVote = openVote();
  if (!classVote || !classVote.options[index]) return;
  const clamped = Math.min(MAX_HANDS, Math.max(0, Math.trunc(Number.isFinite(hands) ? hands : 0)));
  set({
    classVote: {
      ...classVote,
      options: classVote.options.map((option, i) =>
        i === index ? { ...option, hands: clamped } : option,
      ),
    },
  });
}

/**
 * Commits the option chosen: its choices become the week's, and the vote (every option with its
 * hands) goes into this week's classroom entry. Needs at least two options.
 */
export function commitClassVote(chosen: number): Result<ClassVote, string> {
  const { session } = get();
  const classVote = openVote();
  if (!classVote || !session) return { ok: false, error: 'No class vote is open.' };
  if (classVote.options.length < 2)
    return { ok: false, error: 'List at least two options before the class votes.' };
  const option = classVote.options[chosen];
  if (!option) return { ok: false, error: 'That option is not on the list.' };
  const vote: ClassVote = {
    options: classVote.options.map((o) => ({ decisions: [...o.decisions], hands: o.hands })),
    chosen,
  };
  set({
    session: session.classroom ? session : { ...session, classroom: { weeks: [] } },
    pending: [...option.decisions],
    classVote: null,
    targeting: null,
    notice: null,
  });
  updateClassroomDraft({ vote });
  return { ok: true, value: vote };
}
