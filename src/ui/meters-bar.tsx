/**
 * The national meters and the escalation ladder at the top of the game. In projector mode the
 * meters are hidden while the class discusses, until the teacher reveals them ("Show meters" or
 * the M key); each change is announced to screen readers with the values.
 */
import { useEffect } from 'preact/hooks';
import { LADDER_RUNGS, METER_IDS, type GameState, type MeterId, type WeekReport } from '../engine';
import { openDialog, toggleMeters } from '../store/actions';
import { playedMeters, shownWeek, type PlayedMeters } from '../store/selectors';
import type { Words } from '../text';
import { HIGHER_IS_WORSE, meterWords, signed } from './labels';
import { whyMeterTitle } from './meter-why-dialog';
import { useStore } from './use-store';
import { useWords } from './use-words';
import './meters-bar.css';

/** The key that shows or hides the meters in projector mode. */
export const REVEAL_KEY = 'm';

/** True when a key press belongs to a field (typing an M into a note must not toggle anything). */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** What the screen reader hears when the meters are shown or hidden. */
function revealAnnouncement(
  meters: GameState['meters'],
  revealed: boolean,
  words: Words,
): string {
  const bar = words.ui.meters;
  if (!revealed) return bar.announceHidden;
  const values = METER_IDS.map((id) =>
    bar.announceValue(meterWords(id, words).label, meters[id], words.format),
  ).join(bar.announceSeparator);
  return bar.announceShown(values);
}

/**
 * The meters, or in projector mode while they are hidden, a curtain with the button that reveals
 * them. The M key toggles them while projector mode is on and no dialog or field has the key.
 */
export function GameMeters(props: {
  meters: GameState['meters'];
  previous: GameState['meters'] | null;
  week: number | null;
}) {
  const projector = useStore((s) => s.settings.projector);
  const revealed = useStore((s) => s.metersRevealed);
  const dialogOpen = useStore((s) => s.dialog !== null);
  const words = useWords();
  const bar = words.ui.meters;
  useEffect(() => {
    if (!projector) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== REVEAL_KEY || event.ctrlKey || event.metaKey) return;
      if (event.altKey || dialogOpen || typingIn(event.target)) return;
      event.preventDefault();
      toggleMeters();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [projector, dialogOpen]);
  if (!projector) return <MetersBar {...props} />;
  return (
    <div class="meters-curtain">
      {revealed ? (
        <MetersBar {...props} />
      ) : (
        <p class="meters-curtain__note">{bar.curtain}</p>
      )}
      <button
        type="button"
        class="button button--small"
        aria-keyshortcuts="M"
        onClick={toggleMeters}
      >
        {revealed ? bar.hide : bar.show} <kbd aria-hidden="true">M</kbd>
      </button>
      <p class="visually-hidden" role="status">
        {revealAnnouncement(props.meters, revealed, words)}
      </p>
    </div>
  );
}

/**
 * The meters and ladder to show above the map: during the playback of `report` (the week that led
 * to `after`), as far as its events have played; otherwise as the week left them.
 */
export function usePlayedMeters(report: WeekReport | undefined, after: GameState): PlayedMeters {
  const played = useStore((s) => shownWeek(s)?.played ?? Number.POSITIVE_INFINITY);
  if (!report)
    return { meters: after.meters, ladder: after.ladder, ladderPeak: after.tally.ladderPeak };
  return playedMeters(report, after, played);
}

function meterTone(id: MeterId, value: number): string {
  const bad = HIGHER_IS_WORSE[id] ? value >= 75 : value <= 25;
  const warn = HIGHER_IS_WORSE[id] ? value >= 60 : value <= 40;
  return bad ? 'meter--bad' : warn ? 'meter--warn' : 'meter--ok';
}

/**
 * The meters; each shows which way is good and, once a week has been played, opens the causes of
 * its last change (`week`: the week whose report `previous` is from).
 */
export function MetersBar(props: {
  meters: GameState['meters'];
  previous: GameState['meters'] | null;
  week?: number | null;
}) {
  const { meters, previous } = props;
  const week = props.week ?? null;
  const words = useWords();
  const bar = words.ui.meters;
  const t = words.format;
  return (
    <ul class="meters" aria-label={bar.listLabel}>
      {METER_IDS.map((id) => {
        const value = meters[id];
        const delta = previous ? value - previous[id] : 0;
        const way = HIGHER_IS_WORSE[id] ? bar.lowerIsBetter : bar.higherIsBetter;
        const { label, hint } = meterWords(id, words);
        const body = (
          <>
            <span class="meter__label">
              {label}
              <span class="meter__way" aria-hidden="true">
                {HIGHER_IS_WORSE[id] ? ' ↓' : ' ↑'}
              </span>
              <span class="visually-hidden"> ({way})</span>
            </span>{' '}
            <span class="meter__value">
              {t.number(value)}
              {delta !== 0 && (
                <span class="meter__delta">
                  {' '}
                  {signed(delta, t)}
                  <span class="visually-hidden"> {bar.thisWeek}</span>
                </span>
              )}
            </span>
            <span class="meter__track" aria-hidden="true">
              <span class="meter__fill" style={{ width: `${value}%` }} />
            </span>
          </>
        );
        return (
          <li
            key={id}
            class={`meter ${meterTone(id, value)}`}
            title={bar.tooltip(hint)}
          >
            {week === null ? (
              body
            ) : (
              <button
                type="button"
                class="meter__why"
                onClick={() => openDialog({ kind: 'meter-why', week, meter: id })}
              >
                {body}
                {/* The name is the visible text and then the question, so speech input that
                    says what it sees still reaches the button. */}
                <span class="visually-hidden">. {whyMeterTitle(id, words)}</span>
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function LadderTrack(props: { level: number; peak: number }) {
  const words = useWords();
  return (
    <div class="ladder">
      <span class="ladder__title" id="ladder-title">
        {words.ui.meters.escalation}
      </span>
      <ol class="ladder__rungs" aria-labelledby="ladder-title">
        {LADDER_RUNGS.map((rung, index) => (
          <li
            key={rung}
            class={`ladder__rung ladder__rung--${index}${index === props.level ? ' is-current' : ''}${index <= props.peak ? ' is-reached' : ''}`}
            aria-current={index === props.level ? 'step' : undefined}
            title={rung}
          >
            <span aria-hidden="true">{words.format.plain(index)}</span>
            <span class="visually-hidden">{rung}</span>
          </li>
        ))}
      </ol>
      <span class="ladder__now" aria-hidden="true">
        {LADDER_RUNGS[props.level]}
      </span>
    </div>
  );
}
