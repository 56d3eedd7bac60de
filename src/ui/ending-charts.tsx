/**
 * The ending's recap charts: the five meters and the ladder over the weeks, with the turning
 * points shaded; drawn by the debrief's chart (so Chart.js loads with this module, not the game).
 */
import { LADDER_RUNGS, METER_IDS } from '../engine';
import type { TimelinePoint } from '../classroom/debrief';
import { DebriefChart, LINE_STYLES } from './debrief-chart';
import { METERS } from './labels';

export function EndingCharts(props: {
  timeline: readonly TimelinePoint[];
  shade: readonly number[];
}) {
  const { timeline, shade } = props;
  const weeks = timeline.length - 1;
  const meterLines = METER_IDS.map((id, index) => ({
    label: METERS[id].label,
    values: timeline.map((point) => point.meters[id]),
    colour: LINE_STYLES[index]!.colour,
    dash: [...LINE_STYLES[index]!.dash],
  }));
  const ladderLine = [
    {
      label: 'Escalation ladder',
      values: timeline.map((point) => point.ladder),
      colour: LINE_STYLES[1].colour,
      dash: [],
    },
  ];
  return (
    <div class="ending-charts">
      <div class="ending-chart">
        <DebriefChart
          lines={meterLines}
          min={0}
          max={100}
          shade={shade}
          label={`The five meters week by week, from the opening to week ${weeks}`}
        />
      </div>
      <div class="ending-chart ending-chart--ladder">
        <DebriefChart
          lines={ladderLine}
          min={0}
          max={5}
          step={1}
          stepped
          shade={shade}
          label={`The escalation ladder week by week (0 ${LADDER_RUNGS[0]} to 5 ${LADDER_RUNGS[5]})`}
        />
      </div>
    </div>
  );
}
