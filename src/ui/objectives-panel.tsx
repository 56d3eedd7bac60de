/**
 * Objectives: what each good ending needs, condition by condition with the live figures, what
 * ends the game at once and how near each loss stands; and the warnings shown wherever the player
 * decides or reads the week (a loss never comes without one, see lossWatch).
 */
import { goalConditions, lossWatch, type GameState, type GoodEndingId } from '../engine';
import { EN } from '../text';
import type { Decision } from '../engine';
import { budget } from '../store/selectors';
import { goalText, lossText, warningTexts } from './objectives-words';
import { Rich } from './rich-text';
import { useStore } from './use-store';
import { useWords } from './use-words';
import './objectives-panel.css';

const GOOD_ENDINGS: readonly GoodEndingId[] = ['strategic-reset', 'fragile-containment'];

function spendingOf(state: GameState, pending: readonly Decision[]): number {
  return budget(state, pending).fiscalUsed;
}

function GoodEnding(props: { id: GoodEndingId; state: GameState }) {
  const conditions = goalConditions(props.state, props.id);
  const met = conditions.filter((c) => c.met).length;
  const words = useWords();
  const objectives = words.ui.objectives;
  return (
    <section class="objective" aria-labelledby={`objective-${props.id}`}>
      <h4 id={`objective-${props.id}`} class="objective__title">
        {EN.endingTitle(props.id)}{' '}
        <span class="objective__count">
          {objectives.metCount(met, conditions.length, words.format)}
        </span>
      </h4>
      <ul class="objective__conditions">
        {conditions.map((condition) => (
          <li key={condition.id} class={condition.met ? 'is-met' : 'is-unmet'}>
            <span class="objective__mark" aria-hidden="true">
              {condition.met ? '✓' : '✗'}
            </span>
            <span class="visually-hidden">
              {condition.met ? objectives.met : objectives.notMet}{' '}
            </span>
            {goalText(condition, props.state, words)}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ObjectivesPanel(props: { state: GameState }) {
  const pending = useStore((s) => s.pending);
  const { state } = props;
  const watch = lossWatch(state, spendingOf(state, pending));
  const words = useWords();
  const objectives = words.ui.objectives;
  return (
    // Focusable, so keyboard players can scroll it: it holds no control of its own.
    <section class="panel objectives" aria-labelledby="objectives-title" tabIndex={0}>
      <h2 id="objectives-title" class="panel__title">
        {objectives.title}
      </h2>
      <p class="objectives__intro">{objectives.intro(state.maxWeeks, words.format)}</p>
      <h3 class="objectives__heading">{objectives.goodEndings}</h3>
      {GOOD_ENDINGS.map((id) => (
        <GoodEnding key={id} id={id} state={state} />
      ))}
      <p class="objectives__otherwise">
        <Rich text={objectives.otherwise(EN.endingTitle('forever-frontier'))} />
      </p>
      <h3 class="objectives__heading">{objectives.losses}</h3>
      <ul class="objectives__losses">
        {watch.map((w) => (
          <li key={w.id} class={w.warning ? 'is-warning' : undefined}>
            <strong>{EN.endingTitle(w.id)}</strong>
            {w.warning ? ` — ${objectives.nearMark}` : ''}: {lossText(w, words)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The losses near enough to warn of this week, or nothing. With `withSpending`, the fiscal warning
 * counts the choices made so far (where the player decides).
 */
export function LossWarnings(props: { state: GameState; withSpending?: boolean; title?: string }) {
  const pending = useStore((s) => s.pending);
  const spending = props.withSpending ? spendingOf(props.state, pending) : 0;
  const words = useWords();
  const texts = warningTexts(props.state, spending, words);
  if (texts.length === 0) return null;
  return (
    <div class="loss-warnings" role="status">
      <p class="loss-warnings__title">{props.title ?? words.ui.objectives.warning}</p>
      <ul>
        {texts.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    </div>
  );
}
