/** The whole page: the title or the game, the open dialog, and the live region that reads each week aloud. */
import { useEffect, useState } from 'preact/hooks';
import { readUnfinishedGame } from '../persistence/autosave';
import type { KeyValueStore } from '../persistence/storage';
import { resumeGame } from '../store/actions';
import { SCENARIOS } from '../engine';
import { announce } from './announce';
import { HowToPlay, SourcesPage } from './help-pages';
import { GameScreen } from './game-screen';
import { SettingsDialog } from './settings-dialog';
import { TitleScreen, type Resumable } from './title-screen';
import { useStore } from './use-store';
import { WhyDialog } from './why-dialog';

function LiveRegion() {
  const reports = useStore((s) => s.session?.reports);
  const latest = reports?.[reports.length - 1];
  return (
    <div class="visually-hidden" role="status" aria-live="polite">
      {latest ? announce(latest) : ''}
    </div>
  );
}

function Dialogs() {
  const dialog = useStore((s) => s.dialog);
  const reports = useStore((s) => s.session?.reports);
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'how-to-play':
      return <HowToPlay />;
    case 'sources':
      return <SourcesPage />;
    case 'settings':
      return <SettingsDialog />;
    case 'why': {
      const report = reports?.find((r) => r.week === dialog.week);
      return report ? <WhyDialog report={report} actor={dialog.actor} /> : null;
    }
  }
}

function findResumable(storage: KeyValueStore | null): {
  resumable: Resumable | null;
  problem: string | null;
} {
  const game = readUnfinishedGame(storage);
  if (!game.ok) return { resumable: null, problem: game.error };
  if (!game.value) return { resumable: null, problem: null };
  const { options, weeks } = game.value;
  const scenario = SCENARIOS[options.scenario];
  return {
    resumable: {
      options,
      weeks,
      label: `${scenario.title}, week ${weeks.length + 1} of ${scenario.weeks}`,
    },
    problem: null,
  };
}

export function App(props: { storage: KeyValueStore | null }) {
  const screen = useStore((s) => s.screen);
  const session = useStore((s) => s.session);
  const textSize = useStore((s) => s.settings.textSize);
  const [resume, setResume] = useState(() => findResumable(props.storage));

  useEffect(() => {
    document.documentElement.dataset.textSize = textSize;
  }, [textSize]);
  useEffect(() => {
    if (screen === 'title') setResume(findResumable(props.storage));
  }, [screen, props.storage]);

  const onResume = () => {
    const resumable = resume.resumable;
    if (!resumable) return;
    const resumed = resumeGame(resumable.options, resumable.weeks);
    if (!resumed.ok)
      setResume({
        resumable: null,
        problem: `The autosave could not be restored. ${resumed.error}`,
      });
  };

  return (
    <>
      {screen === 'game' && session ? (
        <GameScreen session={session} />
      ) : (
        <TitleScreen
          resumable={resume.resumable}
          resumeProblem={resume.problem}
          onResume={onResume}
        />
      )}
      <Dialogs />
      <LiveRegion />
    </>
  );
}
