/**
 * A line chart of values by week (0 the opening), drawn by Chart.js on a canvas: the one chart of
 * the compare screen and of the debrief. Only the pieces a line chart needs are registered, so the
 * rest of Chart.js stays out of the bundle. Chosen weeks are shaded (from the turn before to the
 * turn after); labels follow the player's text size, as the rest of the page does. Each screen
 * draws its own lines (colours, dashes, markers) and gives the values as a table beside the chart.
 */
import {
  Chart,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
  type ChartDataset,
  type Plugin,
} from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';

Chart.register(LineController, LineElement, PointElement, LinearScale, Tooltip, Legend);

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";

/** One line: its points are `{ x: week, y: value }`. */
export type TimelineDataset = ChartDataset<'line', { x: number; y: number }[]>;

function shadeWeeks(weeks: readonly number[], colour: string): Plugin<'line'> {
  return {
    id: 'frontier-shaded-weeks',
    beforeDatasetsDraw(chart) {
      const x = chart.scales.x;
      if (!x) return;
      const { top, bottom } = chart.chartArea;
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = colour;
      for (const week of weeks) {
        const from = x.getPixelForValue(week - 1);
        ctx.fillRect(from, top, x.getPixelForValue(week) - from, bottom - top);
      }
      ctx.restore();
    },
  };
}

export function TimelineChart(props: {
  /** The lines, made once per change of what they show (a new array draws the chart again). */
  datasets: TimelineDataset[];
  /** The last week on the week axis. */
  weeks: number;
  min: number;
  max: number;
  /** Tick spacing on the value axis (the ladder's rungs are whole steps). */
  step?: number;
  /** A tick at every week, not only where Chart.js finds room. */
  everyWeek?: boolean;
  /** The colours of the labels, the grid and the shaded weeks. */
  colours: { ink: string; grid: string; shade: string };
  shade: readonly number[];
  /** A legend naming the lines (off: the screen names them itself). */
  legend?: boolean;
  /** The tooltip's title names the week ("The opening", "After week 3"). */
  weekTitles?: boolean;
  /** Redrawn to its printed box when the page is printed, and back after. */
  printable?: boolean;
  /** The chart in words, for screen readers (the table carries the values). */
  label: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const { datasets, weeks, min, max, step, everyWeek, colours, legend, weekTitles, printable } =
    props;
  const shade = props.shade.join(',');
  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const font = { family: FONT, size: Math.round(rem * 0.75) };
    const shaded = props.shade;
    const chart = new Chart(element, {
      type: 'line',
      data: { datasets },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        parsing: false,
        interaction: { mode: 'index', intersect: false },
        scales: {
          x: {
            type: 'linear',
            min: 0,
            max: weeks,
            title: { display: true, text: 'Week', color: colours.ink, font },
            ticks: {
              color: colours.ink,
              precision: 0,
              ...(everyWeek ? { stepSize: 1 } : {}),
              font,
            },
            grid: { color: colours.grid },
          },
          y: {
            type: 'linear',
            min,
            max,
            ticks: { color: colours.ink, font, ...(step ? { stepSize: step } : {}) },
            grid: { color: colours.grid },
          },
        },
        plugins: {
          legend: legend
            ? { labels: { color: colours.ink, font, usePointStyle: false, boxHeight: 2 } }
            : { display: false },
          ...(weekTitles
            ? {
                tooltip: {
                  callbacks: {
                    title: (items) => {
                      const week = items[0]?.parsed.x ?? 0;
                      return week === 0 ? 'The opening' : `After week ${week}`;
                    },
                  },
                },
              }
            : {}),
        },
      },
      plugins: shaded.length === 0 ? [] : [shadeWeeks(shaded, colours.shade)],
    });
    if (!printable) return () => chart.destroy();
    // Printing lays the page out anew: draw the chart to its printed box, and back after.
    const resize = () => chart.resize();
    window.addEventListener('beforeprint', resize);
    window.addEventListener('afterprint', resize);
    return () => {
      window.removeEventListener('beforeprint', resize);
      window.removeEventListener('afterprint', resize);
      chart.destroy();
    };
  }, [datasets, weeks, min, max, step, everyWeek, colours, shade, legend, weekTitles, printable]);
  return <canvas ref={canvas} role="img" aria-label={props.label} />;
}
