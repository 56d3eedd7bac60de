/**
 * The debrief's timelines (TimelineCharts): the five meters in one chart and the ladder in
 * another, week by week from the opening. Each meter's line differs in colour (Okabe–Ito, safe for
 * colour-blind eyes) and in dash, and the legend names them; turning points are shaded. The chart
 * is redrawn to its box when the page is printed, so a printed chart fits its page.
 */
import { TimelineChart } from './timeline-chart';

export interface ChartLine {
  label: string;
  /** values[n] is the value after week n (0 the opening). */
  values: number[];
  colour: string;
  dash: number[];
}

export const LINE_STYLES = [
  { colour: '#0072b2', dash: [] },
  { colour: '#d55e00', dash: [8, 4] },
  { colour: '#009e73', dash: [2, 3] },
  { colour: '#cc79a7', dash: [10, 3, 2, 3] },
  { colour: '#e69f00', dash: [4, 4] },
] as const;

const COLOURS = { ink: '#222222', grid: '#cccccc', shade: 'rgba(230, 159, 0, 0.2)' };

export function DebriefChart(props: {
  lines: readonly ChartLine[];
  min: number;
  max: number;
  step?: number;
  stepped?: boolean;
  shade: readonly number[];
  label: string;
}) {
  const { lines, stepped } = props;
  return (
    <TimelineChart
      datasets={lines.map((line) => ({
        label: line.label,
        data: line.values.map((y, x) => ({ x, y })),
        borderColor: line.colour,
        backgroundColor: line.colour,
        borderDash: line.dash,
        borderWidth: 2,
        pointRadius: 2,
        stepped: stepped ? ('after' as const) : false,
        clip: 6,
      }))}
      weeks={Math.max(1, (lines[0]?.values.length ?? 1) - 1)}
      min={props.min}
      max={props.max}
      {...(props.step ? { step: props.step } : {})}
      everyWeek
      colours={COLOURS}
      shade={props.shade}
      legend={lines.length > 1}
      printable
      label={props.label}
    />
  );
}
