/**
 * Every screen fetched on demand, each through the lazy-screen loader: the policy lab (with its
 * worker and Chart.js), the compare screen and the debrief (with Chart.js), the class comparison
 * (with the map's shapes it draws), the facilitator guide (its pages of text), and within the
 * ending its recap charts (with Chart.js).
 */
import {
  closeClassComparison,
  closeCompare,
  closeDebrief,
  closeGuide,
  quitToTitle,
} from '../store/actions';
import type { TimelinePoint } from '../classroom/debrief';
import type { ClassComparison, Compare, Debrief } from '../store/game-store';
import { lazyScreen } from './lazy-screen';

export const LabEntry = lazyScreen(
  () => import('../lab/lab-screen').then((module) => module.LabScreen),
  { screen: 'lab', leave: quitToTitle },
);

export const CompareEntry = lazyScreen<{ compare: Compare }>(
  () => import('./compare-screen').then((module) => module.CompareScreen),
  { screen: 'compare', leave: closeCompare },
);

export const DebriefEntry = lazyScreen<{ debrief: Debrief }>(
  () => import('./debrief-screen').then((module) => module.DebriefScreen),
  { screen: 'debrief', leave: closeDebrief },
);

export const ClassComparisonEntry = lazyScreen<{ comparison: ClassComparison }>(
  () => import('./class-comparison-screen').then((module) => module.ClassComparisonScreen),
  { screen: 'classComparison', leave: closeClassComparison },
);

export const GuideEntry = lazyScreen(
  () => import('./facilitator-guide').then((module) => module.FacilitatorGuide),
  { screen: 'guide', leave: closeGuide },
);

export const EndingChartsEntry = lazyScreen<{
  timeline: readonly TimelinePoint[];
  shade: readonly number[];
}>(() => import('./ending-charts').then((module) => module.EndingCharts), { screen: 'endingCharts' });
