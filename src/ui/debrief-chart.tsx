/**
 * The debrief's timelines, drawn by Chart.js: the five meters in one chart and the ladder in
 * another, week by week from the opening. Each meter's line differs in colour (Okabe–Ito, safe for
 * colour-blind eyes) and in dash, and the legend names them; turning points are shaded. The chart
 * is redrawn to its box when the page is printed, so a printed chart fits its page.
 */
import {
  Chart,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
  type Plugin,
} from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';

Chart.register(LineController, LineElement, PointElement, LinearScale, Tooltip, Legend);

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

const INK = '#222222';
const GRID = '#cccccc';
const SHADE = 'rgba(230, 159, 0, 0.2)';
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";

function shadeWeeks(weeks: readonly number[]): Plugin<'line'> {
  return {
    id: 'frontier-turning-points',
    beforeDatasetsDraw(chart) {
      const x = chart.scales.x;
      if (!x) return;
      const { top, bottom } = chart.chartArea;
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = SHADE;
      for (const week of weeks) {
        const from = x.getPixelForValue(week - 1);
        ctx.fillRect(from, top, x.getPixelForValue(week) - from, bottom - top);
      }
      ctx.restore();
    },
  };
}

export function DebriefChart(props: {
  lines: readonly ChartLine[];
  min: number;
  max: number;
  step?: number;
  stepped?: boolean;
  shade: readonly number[];
  label: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const { lines, min, max, step, stepped, shade, label } = props;
  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const font = { family: FONT, size: Math.round(rem * 0.75) };
    const weeks = Math.max(1, (lines[0]?.values.length ?? 1) - 1);
    const chart = new Chart(element, {
      type: 'line',
      data: {
        datasets: lines.map((line) => ({
          label: line.label,
          data: line.values.map((y, x) => ({ x, y })),
          borderColor: line.colour,
          backgroundColor: line.colour,
          borderDash: line.dash,
          borderWidth: 2,
          pointRadius: 2,
          stepped: stepped ? ('after' as const) : false,
          clip: 6,
        })),
      },
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
            title: { display: true, text: 'Week', color: INK, font },
            ticks: { color: INK, precision: 0, stepSize: 1, font },
            grid: { color: GRID },
          },
          y: {
            type: 'linear',
            min,
            max,
            ticks: { color: INK, font, ...(step ? { stepSize: step } : {}) },
            grid: { color: GRID },
          },
        },
        plugins: {
          legend: {
            display: lines.length > 1,
            labels: { color: INK, font, usePointStyle: false, boxHeight: 2 },
          },
        },
      },
      plugins: [shadeWeeks(shade)],
    });
    // Printing lays the page out anew: draw the chart to its printed box, and back after.
    const resize = () => chart.resize();
    window.addEventListener('beforeprint', resize);
    window.addEventListener('afterprint', resize);
    return () => {
      window.removeEventListener('beforeprint', resize);
      window.removeEventListener('afterprint', resize);
      chart.destroy();
    };
  }, [lines, min, max, step, stepped, shade]);
  return <canvas ref={canvas} role="img" aria-label={label} />;
}
