/**
 * See what happened: the week's news in order (the event now playing on the map is marked), the
 * meters' changes, and every actor's reaction with a "Why?" button; and the log of past weeks.
 */
import type { ComponentChildren } from 'preact';
import { PredictionResult } from './predict-panel';
import {
  LADDER_RUNGS,
  METER_IDS,
  actorName,
  type ActorTrace,
  type WeekEvent,
  type WeekReport,
} from '../engine';
import { openDialog, skipPlayback } from '../store/actions';
import { EN } from '../text';
import { formatCounted } from './format';
import { EVENT_KIND_LABEL, METERS, signed } from './labels';
import { onlyWatched, reportDigest } from './report-digest';
import { useStore } from './use-store';
import { termMarker } from './glossary';
import { Marked } from './glossary-view';
import './report-panel.css';

function EventList(props: { events: WeekEvent[]; current: number | null }) {
  if (props.events.length === 0)
    return <p class="muted">A quiet week: nothing of note happened.</p>;
  // Each term of the glossary is marked where it first appears in the week's events.
  const mark = termMarker();
  return (
    <ol class="events">
      {props.events.map((event, index) => (
        <li
          key={event.order}
          class={`event event--${event.kind}${props.current === index ? ' is-playing' : ''}`}
          aria-current={props.current === index ? 'true' : undefined}
        >
          <span class="event__kind">{EVENT_KIND_LABEL[event.kind]}</span>{' '}
          <Marked pieces={mark(EN.event(event.words))} />
        </li>
      ))}
    </ol>
  );
}

function MeterChanges(props: { report: WeekReport }) {
  const { report } = props;
  return (
    <ul class="changes">
      {METER_IDS.map((id) => {
        const delta = report.metersAfter[id] - report.metersBefore[id];
        return (
          <li key={id}>
            {METERS[id].label}: {report.metersBefore[id]} → {report.metersAfter[id]}{' '}
            <span class={delta === 0 ? 'muted' : ''}>({signed(delta)})</span>
          </li>
        );
      })}
      <li>
        Ladder: {LADDER_RUNGS[report.ladderBefore]}
        {report.ladderAfter !== report.ladderBefore
          ? ` → ${LADDER_RUNGS[report.ladderAfter]}`
          : ' (unchanged)'}
      </li>
    </ul>
  );
}

function Digest(props: { report: WeekReport }) {
  return (
    <ul class="digest" aria-label="The week in brief">
      {reportDigest(props.report).map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

function ReactionList(props: { week: number; traces: ActorTrace[] }) {
  return (
    <ul class="reactions">
      {props.traces.map((trace) => (
        <li key={trace.actor} class="reaction">
          <span class="reaction__actor">{actorName(trace.actor)}</span>
          <span class="reaction__outcome">{EN.outcome(trace.outcome)}</span>
          <button
            type="button"
            class="button button--small"
            onClick={() => openDialog({ kind: 'why', week: props.week, actor: trace.actor })}
          >
            Why?<span class="visually-hidden"> ({actorName(trace.actor)})</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Actors who acted first; those who only watched are folded under one line, still openable. */
function Reactions(props: { week: number; traces: ActorTrace[] }) {
  const acted = props.traces.filter((trace) => !onlyWatched(trace));
  const watched = props.traces.filter(onlyWatched);
  return (
    <>
      {acted.length > 0 ? (
        <ReactionList week={props.week} traces={acted} />
      ) : (
        <p class="muted">No one acted this week.</p>
      )}
      {watched.length > 0 && (
        <details class="reactions__watched">
          <summary>
            {formatCounted(watched.length, 'actor', 'actors')} only watched:{' '}
            {watched.map((trace) => actorName(trace.actor)).join(', ')}
          </summary>
          <ReactionList week={props.week} traces={watched} />
        </details>
      )}
    </>
  );
}

export function WeekReportView(props: {
  report: WeekReport;
  current: number | null;
  headingLevel: 2 | 3;
  /** Shown under the heading: a classroom game's justification and prediction for the week. */
  children?: ComponentChildren;
}) {
  const { report } = props;
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  const Sub = props.headingLevel === 2 ? 'h3' : 'h4';
  return (
    <article class="report" aria-label={`Week ${report.week} report`}>
      <Heading class="panel__title">Week {report.week} report</Heading>
      <Digest report={report} />
      {props.children}
      <Sub class="report__subtitle">News</Sub>
      <EventList events={report.events} current={props.current} />
      <Sub class="report__subtitle">Meters</Sub>
      <MeterChanges report={report} />
      <Sub class="report__subtitle">Reactions</Sub>
      <Reactions week={report.week} traces={report.traces} />
    </article>
  );
}

export function LatestReport(props: { reports: WeekReport[] }) {
  const playback = useStore((s) => s.playback);
  const session = useStore((s) => s.session);
  const report = props.reports[props.reports.length - 1];
  if (!report) {
    return (
      <section class="panel">
        <h2 class="panel__title">Week report</h2>
        <p class="muted">No week has been played yet. Choose your responses and end the week.</p>
      </section>
    );
  }
  const current = playback && playback.week === report.week ? playback.step : null;
  return (
    <section class="panel">
      {current !== null && (
        <button
          type="button"
          class="button button--quiet button--small skip"
          onClick={skipPlayback}
        >
          Skip animation
        </button>
      )}
      <WeekReportView report={report} current={current} headingLevel={2}>
        {session && (
          <PredictionResult
            report={report}
            history={session.state.history}
            classroom={session.classroom}
          />
        )}
      </WeekReportView>
    </section>
  );
}

export function ReportLog(props: { reports: WeekReport[] }) {
  if (props.reports.length === 0) return <p class="muted">The log fills as weeks are played.</p>;
  const newestFirst = [...props.reports].reverse();
  return (
    <section class="panel log" aria-label="Log of past weeks">
      <h2 class="panel__title">Log</h2>
      {newestFirst.map((report, index) => (
        <details key={report.week} class="log__week" open={index === 0}>
          <summary>
            Week {report.week}: {report.events.length} event{report.events.length === 1 ? '' : 's'},{' '}
            {report.events.reduce((sum, e) => sum + (e.deaths ?? 0), 0)} deaths
          </summary>
          <WeekReportView report={report} current={null} headingLevel={3} />
        </details>
      ))}
    </section>
  );
}
