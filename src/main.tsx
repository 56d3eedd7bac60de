// Browser entry: restore the remembered settings, give the saves service its storage, start the
// store's subscribers (autosave, settings, playback, the replay player, sound), register the
// offline service worker and render the page. Every subscriber's unsubscribe is kept and called
// when the page is torn down for good.
import { render } from 'preact';
import { browserSoundOutput } from './audio/browser-sound';
import { startSound } from './audio/sound-director';
import { lessonCodeFromHash } from './classroom/lesson-code';
import { startServiceWorker } from './offline/service-worker';
import { startAutosave } from './persistence/autosave';
import { readSettings, startSettingsStorage } from './persistence/settings-storage';
import { browserStorage, browserTabStorage } from './persistence/storage';
import { browserTabLocks } from './persistence/tab-locks';
import {
  noteStorageChanged,
  offerUpdate,
  provideStorage,
  restoreSetAsideAutosave,
  setAudioStatus,
  startTabGame,
} from './store/actions';
import { initialState, store } from './store/game-store';
import { App } from './ui/app';
import { startPlayback } from './ui/playback';
import { startReplayPlayer } from './ui/replay-player';

const storage = browserStorage();
const prefersReducedMotion =
  window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
// A lesson link opens a classroom: its sound starts muted unless the player chose otherwise before.
store.setState(
  initialState(
    readSettings(storage, prefersReducedMotion, lessonCodeFromHash(location.hash) !== null),
  ),
);
// Each tab keeps its own game (its id in the tab's sessionStorage); Web Locks keep two tabs from
// changing the saved games at once and tell which games another tab plays.
const locks = browserTabLocks();
provideStorage(storage, { tabStorage: browserTabStorage(), locks });
// An autosave a newer version wrote while an older copy of the game was open goes to Saves now.
void restoreSetAsideAutosave().then((kept) => kept && store.setState({ notice: kept }));
const sound = browserSoundOutput(setAudioStatus);
// Another tab changed this origin's storage (a slot saved, renamed or deleted): lists refresh.
const onStorage = () => noteStorageChanged();
window.addEventListener('storage', onStorage);
const stops = [
  () => window.removeEventListener('storage', onStorage),
  startAutosave(store, storage, locks),
  startTabGame(),
  startSettingsStorage(store, storage),
  startPlayback(store),
  startReplayPlayer(store),
  startSound(store, sound),
  sound.stop,
];
startServiceWorker({ onUpdateReady: offerUpdate });

const root = document.getElementById('app');
if (!root) throw new Error('Missing #app element in index.html');
render(<App />, root);
// The load benchmark (npm run bench:web) reads this mark: the first frame the player can act on.
requestAnimationFrame(() => performance.mark('frontier:title-interactive'));

/** Stops every subscriber and unmounts the page. */
function shutdown(): void {
  for (const stop of stops.splice(0)) stop();
  render(null, root!);
}
// A page kept in the back-forward cache (persisted) may come back, so only a real unload shuts down.
window.addEventListener('pagehide', (event) => {
  if (!event.persisted) shutdown();
});
import.meta.hot?.dispose(shutdown);
