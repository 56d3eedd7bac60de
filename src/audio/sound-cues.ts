/**
 * What the game should sound like, read from the store: which effects a change of state calls
 * for, and how loud each layer of the ambient score should be. Pure functions of store states, so
 * they are tested in Node with no audio at all.
 *
 * No information is in sound alone. Each cue has its counterpart on screen already:
 * - choose / undo: the choice appears in / leaves the list of this week's choices;
 * - end-week: the week's report opens;
 * - refused: the notice naming the reason (a refused choice or week, a failed save);
 * - attack, strike, incident, closure, talks, truce: the event drawn on the map and its line in
 *   the report, as the week's events play one by one;
 * - ending-good / -mixed / -bad: the ending page with its outcome and causes;
 * - the score's layers: the escalation ladder in the top bar.
 */
import type { GameState, Grade, WeekEventKind } from '../engine';
import type { StoreState } from '../store/game-store';
import { shownReplay } from '../store/selectors';
import type { AlertSound, EffectSound, MusicLayer } from './sound-names';

const ALERTS: Partial<Record<WeekEventKind, AlertSound>> = {
  attack: 'attack',
  strike: 'strike',
  incident: 'incident',
  closure: 'closure',
  talks: 'talks',
  truce: 'truce',
};

const ENDINGS: Record<Grade, EffectSound> = {
  good: 'ending-good',
  mixed: 'ending-mixed',
  bad: 'ending-bad',
};

/** The effects that the step from `before` to `after` calls for, in the order to play them. */
export function effectCues(before: StoreState, after: StoreState): EffectSound[] {
  const cues: EffectSound[] = [];
  const was = before.session;
  const now = after.session;
  if (after.screen.kind !== 'game' || !now) return cues;
  const sameGame = was !== null && was.options === now.options;
  const weekResolved = sameGame && now.weeks.length > was.weeks.length;

  const ending = now.state.ending;
  const ended = ending !== null && !(sameGame && was.state.ending);

  // The week that ends the game gets the ending's sting instead of the end-of-week chord.
  if (weekResolved) {
    if (!ended) cues.push('end-week');
  } else if (sameGame && after.pending.length > before.pending.length) cues.push('choose');
  else if (sameGame && after.pending.length < before.pending.length) cues.push('undo');

  if (after.notice !== null && after.notice !== before.notice) cues.push('refused');

  const step = after.playback;
  if (step && (step.week !== before.playback?.week || step.step !== before.playback.step)) {
    const event = now.reports.find((r) => r.week === step.week)?.events[step.step];
    const alert = event ? ALERTS[event.kind] : undefined;
    if (alert) cues.push(alert);
  }

  if (ended) cues.push(ENDINGS[ending.grade]);
  return cues;
}

/**
 * How present each layer of the score is on each rung of the ladder (Calm, Rhetoric, Border
 * incidents, Cross-border strikes, Sustained hostilities, Open war), from 0 to 1.
 */
export const LAYERS_BY_RUNG: readonly Record<MusicLayer, number>[] = [
  { 'ambient-calm': 1, 'ambient-tense': 0, 'ambient-crisis': 0 },
  { 'ambient-calm': 1, 'ambient-tense': 0.35, 'ambient-crisis': 0 },
  { 'ambient-calm': 1, 'ambient-tense': 0.8, 'ambient-crisis': 0 },
  { 'ambient-calm': 0.9, 'ambient-tense': 1, 'ambient-crisis': 0.4 },
  { 'ambient-calm': 0.8, 'ambient-tense': 1, 'ambient-crisis': 0.85 },
  { 'ambient-calm': 0.7, 'ambient-tense': 1, 'ambient-crisis': 1 },
];

export const SILENCE: Record<MusicLayer, number> = {
  'ambient-calm': 0,
  'ambient-tense': 0,
  'ambient-crisis': 0,
};

/** The state whose ladder the score follows: the game in play, or the week the replay shows. */
function scoredState(state: StoreState): GameState | null {
  if (state.screen.kind === 'game') return state.session?.state ?? null;
  const replay = shownReplay(state);
  return replay ? (replay.states[replay.selected] ?? null) : null;
}

/** The score's layer levels (0 to 1, before the music volume): silent off the map and after an ending. */
export function musicLevels(state: StoreState): Record<MusicLayer, number> {
  const scored = scoredState(state);
  if (!scored || (state.screen.kind === 'game' && scored.ending)) return SILENCE;
  const rung = Math.max(0, Math.min(LAYERS_BY_RUNG.length - 1, scored.ladder));
  return LAYERS_BY_RUNG[rung] ?? SILENCE;
}
