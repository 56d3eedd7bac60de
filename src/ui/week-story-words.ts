/**
 * The map's marks of the shown week in words, for the place card and the places' buttons: what
 * the pins and the threat arrows say by shape and colour ("1 attack this week; threat rose from
 * Guarded to Elevated").
 */
import { placeWeeks, type PlaceWeek } from '../map/week-changes';
import { THREAT_BANDS } from '../map/threat';
import type { StoreState } from '../store/game-store';
import { shownWeek } from '../store/selectors';
import { formatCounted } from './format';
import { useStore } from './use-store';

export function placeWeekWords(place: PlaceWeek): string {
  const parts: string[] = [];
  if (place.strikes > 0) parts.push(formatCounted(place.strikes, 'strike', 'strikes'));
  if (place.attacks > 0) parts.push(formatCounted(place.attacks, 'attack', 'attacks'));
  const words = parts.length > 0 ? [`${parts.join(' and ')} this week`] : [];
  if (place.shift) {
    const { before, after } = place.shift;
    words.push(
      `threat ${after > before ? 'rose' : 'fell'} this week from ${THREAT_BANDS[before]!.label} to ${THREAT_BANDS[after]!.label}`,
    );
  }
  const sentence = words.join('; ');
  return sentence && `${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`;
}

/** Each marked place's words, by place key. */
export function shownWeekWords(state: StoreState): Map<string, string> {
  const week = shownWeek(state);
  const words = new Map<string, string>();
  if (!week) return words;
  for (const [key, place] of placeWeeks(week.report, week.after.districts, week.played))
    words.set(key, placeWeekWords(place));
  return words;
}

/** The shown week's words by place key, re-rendering only when they change. */
export function useShownWeekWords(): Map<string, string> {
  const lines = useStore((s) =>
    [...shownWeekWords(s)].map(([key, words]) => `${key}\t${words}`).join('\n'),
  );
  return new Map(
    lines
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split('\t') as [string, string]),
  );
}
