/** The whole page: the title, the game, the replay viewer or the comparison, the open dialog, and the live region that reads each week aloud. */
// The base styles first: every component's own file comes after them in the bundle (see styles.css).
import './styles.css';
import { useEffect, useState } from 'preact/hooks';
import { lessonCodeFromHash } from '../classroom/lesson-code';
import { isShareHash } from '../persistence/share-link';
import {
  continueUnfinishedGame,
  describeUnfinished,
  gameLeftInMemory,
  listUnfinishedGames,
  offerShareLink,
  openShareLink,
  quitToTitle,
  readResumableGame,
  setNotice,
} from '../store/actions';
import { store } from '../store/game-store';
import { shownReports } from '../store/selectors';
import { liveAnnouncement } from './announce';
import { HowToPlay, SourcesPage } from './help-pages';
import { GlossaryDialog } from './glossary-view';
import { GameScreen } from './game-screen';
import {
  ClassComparisonEntry,
  CompareEntry,
  DebriefEntry,
  GuideEntry,
  LabEntry,
} from './lazy-entries';
import { ReplayScreen } from './replay-screen';
import { ReplaceUnsavedDialog } from './replace-unsaved-dialog';
import { SavesDialog } from './saves-dialog';
import { SettingsDialog } from './settings-dialog';
import { TitleScreen, type Resumable } from './title-screen';
import { LinkOffer } from './link-offer';
import { UpdateNotice } from './update-notice';
import { useStore } from './use-store';
import { useWords } from './use-words';
import { setMessageLanguage } from '../text';
import { MeterWhyDialog } from './meter-why-dialog';
import { WhyDialog } from './why-dialog';

function LiveRegion() {
  const text = useStore(liveAnnouncement);
  return (
    <div class="visually-hidden" role="status" aria-live="polite">
      {text}
    </div>
  );
}

function Dialogs() {
  const dialog = useStore((s) => s.dialog);
  const reports = useStore(shownReports);
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'how-to-play':
      return <HowToPlay />;
    case 'glossary':
      return <GlossaryDialog term={dialog.term} />;
    case 'sources':
      return <SourcesPage />;
    case 'settings':
      return <SettingsDialog />;
    case 'saves':
      return <SavesDialog />;
    case 'replace-unsaved':
      return <ReplaceUnsavedDialog open={dialog.open} keep={dialog.keep} />;
    case 'why': {
      const report = reports?.find((r) => r.week === dialog.week);
      return report ? <WhyDialog report={report} actor={dialog.actor} /> : null;
    }
    case 'meter-why': {
      const report = reports?.find((r) => r.week === dialog.week);
      return report ? <MeterWhyDialog report={report} meter={dialog.meter} /> : null;
    }
  }
}

/**
 * The game the title offers to continue: the one this tab holds in memory (stored or not), else
 * the one it played last (before a reload), else the most recently saved one no other tab plays;
 * or why the one it would offer cannot be continued.
 */
async function findResumable(): Promise<{ resumable: Resumable | null; problem: string | null }> {
  const listed = await listUnfinishedGames();
  const left = gameLeftInMemory(listed.ok ? listed.value : []);
  if (left) return { resumable: left, problem: null };
  if (!listed.ok) return { resumable: null, problem: listed.error };
  const free = listed.value.filter((entry) => !entry.openElsewhere);
  const ordered = [...free.filter((entry) => entry.thisTab), ...free.filter((e) => !e.thisTab)];
  for (const entry of ordered) {
    if (entry.problem !== null) return { resumable: null, problem: entry.problem };
    const game = readResumableGame(entry.gameId);
    if (!game.ok) return { resumable: null, problem: game.error };
    if (game.value)
      return {
        resumable: { gameId: entry.gameId, label: describeUnfinished(entry), notStored: null },
        problem: null,
      };
  }
  return { resumable: null, problem: null };
}

export function App() {
  const screen = useStore((s) => s.screen);
  const session = useStore((s) => s.session);
  const textSize = useStore((s) => s.settings.textSize);
  const projector = useStore((s) => s.settings.projector);
  const words = useWords();
  const [resume, setResume] = useState<{ resumable: Resumable | null; problem: string | null }>({
    resumable: null,
    problem: null,
  });
  const [linkProblem, setLinkProblem] = useState<string | null>(null);
  const [lessonLinkCode, setLessonLinkCode] = useState<string | null>(null);

  useEffect(() => {
    // A game link (#save=1.…) opens that game as a new game at the start of its next week, then
    // leaves the address, so a reload does not open it again; any game left is kept. One that
    // arrives while a game is in play is offered beside it, not opened over it. A bad link says
    // why and changes nothing.
    const openLink = () => {
      const hash = location.hash;
      // A lesson link (#lesson=KAR-…) opens the title's "Class code" form with its code filled in.
      const lessonCode = lessonCodeFromHash(hash);
      if (lessonCode !== null) {
        history.replaceState(null, '', `${location.pathname}${location.search}`);
        if (store.getState().screen.kind !== 'title') quitToTitle();
        setLessonLinkCode(lessonCode);
        return;
      }
      if (!isShareHash(hash)) return;
      history.replaceState(null, '', `${location.pathname}${location.search}`);
      const { session, screen } = store.getState();
      const inPlay = session !== null && !session.state.ending && screen.kind !== 'title';
      const opened = inPlay ? offerShareLink(hash) : openShareLink(hash);
      if (opened.ok) setLinkProblem(null);
      else if (screen.kind !== 'title') setNotice(opened.error);
      else setLinkProblem(opened.error);
    };
    openLink();
    window.addEventListener('hashchange', openLink);
    return () => window.removeEventListener('hashchange', openLink);
  }, []);

  useEffect(() => {
    setMessageLanguage(words.language);
    document.documentElement.lang = words.lang;
    document.documentElement.dir = words.direction;
  }, [words]);
  useEffect(() => {
    document.documentElement.dataset.textSize = textSize;
  }, [textSize]);
  useEffect(() => {
    if (projector) document.documentElement.dataset.projector = 'on';
    else delete document.documentElement.dataset.projector;
  }, [projector]);
  useEffect(() => {
    if (screen.kind !== 'title') return;
    let current = true;
    void findResumable().then((found) => current && setResume(found));
    return () => {
      current = false;
    };
  }, [screen.kind]);

  const onResume = async () => {
    const resumable = resume.resumable;
    if (!resumable) return;
    const continued = await continueUnfinishedGame(resumable.gameId);
    if (!continued.ok) setResume({ resumable: null, problem: continued.error });
  };

  return (
    <>
      {screen.kind === 'lab' ? (
        <LabEntry />
      ) : screen.kind === 'guide' ? (
        <GuideEntry />
      ) : screen.kind === 'class' ? (
        <ClassComparisonEntry comparison={screen.class} />
      ) : screen.kind === 'debrief' ? (
        <DebriefEntry debrief={screen.debrief} />
      ) : screen.kind === 'compare' ? (
        <CompareEntry compare={screen.compare} />
      ) : screen.kind === 'replay' ? (
        <ReplayScreen replay={screen.replay} />
      ) : screen.kind === 'game' && session ? (
        <GameScreen session={session} />
      ) : (
        <TitleScreen
          resumable={resume.resumable}
          resumeProblem={resume.problem}
          linkProblem={linkProblem}
          onResume={() => void onResume()}
          lessonLinkCode={lessonLinkCode}
        />
      )}
      <Dialogs />
      <LinkOffer />
      <UpdateNotice />
      <LiveRegion />
    </>
  );
}
