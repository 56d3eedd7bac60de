/**
 * The game: meters and ladder across the top; briefing, report and log on the left; the map (or
 * its table) in the centre; decisions on the right; the ending over the map when the game is over.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { SCENARIOS, type GameState, type WeekReport } from '../engine';
import { openCurrentReplay, openDialog, openGuide, quitToTitle, setNotice } from '../store/actions';
import type { Session } from '../store/game-store';
import { weekLabel } from '../store/selectors';
import { BriefingPanel } from './briefing-panel';
import { ClassVotePanel } from './class-vote-panel';
import { DecisionsPanel } from './decisions-panel';
import { DistrictTable } from './district-table';
import { EndingView } from './ending-view';
import { GameMeters, LadderTrack, usePlayedMeters } from './meters-bar';
import { MapView } from './map-view';
import { GameNotes } from './notes-panel';
import { LossWarnings, ObjectivesPanel } from './objectives-panel';
import { PlaceCard } from './place-card';
import { SkipLinks } from './skip-links';
import { StatusStrip } from './status-strip';
import { suggestedName } from './saved-games';
import { returnFocusTo, takeReturnFocus } from './screen-return';
import { LatestReport, ReportLog } from './report-panel';
import { useScrollPerTab } from './tab-scroll';
import { useStore } from './use-store';
import { useWords } from './use-words';
import './game-layout.css';

type LeftTab = 'briefing' | 'report' | 'log' | 'objectives';
const LEFT_TAB_NAMES: Record<LeftTab, string> = {
  briefing: 'Briefing',
  report: 'Report',
  log: 'Log',
  objectives: 'Objectives',
};
type CentreTab = 'map' | 'table';

function Tabs<T extends string>(props: {
  label: string;
  tabs: [T, string][];
  value: T;
  onChange: (tab: T) => void;
}) {
  return (
    <div class="tabs" role="tablist" aria-label={props.label}>
      {props.tabs.map(([id, name]) => (
        <button
          key={id}
          type="button"
          role="tab"
          class="tabs__tab"
          aria-selected={props.value === id}
          onClick={() => props.onChange(id)}
        >
          {name}
        </button>
      ))}
    </div>
  );
}

function TopBar(props: { session: Session }) {
  const { state, reports } = props.session;
  const last = reports[reports.length - 1];
  const shown = usePlayedMeters(last, state);
  const words = useWords();
  return (
    <header class="topbar">
      <div class="topbar__game">
        <span class="topbar__name">Frontier Crisis</span>
        <span class="topbar__scenario">{SCENARIOS[state.scenario].title}</span>
        {props.session.branchOf && (
          <span
            class="topbar__branch"
            title={`Branch of “${props.session.branchOf.name}” after week ${props.session.branchOf.week}`}
          >
            branch of “{props.session.branchOf.name}” after week {props.session.branchOf.week}
          </span>
        )}
        {props.session.classroom?.lessonCode && (
          <span class="topbar__lesson">
            Lesson <span class="class-code">{props.session.classroom.lessonCode}</span>
            {props.session.classroom.student && (
              <>
                {' '}
                · <bdi>{props.session.classroom.student}</bdi>
              </>
            )}
          </span>
        )}
        <span class="topbar__week" aria-live="polite">
          {weekLabel(state, words)}
        </span>
      </div>
      <GameMeters
        meters={shown.meters}
        previous={last ? last.metersBefore : null}
        week={last ? last.week : null}
      />
      <LadderTrack level={shown.ladder} peak={shown.ladderPeak} />
      <nav class="topbar__menu" aria-label="Game menu">
        <button
          type="button"
          class="button button--quiet button--small"
          onClick={() => openDialog({ kind: 'saves' })}
        >
          Save game
        </button>
        <button
          type="button"
          class="button button--quiet button--small"
          disabled={props.session.weeks.length === 0}
          title={
            props.session.weeks.length === 0
              ? 'There is nothing to replay before the first week is played.'
              : 'Replay this game week by week'
          }
          data-return-focus="replay"
          onClick={() => {
            const opened = openCurrentReplay(suggestedName(props.session.state));
            if (opened.ok) returnFocusTo('replay');
            else setNotice(opened.error);
          }}
        >
          Replay
        </button>
        <button
          type="button"
          class="button button--quiet button--small"
          onClick={() => openDialog({ kind: 'how-to-play' })}
        >
          How to play
        </button>
        <button
          type="button"
          class="button button--quiet button--small"
          onClick={() => openDialog({ kind: 'sources' })}
        >
          Sources
        </button>
        <button
          type="button"
          class="button button--quiet button--small"
          aria-label="Facilitator guide"
          onClick={openGuide}
        >
          Guide
        </button>
        <button
          type="button"
          class="button button--quiet button--small"
          onClick={() => openDialog({ kind: 'settings' })}
        >
          Settings
        </button>
        <button type="button" class="button button--quiet button--small" onClick={quitToTitle}>
          Main menu
        </button>
      </nav>
    </header>
  );
}

/**
 * Once the game is over: while the last week's events play, a line that says the ending follows
 * them; then the ending over the map, which "Show the map" folds away (and "Back to the ending"
 * brings back).
 */
function CentreEnding(props: { state: GameState; reports: readonly WeekReport[] }) {
  const playing = useStore((s) => s.playback !== null);
  const [mapShown, setMapShown] = useState(false);
  const back = useRef<HTMLButtonElement>(null);
  const ending = useRef<HTMLDivElement>(null);
  const shown = useRef(false);
  useEffect(() => {
    // Focus follows the toggle, so a keyboard user lands on the way back.
    if (!shown.current) {
      shown.current = true;
      return;
    }
    if (mapShown) back.current?.focus();
    else ending.current?.querySelector<HTMLButtonElement>('.ending__actions button')?.focus();
  }, [mapShown]);
  if (playing)
    return (
      <p class="centre__ending-soon" role="status">
        The game ends this week: its ending follows once the week’s events have played.
      </p>
    );
  if (mapShown)
    return (
      <div class="centre__back">
        <button
          ref={back}
          type="button"
          class="button button--primary button--small"
          onClick={() => setMapShown(false)}
        >
          Back to the ending
        </button>
      </div>
    );
  return (
    <div class="centre__ending" ref={ending}>
      <EndingView state={props.state} reports={props.reports} onShowMap={() => setMapShown(true)} />
    </div>
  );
}

function Centre(props: { state: GameState; reports: readonly WeekReport[] }) {
  const [tab, setTab] = useState<CentreTab>('map');
  const focus = useStore((s) => s.focus);
  return (
    <section class="centre" aria-label="The frontier">
      <Tabs
        label="View"
        tabs={[
          ['map', 'Map'],
          ['table', 'Table'],
        ]}
        value={tab}
        onChange={setTab}
      />
      <StatusStrip state={props.state} />
      <div class="centre__body">
        <div
          class={tab === 'map' ? 'centre__map' : 'centre__map is-hidden'}
          aria-hidden={tab !== 'map'}
        >
          <MapView />
          {focus && <PlaceCard state={props.state} place={focus} />}
        </div>
        {tab === 'table' && <DistrictTable state={props.state} />}
        {props.state.ending && <CentreEnding state={props.state} reports={props.reports} />}
      </div>
    </section>
  );
}

export function GameScreen(props: { session: Session }) {
  const { session } = props;
  const [left, setLeft] = useState<LeftTab>('briefing');
  const projector = useStore((s) => s.settings.projector);
  const weeksPlayed = session.reports.length;
  const seen = useRef(weeksPlayed);
  const leftBody = useRef<HTMLDivElement>(null);
  const toTop = useScrollPerTab(leftBody, left);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Back from the replay, the focus goes to the control that opened it. On arriving in the game
    // otherwise (Start, Continue, a link), to the week's panel, so the next Tab reads on from
    // there rather than from the top of the page.
    const opener = root.current && takeReturnFocus(root.current);
    if (opener) opener.focus();
    else if (!document.querySelector('dialog[open]'))
      leftBody.current?.focus({ preventScroll: true });
  }, []);
  useEffect(() => {
    // After a week is resolved, show its report from the top; a new week's briefing is one tab
    // away, also from its top.
    if (weeksPlayed > seen.current) {
      toTop('report');
      toTop('briefing');
      setLeft('report');
    }
    seen.current = weeksPlayed;
  }, [weeksPlayed, toTop]);
  return (
    <div class="game" ref={root}>
      <SkipLinks
        targets={[
          { label: 'Skip to decisions', selector: '#decisions' },
          { label: 'Skip to map', selector: '[aria-label="Places on the map"] button' },
        ]}
      />
      <TopBar session={session} />
      <main class="game__body">
        <div class="game__left">
          <Tabs
            label="Panels"
            tabs={(Object.keys(LEFT_TAB_NAMES) as LeftTab[]).map((id) => [id, LEFT_TAB_NAMES[id]])}
            value={left}
            onChange={setLeft}
          />
          {/* Focusable, as a tab panel is: its text scrolls by keyboard even with no control in it. */}
          <div
            ref={leftBody}
            class="game__left-body"
            role="tabpanel"
            aria-label={LEFT_TAB_NAMES[left]}
            tabIndex={0}
          >
            {left === 'briefing' && <BriefingPanel session={session} />}
            {left === 'report' && (
              <>
                <LossWarnings
                  state={session.state}
                  title={`Warning for week ${session.state.week}`}
                />
                <GameNotes session={session} />
                <LatestReport reports={session.reports} />
              </>
            )}
            {left === 'log' && <ReportLog reports={session.reports} />}
            {left === 'objectives' && <ObjectivesPanel state={session.state} />}
          </div>
        </div>
        <Centre state={session.state} reports={session.reports} />
        <div class="game__right">
          {projector && !session.state.ending && <ClassVotePanel />}
          <DecisionsPanel state={session.state} />
        </div>
      </main>
    </div>
  );
}
