// Browser entry: restore the remembered settings, start the store's subscribers (autosave,
// settings, playback, the replay player) and render the page.
import { render } from 'preact';
import { startAutosave } from './persistence/autosave';
import { readSettings, startSettingsStorage } from './persistence/settings-storage';
import { browserStorage } from './persistence/storage';
import { initialState, store } from './store/game-store';
import { App } from './ui/app';
import { startPlayback } from './ui/playback';
import { startReplayPlayer } from './ui/replay-player';
import './ui/styles.css';

const storage = browserStorage();
const prefersReducedMotion =
  window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
store.setState(initialState(readSettings(storage, prefersReducedMotion)));
startAutosave(store, storage);
startSettingsStorage(store, storage);
startPlayback(store);
startReplayPlayer(store);

const root = document.getElementById('app');
if (!root) throw new Error('Missing #app element in index.html');
render(<App storage={storage} />, root);
// The load benchmark (npm run bench:web) reads this mark: the first frame the player can act on.
requestAnimationFrame(() => performance.mark('frontier:title-interactive'));
