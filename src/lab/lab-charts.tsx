/**
 * The lab's two charts, drawn with Chart.js (only the parts used are registered, so the rest is
 * shaken out of the lazy lab bundle): how the games ended, as stacked bars per strategy, and the
 * spread of one figure per strategy, as a box of the middle half with its range, median and mean.
 * Colours come from lab.css (one source for chart and table swatches) and are colour-blind safe;
 * with the game's "patterns" setting each bad or mixed ending also gets its own hatching.
 * Each canvas is an image named for its chart; the table after it holds the same figures.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import { type EndingId } from '../engine';
import { EN } from '../text';
import { strategyName } from './lab-strategies';
import {
  ENDING_ORDER,
  figureText,
  meanText,
  percent,
  type Metric,
  type StrategyResult,
} from './lab-results';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Legend,
  Tooltip,
);

/** Hatching per ending when patterns are on: the good endings stay plain. */
const HATCH: Record<EndingId, 'none' | 'dots' | 'rising' | 'falling' | 'cross'> = {
  'strategic-reset': 'none',
  'fragile-containment': 'none',
  'forever-frontier': 'dots',
  'loss-of-confidence': 'rising',
  'fiscal-crisis': 'falling',
  'open-war': 'cross',
};

function filled(colour: string, hatch: (typeof HATCH)[EndingId]): string | CanvasPattern {
  if (hatch === 'none') return colour;
  const tile = document.createElement('canvas');
  tile.width = 10;
  tile.height = 10;
  const context = tile.getContext('2d');
  if (!context) return colour;
  context.fillStyle = colour;
  context.fillRect(0, 0, 10, 10);
  context.strokeStyle = 'rgba(16, 21, 28, 0.75)';
  context.fillStyle = 'rgba(16, 21, 28, 0.75)';
  context.lineWidth = 2;
  if (hatch === 'dots') {
    context.beginPath();
    context.arc(5, 5, 1.8, 0, Math.PI * 2);
    context.fill();
  } else {
    context.beginPath();
    if (hatch === 'rising' || hatch === 'cross') {
      context.moveTo(-1, 11);
      context.lineTo(11, -1);
    }
    if (hatch === 'falling' || hatch === 'cross') {
      context.moveTo(-1, -1);
      context.lineTo(11, 11);
    }
    context.stroke();
  }
  return context.createPattern(tile, 'repeat') ?? colour;
}

function cssColour(element: Element, name: string, fallback: string): string {
  return getComputedStyle(element).getPropertyValue(name).trim() || fallback;
}

/** Draws a chart into a canvas and redraws it whenever `key` changes. */
function useChart(
  make: (canvas: HTMLCanvasElement) => ChartConfiguration<'bar' | 'line'>,
  key: unknown[],
) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    const chart = new Chart(canvas, make(canvas));
    return () => chart.destroy();
  }, key);
  return ref;
}

function baseOptions(canvas: HTMLCanvasElement, reducedMotion: boolean) {
  const text = cssColour(canvas, '--text-muted', '#c8c0b2');
  const line = cssColour(canvas, '--line', '#3a4759');
  const size = parseFloat(getComputedStyle(canvas).fontSize) || 16;
  const font = { family: getComputedStyle(canvas).fontFamily, size: Math.round(size * 0.85) };
  return {
    indexAxis: 'y' as const,
    responsive: true,
    maintainAspectRatio: false,
    animation: reducedMotion ? (false as const) : { duration: 400 },
    color: text,
    font,
    scales: {
      x: { ticks: { color: text, font }, grid: { color: line }, border: { color: line } },
      y: { ticks: { color: text, font }, grid: { display: false }, border: { color: line } },
    },
  };
}

export function EndingsChart(props: {
  results: readonly StrategyResult[];
  patterns: boolean;
  reducedMotion: boolean;
}) {
  const { results, patterns, reducedMotion } = props;
  const ref = useChart(
    (canvas) => {
      const base = baseOptions(canvas, reducedMotion);
      return {
        type: 'bar',
        data: {
          labels: results.map((r) => strategyName(r.strategy)),
          datasets: ENDING_ORDER.map((id) => {
            const colour = cssColour(canvas, `--ending-${id}`, '#888888');
            return {
              label: EN.endingTitle(id),
              data: results.map((r) =>
                r.games.length === 0 ? 0 : (100 * r.endings[id]) / r.games.length,
              ),
              backgroundColor: patterns ? filled(colour, HATCH[id]) : colour,
              borderColor: cssColour(canvas, '--bg', '#1b2430'),
              borderWidth: 1,
              barPercentage: 0.8,
            };
          }),
        },
        options: {
          ...base,
          scales: {
            x: {
              ...base.scales.x,
              stacked: true,
              min: 0,
              max: 100,
              title: {
                display: true,
                text: 'Share of games (%)',
                color: base.color,
                font: base.font,
              },
            },
            y: { ...base.scales.y, stacked: true },
          },
          plugins: {
            legend: { position: 'bottom', labels: { color: base.color, font: base.font } },
            tooltip: {
              callbacks: {
                label: (item) => {
                  const id = ENDING_ORDER[item.datasetIndex]!;
                  const result = results[item.dataIndex]!;
                  return `${EN.endingTitle(id)}: ${result.endings[id]} games (${percent(result.endings[id], result.games.length)}%)`;
                },
              },
            },
          },
        },
      };
    },
    [results, patterns, reducedMotion],
  );
  return (
    <div class="lab-chart" style={{ '--lab-rows': results.length }}>
      <canvas
        ref={ref}
        role="img"
        aria-label="Stacked bar chart of how the games ended for each strategy. The table below gives the same figures."
      />
    </div>
  );
}

export function SpreadChart(props: {
  results: readonly StrategyResult[];
  metric: Metric;
  reducedMotion: boolean;
}) {
  const { results, metric, reducedMotion } = props;
  const ref = useChart(
    (canvas) => {
      const base = baseOptions(canvas, reducedMotion);
      const spreads = results.map((r) => r.spreads[metric.id]!);
      const accent = cssColour(canvas, '--accent', '#e0ad64');
      const text = cssColour(canvas, '--text', '#f3ede2');
      const info = cssColour(canvas, '--info', '#8ab4e8');
      return {
        type: 'bar',
        data: {
          labels: results.map((r) => strategyName(r.strategy)),
          datasets: [
            {
              type: 'line',
              label: 'Mean',
              data: spreads.map((s) => s.mean),
              showLine: false,
              pointStyle: 'rectRot',
              pointRadius: 6,
              pointHoverRadius: 8,
              backgroundColor: info,
              borderColor: cssColour(canvas, '--bg', '#1b2430'),
              borderWidth: 1,
              order: 0,
            },
            {
              type: 'line',
              label: 'Median',
              data: spreads.map((s) => s.median),
              showLine: false,
              pointStyle: 'line',
              rotation: 90,
              pointRadius: 12,
              pointHoverRadius: 12,
              borderColor: text,
              borderWidth: 3,
              order: 1,
            },
            {
              type: 'bar',
              label: 'Middle half of the games',
              data: spreads.map((s) => [s.lowerQuartile, s.upperQuartile] as [number, number]),
              backgroundColor: accent,
              barPercentage: 0.6,
              minBarLength: 4,
              pointStyle: 'rect',
              grouped: false,
              order: 2,
            },
            {
              type: 'bar',
              label: 'Lowest to highest',
              data: spreads.map((s) => [s.min, s.max] as [number, number]),
              backgroundColor: '#6b7b92',
              barPercentage: 0.12,
              minBarLength: 2,
              pointStyle: 'rect',
              grouped: false,
              order: 3,
            },
          ],
        },
        options: {
          ...base,
          scales: {
            x: {
              ...base.scales.x,
              beginAtZero: true,
              title: { display: true, text: metric.label, color: base.color, font: base.font },
            },
            y: base.scales.y,
          },
          plugins: {
            legend: {
              position: 'bottom',
              labels: { color: base.color, font: base.font, usePointStyle: true },
            },
            tooltip: {
              callbacks: {
                label: (item) => {
                  const s = spreads[item.dataIndex]!;
                  switch (item.datasetIndex) {
                    case 0:
                      return `Mean: ${meanText(s.mean)}`;
                    case 1:
                      return `Median: ${figureText(s.median)}`;
                    case 2:
                      return `Middle half: ${figureText(s.lowerQuartile)} to ${figureText(s.upperQuartile)}`;
                    default:
                      return `Lowest ${figureText(s.min)}, highest ${figureText(s.max)}`;
                  }
                },
              },
            },
          },
        },
      };
    },
    [results, metric, reducedMotion],
  );
  return (
    <div class="lab-chart" style={{ '--lab-rows': results.length }}>
      <canvas
        ref={ref}
        role="img"
        aria-label={`Box chart of ${metric.label.toLowerCase()} for each strategy: lowest to highest, the middle half of the games, the median and the mean. The table below gives the same figures.`}
      />
    </div>
  );
}
