/** The ending's charts load on demand (Chart.js stays out of the game's first load). */
import type { TimelinePoint } from '../classroom/debrief';
import { lazyScreen, type PlaceholderProps } from './lazy-screen';

function ChartsPlaceholder(props: PlaceholderProps) {
  return props.problem !== null ? (
    <p class="muted">
      The charts could not be loaded; the turning points below still tell the story.
    </p>
  ) : (
    <p class="muted" role="status">
      Loading the charts…
    </p>
  );
}

export const EndingChartsEntry = lazyScreen<{
  timeline: readonly TimelinePoint[];
  shade: readonly number[];
}>(() => import('./ending-charts').then((module) => module.EndingCharts), ChartsPlaceholder);
