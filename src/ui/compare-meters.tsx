/** The compare screen's chart of one national meter (or the ladder), with its values as a table. */
import { useMemo } from 'preact/hooks';
import { LADDER_RUNGS } from '../engine';
import type { CompareGame } from '../store/game-store';
import { SeriesChart } from './compare-chart';
import { alignSeries, type SeriesId, type Timeline } from './compare-model';
import type { Side } from './compare-side';
import { METERS } from './labels';

function seriesTitle(series: SeriesId): string {
  return series === 'ladder' ? 'Escalation ladder' : METERS[series].label;
}

function seriesHint(series: SeriesId): string {
  if (series === 'ladder') return 'rung 0 (calm) to 5 (open war)';
  return METERS[series].higherIsWorse ? 'higher is worse' : 'higher is better';
}

function valueText(series: SeriesId, value: number): string {
  return series === 'ladder' ? `${value} · ${LADDER_RUNGS[value] ?? ''}` : String(value);
}

export function ChartFigure(props: {
  series: SeriesId;
  first: CompareGame;
  second: CompareGame;
  timelines: { first: Timeline; second: Timeline };
  shade: number | null;
}) {
  const { series, first, second, timelines } = props;
  const rows = useMemo(
    () => alignSeries(timelines.first, timelines.second, series),
    [timelines.first, timelines.second, series],
  );
  const title = seriesTitle(series);
  const ends = (side: Side, game: CompareGame) => {
    const values = timelines[side].values[series];
    const last = values.length - 1;
    return `${game.name}: ${values[0] ?? ''} at the opening${last > 0 ? `, ${values[last] ?? ''} after week ${last}` : ''}`;
  };
  const id = `compare-chart-${series}`;
  return (
    <figure class="compare-chart" aria-labelledby={id}>
      <figcaption id={id} class="compare-chart__title">
        {title} <span class="compare-chart__hint">({seriesHint(series)})</span>
      </figcaption>
      <div class="compare-chart__canvas">
        <SeriesChart
          rows={rows}
          names={{ first: first.name, second: second.name }}
          min={0}
          max={series === 'ladder' ? LADDER_RUNGS.length - 1 : 100}
          {...(series === 'ladder' ? { step: 1 } : {})}
          shade={props.shade}
          label={`${title} by week. ${ends('first', first)}. ${ends('second', second)}. Every week's values are in the table below the chart.`}
        />
      </div>
      <details class="compare-chart__values">
        <summary>Values by week</summary>
        <table class="compare-table" data-series={series}>
          <caption class="visually-hidden">{title} by week</caption>
          <thead>
            <tr>
              <th scope="col">Week</th>
              <th scope="col">First game</th>
              <th scope="col">Second game</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.week}
                class={
                  row.first !== null && row.second !== null && row.first !== row.second
                    ? 'is-different'
                    : undefined
                }
              >
                <th scope="row">{row.week === 0 ? 'Opening' : row.week}</th>
                {(['first', 'second'] as const).map((side) => {
                  const value = row[side];
                  return value === null ? (
                    <td key={side} class="muted">
                      not played
                    </td>
                  ) : (
                    <td key={side}>{valueText(series, value)}</td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
