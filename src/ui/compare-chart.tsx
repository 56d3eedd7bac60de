/**
 * One chart of the compare screen: a series of both games by week (a TimelineChart). The two lines
 * differ in colour (Okabe–Ito blue and orange, safe for colour-blind eyes) and also in dash and
 * marker, so they can be told apart without colour; the week the decisions first differ is
 * shaded. The values are also given as a table next to the chart (the screen's job).
 */
import { useMemo } from 'preact/hooks';
import type { SeriesRow } from './compare-model';
import { TimelineChart, type TimelineDataset } from './timeline-chart';

/** How each game's line is drawn; the legend on the screen draws the same. */
export const LINE_LOOK = {
  first: { colour: '#56b4e9', dash: [] as number[], point: 'circle', label: 'solid line, circles' },
  second: {
    colour: '#e69f00',
    dash: [7, 4] as number[],
    point: 'triangle',
    label: 'dashed line, triangles',
  },
} as const;

const COLOURS = { ink: '#c8c0b2', grid: '#3a4759', shade: 'rgba(224, 173, 100, 0.18)' };

export function SeriesChart(props: {
  rows: readonly SeriesRow[];
  names: { first: string; second: string };
  min: number;
  max: number;
  /** Tick spacing on the value axis (the ladder's rungs are whole steps). */
  step?: number;
  /** The week the decisions first differ, shaded; null for none. */
  shade: number | null;
  /** The chart in words, for screen readers (the table carries the values). */
  label: string;
}) {
  const { rows, names, shade } = props;
  const datasets = useMemo(
    () =>
      (['first', 'second'] as const).map((side): TimelineDataset => ({
        label: names[side],
        data: rows.flatMap((row) => {
          const value = row[side];
          return value === null ? [] : [{ x: row.week, y: value }];
        }),
        borderColor: LINE_LOOK[side].colour,
        backgroundColor: LINE_LOOK[side].colour,
        borderDash: LINE_LOOK[side].dash,
        borderWidth: 2,
        pointStyle: LINE_LOOK[side].point,
        pointRadius: side === 'first' ? 2.5 : 3.5,
        pointHoverRadius: 5,
        // Markers at the edges (the opening, a meter at 0 or 100) are drawn whole.
        clip: 6,
      })),
    [rows, names.first, names.second],
  );
  return (
    <TimelineChart
      datasets={datasets}
      weeks={Math.max(1, rows.length - 1)}
      min={props.min}
      max={props.max}
      {...(props.step ? { step: props.step } : {})}
      colours={COLOURS}
      shade={shade === null ? [] : [shade]}
      weekTitles
      label={props.label}
    />
  );
}
