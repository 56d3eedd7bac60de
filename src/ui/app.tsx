/** The whole page: the title or the game, the open dialog, and the live region that reads each week aloud. */
import { useEffect, useState } from 'preact/hooks';
import { readAutosave } from '../persistence/autosave';
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
  const saved = readAutosave(storage);
  if (!saved.ok) return { resumable: null, problem: saved.error };
  const save = saved.value;
  if (!save) return { resumable: null, problem: null };
  const scenario = SCENARIOS[save.game.scenario as keyof typeof SCENARIOS];
  const week = save.weeks.length + 1;
  if (!scenario || week > scenario.weeks) return { resumable: null, problem: null };
  return {
    resumable: { save, label: `${scenario.title}, week ${week} of ${scenario.weeks}` },
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
    const save = resume.resumable?.save;
    if (!save) return;
    const resumed = resumeGame(
      save.game as Parameters<typeof resumeGame>[0],
      save.weeks.map((w) => w.decisions),
    );
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
