/**
 * "A new version is ready": shown on every screen once the service worker has a newer build
 * waiting. Nothing changes until the player chooses Reload; the game is autosaved at the start of
 * each week and saves are untouched by the update.
 */
import { dismissUpdate } from '../store/actions';
import { useStore } from './use-store';
import './update-notice.css';

export function UpdateNotice() {
  const update = useStore((s) => s.appUpdate);
  if (!update) return null;
  return (
    <div class="update-notice" role="status">
      <p class="update-notice__text">
        A new version is ready. Reload to use it: your saves stay as they are, and a game in play
        resumes at the start of its week.
      </p>
      <button type="button" class="button button--small" onClick={update.reload}>
        Reload
      </button>
      <button type="button" class="button button--quiet button--small" onClick={dismissUpdate}>
        Later
      </button>
    </div>
  );
}
