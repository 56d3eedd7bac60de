/**
 * A game link that arrived mid-play (the address changed, perhaps set by a page that opened this
 * one): offered beside the game in play, never opened over it. Opening it starts it as a new game;
 * the one in play is kept either way (Saves, Unfinished games).
 */
import { SCENARIOS } from '../engine';
import { dismissLinkOffer } from '../store/actions';
import { useStore } from './use-store';
import { useWords } from './use-words';
import './update-notice.css';

export function LinkOffer() {
  const offer = useStore((s) => s.linkOffer);
  const { ui, format } = useWords();
  const words = ui.notices.linkOffer;
  if (!offer) return null;
  const info = SCENARIOS[offer.scenario];
  return (
    <div class="update-notice" role="region" aria-label={words.label}>
      <p class="update-notice__text">
        {words.text(
          offer.name,
          info.title,
          Math.min(offer.weeksPlayed + 1, info.weeks),
          info.weeks,
          format,
        )}
      </p>
      <button type="button" class="button button--small" onClick={offer.open}>
        {words.open}
      </button>
      <button type="button" class="button button--quiet button--small" onClick={dismissLinkOffer}>
        {words.keep}
      </button>
    </div>
  );
}
