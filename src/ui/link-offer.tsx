/**
 * A game link that arrived mid-play (the address changed, perhaps set by a page that opened this
 * one): offered beside the game in play, never opened over it. Opening it starts it as a new game;
 * the one in play is kept either way (Saves, Unfinished games).
 */
import { SCENARIOS } from '../engine';
import { dismissLinkOffer } from '../store/actions';
import { useStore } from './use-store';
import './update-notice.css';

export function LinkOffer() {
  const offer = useStore((s) => s.linkOffer);
  if (!offer) return null;
  const info = SCENARIOS[offer.scenario];
  return (
    <div class="update-notice" role="region" aria-label="A game link">
      <p class="update-notice__text">
        A link to another game was opened: “{offer.name}” ({info.title}, week{' '}
        {Math.min(offer.weeksPlayed + 1, info.weeks)} of {info.weeks}). Open it as a new game? The
        game you are playing is kept either way.
      </p>
      <button type="button" class="button button--small" onClick={offer.open}>
        Open the linked game
      </button>
      <button type="button" class="button button--quiet button--small" onClick={dismissLinkOffer}>
        Keep playing
      </button>
    </div>
  );
}
