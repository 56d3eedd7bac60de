/**
 * The debrief: the ending and its causes, the scorecard, timelines of the meters and the ladder,
 * the turning points with a question for each and a "What if?" that branches there, the decisions
 * week by week with the student's reasons, predictions against what happened, and the result code.
 * Printable (debrief.css has the print layout) and exportable as JSON and CSV.
 */
import { useMemo, useState } from 'preact/hooks';
import { buildDebrief } from '../classroom/debrief';
import { debriefCsv, debriefJson } from '../classroom/debrief-export';
import { BRIER_EXPLAINED, COIN_TOSS_BRIER, PREDICTIONS } from '../classroom/predictions';
import { LADDER_RUNGS, METER_IDS, SCENARIOS } from '../engine';
import { EN } from '../text';
import { closeDebrief, debriefResultCode, debriefSave, setNotice, whatIf } from '../store/actions';
import type { Debrief } from '../store/game-store';
import { DebriefChart, LINE_STYLES } from './debrief-chart';
import { GRADE_WORDS, scorecardRows } from './ending-view';
import { METERS } from './labels';
import { downloadText } from './saved-games';
import './debrief.css';

function fileStem(debrief: Debrief): string {
  const who = debrief.classroom?.student ?? debrief.name;
  const safe = who.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'game';
  return `frontier-crisis-debrief-${safe}`;
}

export function DebriefScreen(props: { debrief: Debrief }) {
  const { debrief } = props;
  const model = useMemo(() => buildDebrief(debrief), [debrief]);
  const [copied, setCopied] = useState<string | null>(null);
  const final = debrief.states.at(-1)!;
  const ending = final.ending;
  const words = ending ? EN.ending(ending) : null;
  const shade = model.turningPoints.map((point) => point.week);
  const resultCode = useMemo(() => debriefResultCode(debrief), [debrief]);
  const resultLink = resultCode.ok
    ? `${location.href.replace(/#.*$/, '')}#save=${resultCode.value.slice(2)}`
    : null;
  const meterLines = METER_IDS.map((id, index) => ({
    label: METERS[id].label,
    values: model.timeline.map((point) => point.meters[id]),
    colour: LINE_STYLES[index]!.colour,
    dash: [...LINE_STYLES[index]!.dash],
  }));
  const ladderLine = [
    {
      label: 'Escalation ladder',
      values: model.timeline.map((point) => point.ladder),
      colour: LINE_STYLES[1].colour,
      dash: [],
    },
  ];
  const score = model.predictions;
  const predicted = score.outcomes.length;
  const exportFile = (kind: 'json' | 'csv') => {
    const body = document.querySelector('.debrief');
    if (kind === 'csv') {
      downloadText(`${fileStem(debrief)}.csv`, debriefCsv(model), body);
      return;
    }
    const save = debriefSave(debrief);
    if (!save.ok) {
      setNotice(save.error);
      return;
    }
    downloadText(`${fileStem(debrief)}.json`, debriefJson(model, save.value), body);
  };

  return (
    <main class="debrief" aria-labelledby="debrief-title">
      <header class="debrief__head">
        <div>
          <h1 id="debrief-title" class="debrief__title">
            Debrief: <bdi>{debrief.classroom?.student ?? debrief.name}</bdi>
          </h1>
          <p class="debrief__facts">
            {SCENARIOS[debrief.options.scenario].title} · {debrief.weeks.length} of {final.maxWeeks}{' '}
            weeks
            {debrief.classroom?.lessonCode && (
              <>
                {' '}
                · lesson <span class="class-code">{debrief.classroom.lessonCode}</span>
              </>
            )}
          </p>
        </div>
        <nav class="debrief__actions" aria-label="Debrief">
          <button type="button" class="button button--small" onClick={() => window.print()}>
            Print
          </button>
          <button type="button" class="button button--small" onClick={() => exportFile('csv')}>
            Export CSV
          </button>
          <button type="button" class="button button--small" onClick={() => exportFile('json')}>
            Export JSON
          </button>
          <button type="button" class="button button--small" onClick={closeDebrief}>
            Close debrief
          </button>
        </nav>
      </header>

      <section class="debrief__section debrief__ending" aria-labelledby="debrief-ending">
        <h2 id="debrief-ending">{words ? words.title : 'Still in progress'}</h2>
        {ending && words ? (
          <>
            <p class="debrief__grade">
              {GRADE_WORDS[ending.grade]}, in week {ending.week}
            </p>
            <p>{words.summary}</p>
            <h3>What led here</h3>
            <ul>
              {words.causes.map((cause) => (
                <li key={cause}>{cause}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>The game has not ended: this debrief covers the weeks played so far.</p>
        )}
        <h3>Scorecard</h3>
        <table class="debrief__scorecard">
          <tbody>
            {scorecardRows(final).map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section class="debrief__section" aria-labelledby="debrief-timeline">
        <h2 id="debrief-timeline">Timeline</h2>
        <p class="debrief__note">Turning points are shaded.</p>
        <div class="debrief-chart">
          <DebriefChart
            lines={meterLines}
            min={0}
            max={100}
            shade={shade}
            label={`The five meters week by week, from the opening to week ${debrief.weeks.length}`}
          />
        </div>
        <div class="debrief-chart debrief-chart--ladder">
          <DebriefChart
            lines={ladderLine}
            min={0}
            max={5}
            step={1}
            stepped
            shade={shade}
            label={`The escalation ladder week by week (0 ${LADDER_RUNGS[0]} to 5 ${LADDER_RUNGS[5]})`}
          />
        </div>
      </section>

      <section class="debrief__section" aria-labelledby="debrief-turning">
        <h2 id="debrief-turning">Turning points</h2>
        {model.turningPoints.length === 0 ? (
          <p>No week moved the crisis enough to stand out.</p>
        ) : (
          <ol class="turning-points">
            {model.turningPoints.map((point) => (
              <li key={point.week} class="turning-point">
                <h3>Week {point.week}</h3>
                <p>{point.prompt}</p>
                <button
                  type="button"
                  class="button button--small debrief__what-if"
                  aria-label={`What if? Play week ${point.week} again`}
                  onClick={() => {
                    const branched = whatIf(point.week);
                    if (!branched.ok) setNotice(branched.error);
                  }}
                >
                  What if?
                </button>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section class="debrief__section" aria-labelledby="debrief-predictions">
        <h2 id="debrief-predictions">Predictions</h2>
        {predicted === 0 ? (
          <p>No predictions were made in this game.</p>
        ) : (
          <>
            <p class="debrief__score">
              {score.hits} of {predicted} prediction{predicted === 1 ? '' : 's'} came true. Brier
              score <strong>{score.brier!.toFixed(2)}</strong> (always saying 50% scores{' '}
              {COIN_TOSS_BRIER.toFixed(2)}).
            </p>
            <p class="debrief__note">{BRIER_EXPLAINED}</p>
          </>
        )}
      </section>

      <section class="debrief__section" aria-labelledby="debrief-weeks">
        <h2 id="debrief-weeks">Week by week</h2>
        <table class="debrief__weeks">
          <thead>
            <tr>
              <th scope="col">Week</th>
              <th scope="col">Decisions</th>
              <th scope="col">Why</th>
              <th scope="col">Prediction</th>
              <th scope="col">What happened</th>
            </tr>
          </thead>
          <tbody>
            {model.weeks.map((week) => (
              <tr key={week.week} class={shade.includes(week.week) ? 'is-turning' : undefined}>
                <th scope="row">{week.week}</th>
                <td>
                  {week.decisions.length === 0 ? 'No decision' : week.decisions.join('; ')}
                  {week.vote && (
                    <span class="debrief__vote">
                      {' '}
                      Class vote: {week.vote.options.map((o) => o.hands).join(' / ')} hands, option{' '}
                      {week.vote.chosen + 1} chosen.
                    </span>
                  )}
                </td>
                <td>{week.justification ? <bdi>{week.justification}</bdi> : '—'}</td>
                <td>
                  {week.prediction
                    ? `${PREDICTIONS[week.prediction.id].label} (${week.prediction.confidence}%): ${week.predictionCameTrue ? 'came true' : 'did not happen'}`
                    : '—'}
                </td>
                <td>
                  {week.attacks} attack{week.attacks === 1 ? '' : 's'} ({week.foiled} foiled),{' '}
                  {week.harm} killed; ladder {LADDER_RUNGS[week.ladderAfter]}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section class="debrief__section debrief__result" aria-labelledby="debrief-result">
        <h2 id="debrief-result">Result code</h2>
        {resultCode.ok ? (
          <>
            <p>
              Paste it into your class form: it holds your whole game, so your teacher can replay
              and check it.
            </p>
            <label class="debrief__result-field">
              <span class="visually-hidden">Result code</span>
              <textarea readOnly rows={3} value={resultCode.value} />
            </label>
            <div class="debrief__actions">
              <button
                type="button"
                class="button button--small"
                onClick={() => {
                  void navigator.clipboard?.writeText(resultCode.value).then(
                    () => setCopied('The result code is copied.'),
                    () => setCopied('It could not be copied: select it and copy it by hand.'),
                  );
                }}
              >
                Copy result code
              </button>
              {resultLink && (
                <a class="button button--small" href={resultLink}>
                  Result link
                </a>
              )}
            </div>
            <p role="status" class="debrief__note">
              {copied}
            </p>
          </>
        ) : (
          <p class="notice">{resultCode.error}</p>
        )}
      </section>
    </main>
  );
}
