/**
 * Decide: every response by category with its cost and, when unavailable, why; choosing a
 * targeted response asks for a district or province (from the list here or on the map).
 */
import { PredictAndJustify } from './predict-panel';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  CATEGORIES,
  PREVIEW_SAMPLES,
  responsesFor,
  type Decision,
  type GameState,
  type ResponseOption,
  type ResponsePreview,
} from '../engine';
import {
  cancelTargeting,
  chooseResponse,
  endWeek,
  pickTarget,
  removeChoice,
} from '../store/actions';
import { budget } from '../store/selectors';
import { LossWarnings } from './objectives-panel';
import { cachedPreview } from './preview-cache';
import { previewLines } from './preview-words';
import { returnFocus } from './focus';
import { useStore } from './use-store';
import { useWords } from './use-words';
import './decisions-panel.css';

/**
 * What the response would do this week: played on the preview's own futures against the week
 * without it (worked out once for each week state, other choices and target: see preview-cache.ts).
 */
function ResponsePreviewView(props: { state: GameState; decision: Decision }) {
  const pending = useStore((s) => s.pending);
  const { state, decision } = props;
  const preview = cachedPreview(state, pending, decision);
  return (
    <div class="response__preview">
      {preview.ok ? (
        <PreviewBody preview={preview.value} />
      ) : (
        <p class="muted">Not with this week’s other choices.</p>
      )}
    </div>
  );
}

/** What a preview is, said once where previews are shown. */
function PreviewNote() {
  return (
    <p class="muted response__preview-note">
      Previews play this week over {PREVIEW_SAMPLES} possible futures (not the game’s own dice),
      against the week without the response: its middle result and likely range. A programme shows
      only its first week.
    </p>
  );
}

function PreviewBody(props: { preview: ResponsePreview }) {
  const lines = previewLines(props.preview);
  return lines.length === 0 ? (
    <p>Nothing moves this week.</p>
  ) : (
    <ul class="response__preview-lines">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

function TargetChooser(props: { state: GameState; option: ResponseOption }) {
  const words = useWords();
  const valid = props.option.targets.filter((t) => t.reason === null);
  const [target, setTarget] = useState(valid[0]?.id ?? '');
  const select = useRef<HTMLSelectElement>(null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const chooser = form.current;
    // The response that asked for a target: focus goes back to it when the chooser closes.
    const opener = document.activeElement;
    // Keyboard players land on the list; everyone sees the chooser.
    select.current?.focus();
    select.current?.scrollIntoView({ block: 'nearest' });
    // Escape cancels, wherever the focus is (the list, the map's places), unless a dialog is open.
    const onKey = (event: KeyboardEvent) => {
      if (
        event.key !== 'Escape' ||
        event.defaultPrevented ||
        document.querySelector('dialog[open]')
      )
        return;
      event.preventDefault();
      cancelTargeting();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      returnFocus(opener, chooser);
    };
  }, []);
  const kind = props.option.target === 'district' ? 'a district' : 'an Afghan province';
  return (
    <form
      ref={form}
      class="target-chooser"
      onSubmit={(event) => {
        event.preventDefault();
        if (target) pickTarget(target);
      }}
    >
      <p class="target-chooser__prompt">
        Choose {kind} for <strong>{props.option.title}</strong> — on the map or here:
      </p>
      <label class="target-chooser__field">
        <span class="visually-hidden">Target for {props.option.title}</span>
        <select
          ref={select}
          value={target}
          onChange={(event) => setTarget((event.target as HTMLSelectElement).value)}
        >
          {props.option.targets.map((t) => (
            <option key={t.id} value={t.id} disabled={t.reason !== null}>
              {t.reason ? `${t.name} — ${words.targetReason(t.reason)}` : t.name}
            </option>
          ))}
        </select>
      </label>
      {target && <PreviewNote />}
      {target && (
        <ResponsePreviewView state={props.state} decision={{ response: props.option.id, target }} />
      )}
      <div class="target-chooser__actions">
        <button type="submit" class="button button--primary" disabled={!target}>
          Confirm target
        </button>
        <button type="button" class="button button--quiet" onClick={cancelTargeting}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function ResponseButton(props: {
  state: GameState;
  option: ResponseOption;
  chosen: boolean;
  targeting: boolean;
  /** Show what it would do this week ("Show previews" is on). */
  preview: boolean;
}) {
  const { option, chosen } = props;
  const words = useWords();
  const describedBy = `response-${option.id}-detail`;
  const cost = `${option.actions} action${option.actions === 1 ? '' : 's'}${option.fiscal > 0 ? `, ${option.fiscal} fiscal` : ''}`;
  return (
    <li
      class={`response${option.unavailable ? ' is-unavailable' : ''}${chosen ? ' is-chosen' : ''}`}
    >
      <div class="response__head">
        <button
          type="button"
          class="response__button"
          aria-describedby={describedBy}
          aria-disabled={option.unavailable || chosen ? 'true' : undefined}
          onClick={() => {
            if (!option.unavailable && !chosen) chooseResponse(option.id);
          }}
        >
          {option.title}
        </button>
        <span class="response__cost" aria-hidden="true">
          {cost}
        </span>
      </div>
      <p id={describedBy} class="response__detail">
        <span class="visually-hidden">Costs {cost}. </span>
        {option.unavailable ? (
          <span class="response__reason">Unavailable: {words.unavailable(option.unavailable)}</span>
        ) : chosen ? (
          <span class="response__reason">Chosen this week.</span>
        ) : (
          option.summary
        )}
        {option.target !== 'none' && !option.unavailable && !chosen && (
          <span class="response__target-kind">
            {' '}
            Targets {option.target === 'district' ? 'a district' : 'an Afghan province'}.
          </span>
        )}
      </p>
      {option.unavailable?.code === 'bad-target' && (
        <details class="response__refusals">
          <summary>
            Why each {option.target === 'district' ? 'district' : 'Afghan province'} is refused
          </summary>
          <ul>
            {option.targets.map((t) => (
              <li key={t.id}>
                {t.name}: {t.reason && words.targetReason(t.reason)}
              </li>
            ))}
          </ul>
        </details>
      )}
      {props.preview && !option.unavailable && !chosen && option.target === 'none' && (
        <ResponsePreviewView state={props.state} decision={{ response: option.id }} />
      )}
      {props.preview && !option.unavailable && !chosen && option.target !== 'none' && (
        <p class="muted response__preview">Choose a target to see its preview.</p>
      )}
      {props.targeting && <TargetChooser state={props.state} option={option} />}
    </li>
  );
}

export function DecisionsPanel(props: { state: GameState }) {
  const pending = useStore((s) => s.pending);
  const targeting = useStore((s) => s.targeting);
  const notice = useStore((s) => s.notice);
  const classroom = useStore((s) => s.session?.classroom !== undefined);
  const [showPreviews, setShowPreviews] = useState(false);
  const options = responsesFor(props.state);
  const byId = new Map<string, ResponseOption>(options.map((o) => [o.id, o]));
  const used = budget(props.state, pending);
  const targetingOption = targeting ? byId.get(targeting) : undefined;
  const over = props.state.ending !== null;
  if (over) {
    return (
      <section
        id="decisions"
        class="panel decisions"
        aria-labelledby="decisions-title"
        tabIndex={-1}
      >
        <h2 id="decisions-title" class="panel__title">
          Decide
        </h2>
        <p class="muted">
          The game is over. Its report, the log and every “Why?” card stay open to read; start a new
          game from the ending.
        </p>
      </section>
    );
  }

  return (
    <section id="decisions" class="panel decisions" aria-labelledby="decisions-title" tabIndex={-1}>
      <h2 id="decisions-title" class="panel__title">
        Decide
      </h2>
      <div class="budget" aria-live="polite">
        <span>
          Actions <strong>{used.actionsTotal - used.actionsUsed}</strong> of {used.actionsTotal}{' '}
          left
        </span>
        <span>
          Fiscal room <strong>{used.fiscalTotal - used.fiscalUsed}</strong> left
        </span>
      </div>
      <h3 class="decisions__subtitle">This week's choices</h3>
      {pending.length === 0 ? (
        <p class="muted">Nothing chosen yet. Ending the week without a choice is a choice too.</p>
      ) : (
        <ol class="choices">
          {pending.map((decision, index) => {
            const option = byId.get(decision.response);
            const target = option?.targets.find((t) => t.id === decision.target);
            return (
              <li key={`${decision.response}-${index}`} class="choice">
                <span>
                  {option?.title ?? decision.response}
                  {target && <span class="choice__target"> — {target.name}</span>}
                </span>
                <button
                  type="button"
                  class="button button--quiet button--small"
                  aria-label={`Undo ${option?.title ?? decision.response}`}
                  onClick={() => removeChoice(index)}
                >
                  Undo
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {notice && (
        <p class="notice" role="alert">
          {notice}
        </p>
      )}
      {targetingOption && (
        <p class="notice notice--info">
          Choose a target for <strong>{targetingOption.title}</strong> on the map or in its list
          below.
        </p>
      )}
      <LossWarnings state={props.state} withSpending />
      {classroom && <PredictAndJustify week={props.state.week} />}
      <button type="button" class="button button--primary end-week" onClick={() => endWeek()}>
        End week
      </button>
      <label class="decisions__previews">
        <input
          type="checkbox"
          checked={showPreviews}
          onChange={(event) => setShowPreviews(event.currentTarget.checked)}
        />{' '}
        Show previews: what each response would do this week
      </label>
      {showPreviews && <PreviewNote />}
      <div class="responses">
        {CATEGORIES.map((category) => {
          const inCategory = options.filter((o) => o.category === category);
          const open = inCategory.filter((o) => !o.unavailable).length;
          return (
            <details key={category} class="category" open={open > 0}>
              <summary class="category__title">
                {category}{' '}
                <span class="category__count">
                  ({open} of {inCategory.length} available)
                </span>
              </summary>
              <ul class="category__list">
                {inCategory.map((option) => (
                  <ResponseButton
                    key={option.id}
                    state={props.state}
                    option={option}
                    chosen={pending.some((d) => d.response === option.id)}
                    targeting={targeting === option.id}
                    preview={showPreviews}
                  />
                ))}
              </ul>
            </details>
          );
        })}
      </div>
    </section>
  );
}
