/**
 * The class comparison (teacher): many students' games of one lesson side by side. Games come from
 * dropped or chosen files and from pasted result codes or links; every one is verified by replay,
 * a game of another class code is flagged, and a damaged one is listed with its reason while the
 * rest load. It shows the spread of endings, the scorecards (sortable), what the class chose each
 * week, a heat map of where it struck, policed and closed, where the paths diverged, how well the
 * class predicted, and each student's game and debrief one click away; all of it exports as CSV. Nothing leaves the browser. Loaded on
 * demand. Every name from a file is rendered as text.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { RESPONSES, SCENARIOS, ENDING_IDS } from '../engine';
import { EN } from '../text';
import {
  summariseClass,
  type ClassRow,
  type ClassSummary,
  type PredictionTally,
} from '../classroom/class-comparison';
import { SCORE_COLUMNS, brierCell, classCsv } from '../classroom/class-csv';
import { BRIER_EXPLAINED, COIN_TOSS_BRIER, PREDICTIONS } from '../classroom/predictions';
import {
  addClassFiles,
  addClassText,
  clearClassComparison,
  closeClassComparison,
  openClassDebrief,
  openClassGame,
  setClassLessonCode,
} from '../store/actions';
import type { ClassComparison } from '../store/game-store';
import { ClassHeatMap } from './class-heat-map';
import { placeName } from './labels';
import { downloadText } from './saved-games';
import './game-layout.css';
import './class-comparison.css';

const TITLE = new Map<string, string>(RESPONSES.map((r) => [r.id, r.title]));
const ENDING_ORDER = [...ENDING_IDS];

function AddGames(props: { busy: boolean }) {
  const [text, setText] = useState('');
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  return (
    <section class="class__section class__add" aria-labelledby="class-add-title">
      <h2 id="class-add-title">Add games</h2>
      <div class="class__add-grid">
        <div
          class={`class__drop${dragging ? ' is-dragging' : ''}`}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(event) => {
            event.preventDefault();
            setDragging(false);
            const files = [...(event.dataTransfer?.files ?? [])];
            if (files.length > 0) void addClassFiles(files);
          }}
        >
          <p>Drop the students’ save files (.json) here, or</p>
          <button type="button" class="button button--small" onClick={() => input.current?.click()}>
            Choose files
          </button>
          <input
            ref={input}
            class="visually-hidden"
            type="file"
            multiple
            accept=".json,application/json"
            tabIndex={-1}
            aria-hidden="true"
            onChange={(event) => {
              const target = event.target as HTMLInputElement;
              const files = [...(target.files ?? [])];
              target.value = '';
              if (files.length > 0) void addClassFiles(files);
            }}
          />
        </div>
        <div>
          <label for="class-paste" class="class__label">
            Result codes or game links (one per line, or a column pasted from a spreadsheet)
          </label>
          <textarea
            id="class-paste"
            class="text-input class__paste"
            rows={4}
            value={text}
            onInput={(event) => setText((event.target as HTMLTextAreaElement).value)}
          />
        </div>
      </div>
      <div class="class__row">
        <button
          type="button"
          class="button button--small button--primary"
          disabled={text.trim() === ''}
          onClick={() => {
            addClassText(text);
            setText('');
          }}
        >
          Add pasted games
        </button>
        <button type="button" class="button button--small" onClick={clearClassComparison}>
          Clear all games
        </button>
        {props.busy && (
          <span class="muted" role="status">
            Reading files…
          </span>
        )}
      </div>
      <p class="muted">Everything is read and checked in this browser; nothing is sent anywhere.</p>
    </section>
  );
}

/** The class code the teacher expects; while typed it is checked, and kept once it reads as one. */
function LessonCodeField(props: { expected: string | null; common: string | null }) {
  const [typed, setTyped] = useState(props.expected ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <div class="class__row">
      <label for="class-code">Class code of this lesson</label>
      <input
        id="class-code"
        class="text-input class__code"
        value={typed}
        placeholder={props.common ?? 'none'}
        aria-describedby="class-code-help"
        onInput={(event) => {
          const value = (event.target as HTMLInputElement).value;
          setTyped(value);
          const set = setClassLessonCode(value);
          setProblem(set.ok ? null : set.error);
        }}
      />
      <span id="class-code-help" class={problem ? 'class__code-problem' : 'muted'}>
        {problem ??
          (props.expected
            ? `Games of any code other than ${props.expected} are flagged.`
            : props.common
              ? `Left empty: the code most games carry (${props.common}).`
              : 'No game carries a class code.')}
      </span>
    </div>
  );
}

function Status(props: { comparison: ClassComparison; summary: ClassSummary }) {
  const { comparison, summary } = props;
  const flagged = summary.rows.filter((r) => r.otherClass).length;
  const scenarios = new Set(comparison.games.map((g) => g.game.options.scenario));
  return (
    <section class="class__section" aria-labelledby="class-status-title">
      <h2 id="class-status-title">Games</h2>
      <p role="status" class="class__counts">
        {comparison.games.length} {comparison.games.length === 1 ? 'game' : 'games'} verified by
        replay · {comparison.problems.length} could not be read
        {flagged > 0 && ` · ${flagged} of another class`}
      </p>
      <LessonCodeField expected={comparison.lessonCode} common={summary.lessonCode} />
      {scenarios.size > 1 && (
        <p class="notice">
          These games are of {scenarios.size} different scenarios (
          {[...scenarios].map((s) => SCENARIOS[s].title).join(', ')}); their choices differ for that
          reason too.
        </p>
      )}
      {comparison.problems.length > 0 && (
        <>
          <h3>Could not be read</h3>
          <ul class="class__problems" aria-label="Games that could not be read">
            {comparison.problems.map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function EndingsSpread(props: { summary: ClassSummary }) {
  const { counts, unfinished } = props.summary.endings;
  const total = props.summary.rows.length;
  const bars: [string, string, number][] = [
    ...ENDING_ORDER.map((id) => [id, EN.endingTitle(id), counts[id]] as [string, string, number]),
    ['unfinished', 'Not finished', unfinished],
  ];
  return (
    <section class="class__section" aria-labelledby="class-endings-title">
      <h2 id="class-endings-title">Spread of endings</h2>
      <table class="class-table class__endings">
        <thead>
          <tr>
            <th scope="col">Ending</th>
            <th scope="col">Games</th>
            <th scope="col">Share</th>
          </tr>
        </thead>
        <tbody>
          {bars.map(([id, title, count]) => {
            const share = total === 0 ? 0 : Math.round((100 * count) / total);
            return (
              <tr key={id} data-ending={id}>
                <th scope="row">{title}</th>
                <td>{count}</td>
                <td>
                  <span class="class__bar" aria-hidden="true">
                    <span
                      class={`class__bar-fill class__bar-fill--${id}`}
                      style={{ width: `${share}%` }}
                    />
                  </span>{' '}
                  {share}%
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

type SortKey =
  'student' | 'ending' | 'weeksPlayed' | 'hits' | 'brier' | (typeof SCORE_COLUMNS)[number]['key'];

function sortValue(row: ClassRow, key: SortKey): string | number {
  if (key === 'student') return row.student.toLowerCase();
  if (key === 'ending') return row.ending ? ENDING_ORDER.indexOf(row.ending) : ENDING_ORDER.length;
  if (key === 'weeksPlayed') return row.weeksPlayed;
  if (key === 'hits') return row.predictions.hits;
  // A game without predictions sorts after every score (ascending, the best first).
  if (key === 'brier') return row.predictions.brier ?? Number.POSITIVE_INFINITY;
  return row.scorecard[key];
}

/** "3 of 5" predictions came true, or a dash when none was made. */
function hitsText(tally: PredictionTally): string {
  return tally.made === 0 ? '—' : `${tally.hits} of ${tally.made}`;
}

function Scorecards(props: { summary: ClassSummary }) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: 'student',
    descending: false,
  });
  const rows = [...props.summary.rows].sort((a, b) => {
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    const order = x < y ? -1 : x > y ? 1 : a.id - b.id;
    return sort.descending ? -order : order;
  });
  const columns: { key: SortKey; label: string }[] = [
    { key: 'student', label: 'Student' },
    { key: 'ending', label: 'Ending' },
    { key: 'weeksPlayed', label: 'Weeks' },
    { key: 'hits', label: 'Predictions true' },
    { key: 'brier', label: 'Brier score' },
    ...SCORE_COLUMNS,
  ];
  return (
    <section class="class__section" aria-labelledby="class-scores-title">
      <h2 id="class-scores-title">Scorecards</h2>
      <div class="class__scroll">
        <table class="class-table class__scores">
          <caption class="visually-hidden">
            Each game’s scorecard; choose a column’s heading to sort by it.
          </caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={
                    sort.key === column.key
                      ? sort.descending
                        ? 'descending'
                        : 'ascending'
                      : undefined
                  }
                >
                  <button
                    type="button"
                    class="class__sort"
                    onClick={() =>
                      setSort({
                        key: column.key,
                        descending: sort.key === column.key ? !sort.descending : false,
                      })
                    }
                  >
                    {column.label}
                    {sort.key === column.key && (
                      <span aria-hidden="true">{sort.descending ? ' ▼' : ' ▲'}</span>
                    )}
                  </button>
                </th>
              ))}
              <th scope="col">Game and debrief</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} class={row.otherClass ? 'is-flagged' : undefined}>
                <th scope="row">
                  {row.student}
                  {row.otherClass && (
                    <span class="class__flag">
                      {row.lessonCode ? ` another class (${row.lessonCode})` : ' no class code'}
                    </span>
                  )}
                  <span class="class__origin">{row.origin}</span>
                </th>
                <td class="class__text">
                  {row.ending ? EN.endingTitle(row.ending) : 'Not finished'}
                </td>
                <td>{row.weeksPlayed}</td>
                <td>{hitsText(row.predictions)}</td>
                <td>{brierCell(row.predictions) || '—'}</td>
                {SCORE_COLUMNS.map((column) => (
                  <td key={column.key}>{row.scorecard[column.key]}</td>
                ))}
                <td class="class__open">
                  <button
                    type="button"
                    class="button button--small"
                    onClick={() => openClassGame(row.id)}
                  >
                    Open<span class="visually-hidden"> the game of {row.student}</span>
                  </button>
                  <button
                    type="button"
                    class="button button--small"
                    onClick={() => openClassDebrief(row.id)}
                  >
                    Debrief<span class="visually-hidden"> of {row.student}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function share(tally: PredictionTally): string {
  return tally.made === 0 ? '—' : `${Math.round((100 * tally.hits) / tally.made)}%`;
}

/** How well the class foresaw the crisis: every prediction, and reaction by reaction. */
function PredictionAccuracy(props: { summary: ClassSummary }) {
  const { predictions } = props.summary;
  const games = props.summary.rows.length;
  return (
    <section class="class__section" aria-labelledby="class-predictions-title">
      <h2 id="class-predictions-title">Prediction accuracy</h2>
      {predictions.made === 0 ? (
        <p>No game holds a prediction.</p>
      ) : (
        <>
          <p>
            {predictions.games} of {games} {games === 1 ? 'game' : 'games'} made predictions:{' '}
            {predictions.hits} of {predictions.made} came true ({share(predictions)}), a Brier score
            of {brierCell(predictions)} for the class against {COIN_TOSS_BRIER.toFixed(3)} for
            always saying 50%.
          </p>
          <p class="muted">{BRIER_EXPLAINED}</p>
          <table class="class-table class__predictions">
            <thead>
              <tr>
                <th scope="col">Prediction</th>
                <th scope="col">Made</th>
                <th scope="col">Came true</th>
                <th scope="col">Brier score</th>
              </tr>
            </thead>
            <tbody>
              {predictions.kinds.map((kind) => (
                <tr key={kind.id}>
                  <th scope="row">{PREDICTIONS[kind.id].label}</th>
                  <td>{kind.made}</td>
                  <td>
                    {kind.hits} ({share(kind)})
                  </td>
                  <td>{brierCell(kind)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

/** The choices most often made across the class, as rows of the week-by-week heat table. */
function topChoices(summary: ClassSummary, limit: number) {
  const totals = new Map<string, { response: string; target: string | null; total: number }>();
  for (const week of summary.weeks)
    for (const choice of week.choices) {
      const seen = totals.get(choice.key);
      if (seen) seen.total += choice.count;
      else
        totals.set(choice.key, {
          response: choice.response,
          target: choice.target,
          total: choice.count,
        });
    }
  return [...totals.entries()]
    .sort((a, b) => b[1].total - a[1].total || a[0].localeCompare(b[0]))
    .slice(0, limit);
}

function ChoicesHeat(props: { summary: ClassSummary }) {
  const { summary } = props;
  const rows = topChoices(summary, 15);
  const games = summary.rows.length;
  return (
    <section class="class__section" aria-labelledby="class-choices-title">
      <h2 id="class-choices-title">What the class chose each week</h2>
      <p>
        {summary.firstDivergence === null
          ? games > 1
            ? 'Every game made the same decisions every week.'
            : 'One game: nothing to compare yet.'
          : `The paths first diverged in week ${summary.firstDivergence}.`}{' '}
        Each cell counts the games that chose that response in that week; the last row counts the
        different plans the class made.
      </p>
      <div class="class__scroll">
        <table class="class-table class__heat">
          <thead>
            <tr>
              <th scope="col">Choice</th>
              {summary.weeks.map((w) => (
                <th key={w.week} scope="col">
                  {w.week}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(([key, choice]) => (
              <tr key={key}>
                <th scope="row">
                  {TITLE.get(choice.response) ?? choice.response}
                  {choice.target ? ` in ${placeName(choice.target)}` : ''}
                </th>
                {summary.weeks.map((w) => {
                  const count = w.choices.find((c) => c.key === key)?.count ?? 0;
                  const share = w.games === 0 ? 0 : count / w.games;
                  return (
                    <td
                      key={w.week}
                      class="class__cell"
                      style={{
                        backgroundColor: count
                          ? `rgba(224, 173, 100, ${0.15 + 0.7 * share})`
                          : undefined,
                      }}
                    >
                      {count || ''}
                    </td>
                  );
                })}
              </tr>
            ))}
            <tr class="class__plans">
              <th scope="row">Different plans</th>
              {summary.weeks.map((w) => (
                <td key={w.week}>{w.distinctPlans}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function ClassComparisonScreen(props: { comparison: ClassComparison }) {
  const { comparison } = props;
  const summary = useMemo(
    () => summariseClass(comparison.games, comparison.lessonCode),
    [comparison.games, comparison.lessonCode],
  );
  const body = useRef<HTMLDivElement>(null);
  return (
    <div class="class" ref={body}>
      <header class="topbar class__top">
        <h1 class="class__heading">Class comparison</h1>
        <nav class="topbar__menu" aria-label="Class comparison menu">
          <button
            type="button"
            class="button button--small"
            disabled={comparison.games.length === 0}
            onClick={() =>
              downloadText(
                'class-comparison.csv',
                classCsv(summary, comparison.games),
                body.current,
                'text/csv',
              )
            }
          >
            Export CSV
          </button>
          <button
            type="button"
            class="button button--small button--primary"
            onClick={closeClassComparison}
          >
            Close comparison
          </button>
        </nav>
      </header>
      <main class="class__body">
        <AddGames busy={comparison.busy} />
        <Status comparison={comparison} summary={summary} />
        {comparison.games.length > 0 && (
          <>
            <EndingsSpread summary={summary} />
            <Scorecards summary={summary} />
            <ChoicesHeat summary={summary} />
            <PredictionAccuracy summary={summary} />
            <section class="class__section" aria-labelledby="class-map-title">
              <h2 id="class-map-title">Where the class acted</h2>
              <ClassHeatMap summary={summary} />
            </section>
          </>
        )}
      </main>
    </div>
  );
}
