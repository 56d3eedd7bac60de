/**
 * "A new version is ready": shown on every screen once the service worker has a newer build
 * waiting. Nothing changes until the player chooses Reload; the game is autosaved at the start of
 * each week and saves are untouched by the update.
 */
import { dismissUpdate } from '../store/actions';
import { useStore } from './use-store';
import { useWords } from './use-words';
import './update-notice.css';

export function UpdateNotice() {
  const update = useStore((s) => s.appUpdate);
  const words = useWords().ui.notices.update;
  if (!update) return null;
  return (
    <div class="update-notice" role="status">
      <p class="update-notice__text">{words.text}</p>
      <button type="button" class="button button--small" onClick={update.reload}>
        {words.reload}
      </button>
      <button type="button" class="button button--quiet button--small" onClick={dismissUpdate}>
        {words.later}
      </button>
    </div>
  );
}
