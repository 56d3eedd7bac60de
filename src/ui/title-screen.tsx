/**
 * Start: the title, a new game (scenario and difficulty), resuming the autosave, a lesson (teach a
 * class, or join one by its class code) and the help pages.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Difficulty, ScenarioId } from '../engine';
import {
  openClassComparison,
  openDialog,
  openGuide,
  openLab,
  setProjectorMode,
  startGame,
} from '../store/actions';
import { DifficultyPicker, ScenarioPicker } from './game-pickers';
import { JoinLesson } from './join-lesson';
import { LessonBuilder } from './lesson-builder';
import { prefetchMapWhenIdle } from './map-loader';
import { Ridge } from './ridge';
import { useStore } from './use-store';
import './title-screen.css';

/**
 * A game that can be continued (an autosave checked against its fingerprints, or the game this
 * tab holds in memory), its name, and what of it storage does not keep (null: all of it is kept).
 */
export interface Resumable {
  gameId: string;
  label: string;
  notStored: string | null;
}

function NewGameForm(props: { onBack: () => void }) {
  const [scenario, setScenario] = useState<ScenarioId>('karachi');
  const [difficulty, setDifficulty] = useState<Difficulty>('normal');
  return (
    <form
      class="new-game"
      onSubmit={(event) => {
        event.preventDefault();
        // A fresh seed for each game, drawn here: the engine itself has no unseeded chance.
        const seed = crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
        performance.mark('frontier:game-start');
        startGame({ scenario, seed, difficulty });
      }}
    >
      <ScenarioPicker name="scenario" value={scenario} onChange={setScenario} withSetting />
      <DifficultyPicker name="difficulty" value={difficulty} onChange={setDifficulty} />
      <div class="new-game__actions">
        <button type="submit" class="button button--primary">
          Start
        </button>
        <button type="button" class="button button--quiet" onClick={props.onBack}>
          Back
        </button>
      </div>
    </form>
  );
}

type TitleMode = 'menu' | 'new-game' | 'teach' | 'join';

export function TitleScreen(props: {
  resumable: Resumable | null;
  onResume: () => void;
  resumeProblem: string | null;
  linkProblem: string | null;
  /** The class code of a lesson link the page was opened with: the join form opens with it. */
  lessonLinkCode?: string | null;
}) {
  const [mode, setMode] = useState<TitleMode>(props.lessonLinkCode ? 'join' : 'menu');
  const choosing = mode !== 'menu';
  const notice = useStore((s) => s.notice);
  const projector = useStore((s) => s.settings.projector);
  // The title needs no Phaser; fetch the map's code while the player reads it.
  useEffect(() => prefetchMapWhenIdle(), []);
  useEffect(() => {
    if (props.lessonLinkCode) setMode('join');
  }, [props.lessonLinkCode]);
  const back = () => setMode('menu');
  const main = useRef<HTMLElement>(null);
  const shownMode = useRef(mode);
  useEffect(() => {
    // Focus follows the title's steps: into a form as it opens (its chosen option first), and
    // back to the button that opened it on Back.
    const before = shownMode.current;
    shownMode.current = mode;
    if (before === mode) return;
    const root = main.current;
    const target =
      mode === 'menu'
        ? root?.querySelector<HTMLElement>(`[data-opens="${before}"]`)
        : (root?.querySelector<HTMLElement>('form input:checked') ??
          root?.querySelector<HTMLElement>('form input, form select, form button'));
    target?.focus();
  }, [mode]);
  return (
    <main
      ref={main}
      class={`title${choosing ? ' title--choosing' : ''}${mode === 'teach' ? ' title--lesson' : ''}`}
    >
      <div class="title__inner">
        <h1 class="title__heading">Frontier Crisis</h1>
        <p class="title__subtitle">
          The Pakistan–Afghanistan frontier, <span class="nowrap">2025–26</span> — a game of choices
          and their costs
        </p>
        {mode === 'new-game' ? (
          <NewGameForm onBack={back} />
        ) : mode === 'teach' ? (
          <LessonBuilder onBack={back} />
        ) : mode === 'join' ? (
          <JoinLesson code={props.lessonLinkCode ?? ''} onBack={back} />
        ) : (
          <div class="menu">
            {props.resumable && (
              <button
                type="button"
                class="button button--primary"
                onClick={props.onResume}
                aria-describedby={props.resumable.notStored ? 'title-not-stored' : undefined}
              >
                Continue: {props.resumable.label}
              </button>
            )}
            {props.resumable?.notStored && (
              <p id="title-not-stored" class="notice" role="status">
                {props.resumable.notStored}
              </p>
            )}
            <button
              type="button"
              class={props.resumable ? 'button' : 'button button--primary'}
              data-opens="new-game"
              onClick={() => setMode('new-game')}
            >
              New game
            </button>
            <button type="button" class="button" data-opens="join" onClick={() => setMode('join')}>
              Class code
            </button>
            <button
              type="button"
              class="button"
              data-opens="teach"
              onClick={() => setMode('teach')}
            >
              Teach a class
            </button>
            <button type="button" class="button" onClick={() => openDialog({ kind: 'saves' })}>
              Load game
            </button>
            <button type="button" class="button" onClick={openLab}>
              Policy lab
            </button>
            <button
              type="button"
              class="button"
              onClick={() => openDialog({ kind: 'how-to-play' })}
            >
              How to play
            </button>
            <button type="button" class="button" onClick={() => openDialog({ kind: 'sources' })}>
              Sources and assumptions
            </button>
            <button type="button" class="button" onClick={openGuide}>
              Facilitator guide
            </button>
            <button type="button" class="button" onClick={openClassComparison}>
              Class comparison
            </button>
            <button
              type="button"
              class="button"
              aria-pressed={projector}
              onClick={() => setProjectorMode(!projector)}
            >
              Projector mode{projector ? ': on' : ''}
            </button>
            <button type="button" class="button" onClick={() => openDialog({ kind: 'settings' })}>
              Settings
            </button>
            {props.linkProblem && (
              <p class="notice" role="alert">
                {props.linkProblem}
              </p>
            )}
            {props.resumeProblem && (
              <p class="notice" role="alert">
                {props.resumeProblem}
              </p>
            )}
            {notice && notice !== props.resumable?.notStored && (
              <p class="notice" role="status">
                {notice}
              </p>
            )}
          </div>
        )}
      </div>
      <Ridge />
    </main>
  );
}
