/**
 * Every screen fetched on demand, each through the lazy-screen loader: the policy lab (with its
 * worker and Chart.js), the compare screen and the debrief (with Chart.js), the class comparison
 * (with the map's shapes it draws) and the facilitator guide (its pages of text).
 */
import {
  closeClassComparison,
  closeCompare,
  closeDebrief,
  closeGuide,
  quitToTitle,
} from '../store/actions';
import type { ClassComparison, Compare, Debrief } from '../store/game-store';
import { lazyScreen } from './lazy-screen';

export const LabEntry = lazyScreen(
  () => import('../lab/lab-screen').then((module) => module.LabScreen),
  { name: 'the policy lab', closeLabel: 'Back to title', close: quitToTitle },
);

export const CompareEntry = lazyScreen<{ compare: Compare }>(
  () => import('./compare-screen').then((module) => module.CompareScreen),
  { name: 'the comparison', closeLabel: 'Close comparison', close: closeCompare },
);

export const DebriefEntry = lazyScreen<{ debrief: Debrief }>(
  () => import('./debrief-screen').then((module) => module.DebriefScreen),
  { name: 'the debrief', closeLabel: 'Close debrief', close: closeDebrief },
);

export const ClassComparisonEntry = lazyScreen<{ comparison: ClassComparison }>(
  () => import('./class-comparison-screen').then((module) => module.ClassComparisonScreen),
  { name: 'the class comparison', closeLabel: 'Close comparison', close: closeClassComparison },
);

export const GuideEntry = lazyScreen(
  () => import('./facilitator-guide').then((module) => module.FacilitatorGuide),
  { name: 'the facilitator guide', closeLabel: 'Close guide', close: closeGuide },
);
