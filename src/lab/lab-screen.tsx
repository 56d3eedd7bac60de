/**
 * The policy lab: a teacher picks a scenario, a difficulty and strategies, runs a few hundred
 * seeded games in Web Workers, and sees how each policy usually ends and what it costs, as charts
 * with the same figures in tables and a plain-language reading. Loaded only when opened.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  DIFFICULTIES,
  DIFFICULTY,
  SCENARIOS,
  SCENARIO_IDS,
  type Difficulty,
  type ScenarioId,
} from '../engine';
import { EN } from '../text';
import { quitToTitle } from '../store/actions';
import { useStore } from '../ui/use-store';
import { EndingsChart, SpreadChart } from './lab-charts';
import { MAX_GAMES, seedsOf, simCommand } from './lab-plan';
import { comparisonOf, readingFor } from './lab-reading';
import {
  ENDING_ORDER,
  METRICS,
  figureText,
  meanText,
  percent,
  type Metric,
  type StrategyResult,
} from './lab-results';
import {
  cancelLabRun,
  chooseMetric,
  labStore,
  startLabRun,
  toggleStrategy,
  updateForm,
  type LabResults,
  type LabState,
} from './lab-store';
import { LAB_STRATEGIES, strategyAbout, strategyName } from './lab-strategies';
import './lab.css';

function useLab<T>(selector: (state: LabState) => T): T {
  const [value, setValue] = useState(() => selector(labStore.getState()));
  useEffect(() => {
    setValue(() => selector(labStore.getState()));
    return labStore.subscribe((state) => setValue(() => selector(state)));
    // Subscribed once: the selectors here never change meaning between renders.
  }, []);
  return value;
}

function SetupForm() {
  const form = useLab((s) => s.form);
  const problem = useLab((s) => s.problem);
  const running = useLab((s) => s.status.kind === 'running');
  const runButton = useRef<HTMLButtonElement>(null);
  const wasRunning = useRef(false);
  useEffect(() => {
    // When a run ends, its Cancel button goes; focus that went with it comes back to Run.
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (wasRunning.current && !running && lost) runButton.current?.focus();
    wasRunning.current = running;
  }, [running]);
  return (
    <form
      class="lab-setup"
      aria-labelledby="lab-setup-title"
      // The lab checks the numbers itself and says what is wrong in words.
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        startLabRun();
      }}
    >
      <h2 id="lab-setup-title" class="visually-hidden">
        Set up a run
      </h2>
      <div class="lab-setup__row">
        <fieldset class="lab-setup__group" disabled={running}>
          <legend>Scenario</legend>
          <div class="lab-setup__options">
            {SCENARIO_IDS.map((id) => (
              <label key={id} class="lab-option">
                <input
                  type="radio"
                  name="lab-scenario"
                  value={id}
                  checked={form.scenario === id}
                  onChange={() => updateForm({ scenario: id as ScenarioId })}
                />
                <span>
                  <span class="lab-option__name">{SCENARIOS[id].title}</span>
                  <span class="lab-option__about">{SCENARIOS[id].weeks} weeks</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset class="lab-setup__group" disabled={running}>
          <legend>Difficulty</legend>
          <div class="lab-setup__options">
            {DIFFICULTIES.map((id) => (
              <label key={id} class="lab-option lab-option--short">
                <input
                  type="radio"
                  name="lab-difficulty"
                  value={id}
                  checked={form.difficulty === id}
                  onChange={() => updateForm({ difficulty: id as Difficulty })}
                />
                <span class="lab-option__name">{DIFFICULTY[id].title}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div class="lab-setup__numbers">
          <label class="lab-field">
            <span>Games per strategy</span>
            <input
              class="text-input"
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_GAMES}
              step={1}
              value={form.games}
              disabled={running}
              onInput={(event) => updateForm({ games: event.currentTarget.value })}
            />
          </label>
          <label class="lab-field">
            <span>First seed</span>
            <input
              class="text-input"
              type="number"
              inputMode="numeric"
              min={0}
              step={1}
              value={form.firstSeed}
              disabled={running}
              onInput={(event) => updateForm({ firstSeed: event.currentTarget.value })}
            />
          </label>
        </div>
      </div>
      <fieldset class="lab-setup__group" disabled={running}>
        <legend>Strategies</legend>
        <div class="lab-setup__strategies">
          {LAB_STRATEGIES.map((id) => (
            <label key={id} class="lab-option">
              <input
                type="checkbox"
                value={id}
                checked={form.strategies.includes(id)}
                onChange={(event) => toggleStrategy(id, event.currentTarget.checked)}
              />
              <span>
                <span class="lab-option__name">{strategyName(id)}</span>
                <span class="lab-option__about">{strategyAbout(id)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {problem && (
        <p class="notice" role="alert">
          {problem}
        </p>
      )}
      <div class="lab-setup__actions">
        <button
          ref={runButton}
          type="submit"
          class="button button--primary lab-setup__run"
          aria-disabled={running ? 'true' : undefined}
        >
          Run
        </button>
        <RunStatus />
      </div>
    </form>
  );
}

function RunStatus() {
  const status = useLab((s) => s.status);
  if (status.kind === 'idle') return null;
  if (status.kind === 'running')
    return (
      <div class="lab-progress">
        <label for="lab-progress" class="lab-progress__label">
          Games played
        </label>
        <progress id="lab-progress" max={status.total} value={status.done}>
          {status.done} of {status.total}
        </progress>
        <span class="lab-progress__count">
          {status.done} of {status.total} · {status.workers} worker
          {status.workers === 1 ? '' : 's'}
        </span>
        <button type="button" class="button" onClick={cancelLabRun}>
          Cancel
        </button>
      </div>
    );
  if (status.kind === 'cancelled')
    return (
      <p class="notice notice--info">
        Cancelled after {status.done} of {status.total} games; nothing was kept.
      </p>
    );
  if (status.kind === 'failed') return <p class="notice">{status.message}</p>;
  return (
    <p class="lab-status muted">
      {status.total} games played in {status.seconds.toFixed(1)} s on {status.workers} worker
      {status.workers === 1 ? '' : 's'}.
    </p>
  );
}

function EndingsTable(props: { results: readonly StrategyResult[] }) {
  return (
    <div class="lab-table-wrap">
      <table class="lab-table">
        <caption>How the games ended: number of games (share)</caption>
        <thead>
          <tr>
            <th scope="col">Strategy</th>
            {ENDING_ORDER.map((id) => (
              <th key={id} scope="col">
                <span class={`lab-swatch lab-swatch--${id}`} aria-hidden="true" />
                {EN.endingTitle(id)}
              </th>
            ))}
            <th scope="col">Good endings</th>
          </tr>
        </thead>
        <tbody>
          {props.results.map((r) => (
            <tr key={r.strategy}>
              <th scope="row">{strategyName(r.strategy)}</th>
              {ENDING_ORDER.map((id) => (
                <td key={id}>
                  {r.endings[id]}{' '}
                  <span class="muted">({percent(r.endings[id], r.games.length)}%)</span>
                </td>
              ))}
              <td>
                {r.good} <span class="muted">({percent(r.good, r.games.length)}%)</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SpreadTable(props: { results: readonly StrategyResult[]; metric: Metric }) {
  return (
    <div class="lab-table-wrap">
      <table class="lab-table">
        <caption>{props.metric.label}: spread over the games</caption>
        <thead>
          <tr>
            <th scope="col">Strategy</th>
            <th scope="col">Mean</th>
            <th scope="col">Lowest</th>
            <th scope="col">Lower quartile</th>
            <th scope="col">Median</th>
            <th scope="col">Upper quartile</th>
            <th scope="col">Highest</th>
          </tr>
        </thead>
        <tbody>
          {props.results.map((r) => {
            const s = r.spreads[props.metric.id]!;
            return (
              <tr key={r.strategy}>
                <th scope="row">{strategyName(r.strategy)}</th>
                <td>{meanText(s.mean)}</td>
                <td>{figureText(s.min)}</td>
                <td>{figureText(s.lowerQuartile)}</td>
                <td>{figureText(s.median)}</td>
                <td>{figureText(s.upperQuartile)}</td>
                <td>{figureText(s.max)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function MeansTable(props: { results: readonly StrategyResult[] }) {
  return (
    <div class="lab-table-wrap">
      <table class="lab-table">
        <caption>Mean per game</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            {props.results.map((r) => (
              <th key={r.strategy} scope="col">
                {strategyName(r.strategy)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {METRICS.map((metric) => (
            <tr key={metric.id}>
              <th scope="row">{metric.label}</th>
              {props.results.map((r) => (
                <td key={r.strategy}>{meanText(r.spreads[metric.id]!.mean)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Results(props: { results: LabResults }) {
  const { choice, strategies } = props.results;
  const metricId = useLab((s) => s.metric);
  const settings = useStore((s) => s.settings);
  const metric = METRICS.find((m) => m.id === metricId) ?? METRICS[0]!;
  const seeds = seedsOf(choice);
  const comparison = comparisonOf(strategies, (r) => strategyName(r.strategy));
  return (
    <section class="lab-results" aria-labelledby="lab-results-title">
      <h2 id="lab-results-title" class="lab__subtitle">
        Results: {SCENARIOS[choice.scenario].title}, {DIFFICULTY[choice.difficulty].title}
      </h2>
      <p class="muted lab-results__seeds">
        {choice.games} game{choice.games === 1 ? '' : 's'} per strategy, seeds {seeds[0]}–
        {seeds[seeds.length - 1]}: the same games as{' '}
        <code>{simCommand(choice, strategies[0]!.strategy)}</code>
        {strategies.length > 1 ? ' (and likewise for each strategy)' : ''}.
      </p>
      <ul class="lab-readings">
        {strategies.map((r) => (
          <li key={r.strategy}>{readingFor(r, strategyName(r.strategy))}</li>
        ))}
        {comparison && <li class="lab-readings__comparison">{comparison}</li>}
      </ul>

      <figure class="lab-figure" aria-labelledby="lab-endings-title">
        <h3 id="lab-endings-title" class="lab-figure__title">
          How the games ended
        </h3>
        <EndingsChart
          results={strategies}
          patterns={settings.patterns}
          reducedMotion={settings.reducedMotion}
        />
        <EndingsTable results={strategies} />
      </figure>

      <figure class="lab-figure" aria-labelledby="lab-spread-title">
        <div class="lab-figure__head">
          <h3 id="lab-spread-title" class="lab-figure__title">
            What it cost
          </h3>
          <label class="lab-field lab-field--inline">
            <span>Figure</span>
            <select
              class="text-input"
              value={metric.id}
              onChange={(event) => chooseMetric(event.currentTarget.value)}
            >
              <optgroup label="Scorecard">
                {METRICS.filter((m) => m.group === 'scorecard').map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.label}
                  </option>
                ))}
              </optgroup>
              <optgroup label="Meters at the end">
                {METRICS.filter((m) => m.group === 'end').map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.label}
                  </option>
                ))}
              </optgroup>
            </select>
          </label>
        </div>
        <SpreadChart results={strategies} metric={metric} reducedMotion={settings.reducedMotion} />
        <SpreadTable results={strategies} metric={metric} />
      </figure>

      <details class="lab-details">
        <summary>Every figure, mean per game</summary>
        <MeansTable results={strategies} />
      </details>
    </section>
  );
}

function Introduction() {
  return (
    <section class="lab-intro" aria-label="About the policy lab">
      <p>
        The lab plays the same crisis many times with one policy and shows what usually happens.
        Each strategy plays the same seeds, so the dice are the same and only the policy differs.
      </p>
      <p class="muted">
        The games run in the background: the page stays usable, and <strong>Cancel</strong> stops a
        run at once. The search bot is slow (a few games a second); the others play hundreds a
        second.
      </p>
    </section>
  );
}

export function LabScreen() {
  const results = useLab((s) => s.results);
  const status = useLab((s) => s.status.kind);
  const announcement = useLab((s) => s.announcement);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    // Leaving the lab stops its run: nobody is left to read the results.
    return () => cancelLabRun();
  }, []);
  return (
    <main class="lab">
      <header class="lab__header">
        <div>
          <h1 class="lab__title" tabIndex={-1} ref={heading}>
            Policy lab
          </h1>
          <p class="lab__lede">What does a policy usually lead to? Play it a few hundred times.</p>
        </div>
        <button type="button" class="button" onClick={quitToTitle}>
          Back to title
        </button>
      </header>
      <SetupForm />
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {results ? <Results results={results} /> : status !== 'running' && <Introduction />}
    </main>
  );
}
