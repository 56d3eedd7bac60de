/**
 * One chart of the compare screen: a series of both games by week, drawn by Chart.js on a canvas.
 * Only the pieces a line chart needs are registered, so the rest of Chart.js stays out of the
 * bundle. The two lines differ in colour (Okabe–Ito blue and orange, safe for colour-blind eyes)
 * and also in dash and marker, so they can be told apart without colour; the week the decisions
 * first differ is shaded. The values are also given as a table next to the chart (the screen's job).
 */
import {
  Chart,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
  type Plugin,
} from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import type { SeriesRow } from './compare-model';

Chart.register(LineController, LineElement, PointElement, LinearScale, Tooltip);

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

const TEXT_MUTED = '#c8c0b2';
const GRID = '#3a4759';
const SHADE = 'rgba(224, 173, 100, 0.18)';
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";

/** Shades the week whose decisions first differ: from the last shared turn to the first parted one. */
function shadeWeek(week: number): Plugin<'line'> {
  return {
    id: 'frontier-first-difference',
    beforeDatasetsDraw(chart) {
      const x = chart.scales.x;
      if (!x) return;
      const { top, bottom } = chart.chartArea;
      const from = x.getPixelForValue(week - 1);
      const to = x.getPixelForValue(week);
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = SHADE;
      ctx.fillRect(from, top, to - from, bottom - top);
      ctx.restore();
    },
  };
}

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
  const canvas = useRef<HTMLCanvasElement>(null);
  const { rows, names, min, max, step, shade, label } = props;
  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    // Labels follow the player's text size (up to projector size), as the rest of the page does.
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const font = { family: FONT, size: Math.round(rem * 0.75) };
    const points = (side: 'first' | 'second') =>
      rows.flatMap((row) => (row[side] === null ? [] : [{ x: row.week, y: row[side] }]));
    const dataset = (side: 'first' | 'second') => ({
      label: names[side],
      data: points(side),
      borderColor: LINE_LOOK[side].colour,
      backgroundColor: LINE_LOOK[side].colour,
      borderDash: LINE_LOOK[side].dash,
      borderWidth: 2,
      pointStyle: LINE_LOOK[side].point,
      pointRadius: side === 'first' ? 2.5 : 3.5,
      pointHoverRadius: 5,
      // Markers at the edges (the opening, a meter at 0 or 100) are drawn whole.
      clip: 6,
    });
    const chart = new Chart(element, {
      type: 'line',
      data: { datasets: [dataset('first'), dataset('second')] },
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
            max: Math.max(1, rows.length - 1),
            title: { display: true, text: 'Week', color: TEXT_MUTED, font },
            ticks: { color: TEXT_MUTED, precision: 0, font },
            grid: { color: GRID },
          },
          y: {
            type: 'linear',
            min,
            max,
            ticks: {
              color: TEXT_MUTED,
              font,
              ...(step ? { stepSize: step } : {}),
            },
            grid: { color: GRID },
          },
        },
        plugins: {
          tooltip: {
            callbacks: {
              title: (items) => {
                const week = items[0]?.parsed.x ?? 0;
                return week === 0 ? 'The opening' : `After week ${week}`;
              },
            },
          },
        },
      },
      plugins: shade === null ? [] : [shadeWeek(shade)],
    });
    return () => chart.destroy();
  }, [rows, names.first, names.second, min, max, step, shade]);
  return <canvas ref={canvas} role="img" aria-label={label} />;
}
