/** The two sides of the compare screen: their names and the small drawing of each game's line. */
import { LINE_LOOK } from './compare-chart';

export type Side = 'first' | 'second';
export const SIDES: readonly Side[] = ['first', 'second'];
export const SIDE_TITLE: Record<Side, string> = { first: 'First game', second: 'Second game' };

/** A small drawing of a game's line (dash and marker as on the charts), beside its name. */
export function LineKey(props: { side: Side }) {
  const look = LINE_LOOK[props.side];
  return (
    <svg class="line-key" viewBox="0 0 40 12" width="40" height="12" aria-hidden="true">
      <line
        x1="1"
        y1="6"
        x2="39"
        y2="6"
        stroke={look.colour}
        stroke-width="2.5"
        stroke-dasharray={look.dash.length ? look.dash.join(' ') : undefined}
      />
      {look.point === 'circle' ? (
        <circle cx="20" cy="6" r="4" fill={look.colour} />
      ) : (
        <path d="M20 1 L25 11 L15 11 Z" fill={look.colour} />
      )}
    </svg>
  );
}
