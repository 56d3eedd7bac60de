/**
 * The replay viewer: a finished or running game shown week by week from the store's replay slice.
 * The timeline (slider, previous/next, play at a speed, jump to a week) only calls store actions;
 * the map reads the selected week's state through the store's `shownState`, and the week's report,
 * Why? cards, meters, ladder and fingerprint all come from the same slice.
 */
import { useState } from 'preact/hooks';
import { SCENARIOS, type GameState } from '../engine';
import {
  branchFromReplay,
  closeReplay,
  openCompare,
  openDebrief,
  pauseReplay,
  playReplay,
  selectReplayWeek,
  setNotice,
  setReplaySpeed,
  stepReplay,
} from '../store/actions';
import { REPLAY_SPEEDS, type Replay, type ReplaySpeed } from '../store/game-store';
import { LadderTrack, MetersBar, usePlayedMeters } from './meters-bar';
import { MapView } from './map-view';
import { NOTE_TICKS_ID, NoteMarks, ReplayNotes } from './notes-panel';
import { PlaceCard } from './place-card';
import { WeekReportView } from './report-panel';
import { ClassVoteRecord } from './class-vote-record';
import { useStore } from './use-store';
import './game-layout.css';
import './replay-screen.css';

const SPEED_LABEL: Record<ReplaySpeed, string> = {
  2000: '1 week per 2 s',
  1000: '1 week per 1 s',
  500: '1 week per 0.5 s',
};

function turnText(turn: number): string {
  return turn === 0 ? 'The opening' : `After week ${turn}`;
}

/**
 * Where the replay stands, numbered as the game numbers its weeks: "After week 3 of 12" is the
 * moment the game itself calls "Week 4 of 12", so the replay never shows both numbers at once.
 */
function replayWeekLabel(turn: number, state: GameState): string {
  if (turn === 0) return `The opening · before week 1 of ${state.maxWeeks}`;
  const over = state.ending?.week === turn ? ' · game over' : '';
  return `After week ${turn} of ${state.maxWeeks}${over}`;
}

function Timeline(props: { replay: Replay }) {
  const { replay } = props;
  const last = replay.states.length - 1;
  const [jump, setJump] = useState('');
  return (
    <section class="replay__timeline" aria-label="Timeline">
      <div class="replay__buttons">
        <button
          type="button"
          class="button button--small"
          disabled={replay.selected === 0}
          onClick={() => stepReplay(-1)}
        >
          Previous week
        </button>
        <button
          type="button"
          class="button button--primary button--small replay__play"
          disabled={last === 0}
          onClick={replay.playing ? pauseReplay : playReplay}
        >
          {replay.playing ? 'Pause' : 'Play'}
        </button>
        <button
          type="button"
          class="button button--small"
          disabled={replay.selected === last}
          onClick={() => stepReplay(1)}
        >
          Next week
        </button>
      </div>
      <label class="replay__slider">
        <span class="replay__label">Turn</span>
        <input
          type="range"
          min={0}
          max={last}
          step={1}
          value={replay.selected}
          list={NOTE_TICKS_ID}
          aria-valuetext={turnText(replay.selected)}
          onInput={(event) => selectReplayWeek(Number((event.target as HTMLInputElement).value))}
        />
        <span class="replay__turn" aria-hidden="true">
          {replay.selected} / {last}
        </span>
      </label>
      <label class="replay__speed">
        <span class="replay__label">Speed</span>
        <select
          class="text-input"
          value={replay.speed}
          onChange={(event) =>
            setReplaySpeed(Number((event.target as HTMLSelectElement).value) as ReplaySpeed)
          }
        >
          {REPLAY_SPEEDS.map((speed) => (
            <option key={speed} value={speed}>
              {SPEED_LABEL[speed]}
            </option>
          ))}
        </select>
      </label>
      <form
        class="replay__jump"
        onSubmit={(event) => {
          event.preventDefault();
          if (jump.trim() !== '') selectReplayWeek(Number(jump));
          setJump('');
        }}
      >
        <label class="replay__label" for="replay-jump">
          Jump to week
        </label>
        <input
          id="replay-jump"
          class="text-input replay__jump-input"
          type="number"
          min={0}
          max={last}
          step={1}
          value={jump}
          onInput={(event) => setJump((event.target as HTMLInputElement).value)}
        />
        <button type="submit" class="button button--small">
          Go
        </button>
      </form>
      <NoteMarks replay={replay} />
      <p class="replay__fingerprint">
        Fingerprint: <code>{replay.fingerprints[replay.selected]}</code>
      </p>
    </section>
  );
}

function WeekPanel(props: { replay: Replay }) {
  const { replay } = props;
  const playback = useStore((s) => s.playback);
  const report = replay.selected > 0 ? replay.reports[replay.selected - 1] : undefined;
  if (!report)
    return (
      <section class="panel">
        <h2 class="panel__title">The opening</h2>
        <p class="muted">
          The state before the first week. Step forward or press Play to watch the game week by
          week.
        </p>
      </section>
    );
  const current = playback && playback.week === report.week ? playback.step : null;
  const vote = replay.classroom?.weeks.find((entry) => entry.week === report.week)?.vote;
  return (
    <section class="panel">
      {vote && <ClassVoteRecord vote={vote} week={report.week} />}
      <WeekReportView report={report} current={current} headingLevel={2} />
    </section>
  );
}

export function ReplayScreen(props: { replay: Replay }) {
  const { replay } = props;
  const focus = useStore((s) => s.focus);
  const state = replay.states[replay.selected] ?? replay.states[0]!;
  const report = replay.selected > 0 ? replay.reports[replay.selected - 1] : undefined;
  const shown = usePlayedMeters(report, state);
  return (
    <div class="game replay">
      <header class="topbar">
        <div class="topbar__game">
          <span class="topbar__name">Replay</span>
          <span
            class="topbar__scenario"
            title={`${replay.name} (${SCENARIOS[state.scenario].title})`}
          >
            {replay.name}
          </span>
          {/* Not a live region: the page's live region reads each week the replay shows. */}
          <span class="topbar__week">{replayWeekLabel(replay.selected, state)}</span>
        </div>
        <MetersBar
          meters={shown.meters}
          previous={report ? report.metersBefore : null}
          week={report ? report.week : null}
        />
        <LadderTrack level={shown.ladder} peak={shown.ladderPeak} />
        <nav class="topbar__menu" aria-label="Replay menu">
          {replay.branchOf && (
            <button
              type="button"
              class="button button--small"
              onClick={() =>
                openCompare({
                  first: {
                    source: 'replay',
                    name: replay.name,
                    origin: 'The game in the replay viewer',
                    options: replay.options,
                    weeks: replay.weeks,
                    ...(replay.branchOf ? { branchOf: replay.branchOf } : {}),
                    played: {
                      opening: replay.states[0]!,
                      final: replay.states[replay.states.length - 1]!,
                      reports: replay.reports,
                    },
                  },
                })
              }
            >
              Compare with original
            </button>
          )}
          <button
            type="button"
            class="button button--small"
            disabled={state.ending !== null}
            title={state.ending ? 'The game had ended by this week.' : undefined}
            onClick={() => {
              const branched = branchFromReplay();
              if (!branched.ok) setNotice(branched.error);
            }}
          >
            Branch from this week
          </button>
          <button
            type="button"
            class="button button--small"
            disabled={replay.weeks.length === 0}
            onClick={() => {
              const opened = openDebrief(replay.name);
              if (!opened.ok) setNotice(opened.error);
            }}
          >
            Debrief
          </button>
          <button type="button" class="button button--primary button--small" onClick={closeReplay}>
            Close replay
          </button>
        </nav>
      </header>
      <div class="replay__layout">
        <Timeline replay={replay} />
        <main class="replay__body">
          <div class="game__left">
            <div class="game__left-body">
              <ReplayNotes replay={replay} />
              <WeekPanel replay={replay} />
            </div>
          </div>
          <section class="centre" aria-label="The frontier">
            <div class="centre__body">
              <div class="centre__map">
                <MapView />
                {focus && <PlaceCard state={state} place={focus} />}
              </div>
            </div>
          </section>
        </main>
      </div>
    </div>
  );
}
