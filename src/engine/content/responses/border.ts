/** Border, trade and refugee responses (domain.md §5: BRD, REF). */
import {
  adjustDistrict,
  adjustGroup,
  adjustKabul,
  adjustMeter,
  adjustPresence,
  adjustStance,
  count,
  emit,
} from '../../context';
import { closeCrossing, openCrossing } from '../../effects';
import { CROSSING_IDS, GROUP_IDS, type CrossingId, type DistrictId } from '../../ids';
import type { RequirementWords, TargetReasonWords } from '../../reason-words';
import type { ResponseSpec } from '../../response-types';
import type { GameState } from '../../types';
import { CROSSINGS, DISTRICTS } from '../districts';

function crossingIn(district: DistrictId): CrossingId | null {
  return DISTRICTS[district].crossings[0] ?? null;
}

function hasCrossing(district: DistrictId): TargetReasonWords | null {
  return crossingIn(district) ? null : { id: 'no-crossing', district };
}

function crossingTarget(open: boolean) {
  return (state: GameState, target: DistrictId): TargetReasonWords | null => {
    const crossing = crossingIn(target)!;
    if (state.crossings[crossing].open !== open)
      return { id: open ? 'crossing-already-closed' : 'crossing-already-open', crossing };
    return null;
  };
}

function anyCrossingOpen(state: GameState, open: boolean): boolean {
  return CROSSING_IDS.some((id) => state.crossings[id].open === open);
}

export const BORDER = [
  {
    id: 'close-crossing',
    title: 'Close a crossing',
    category: 'Border and trade',
    summary:
      'Shut a crossing to pressure Kabul and stop movement. Hurts traders on both sides at once; Afghan trade slowly moves to Iran.',
    actions: 1,
    fiscal: 0,
    target: 'district',
    cooldown: 0,
    requires: (state): RequirementWords | null =>
      anyCrossingOpen(state, true) ? null : { id: 'every-crossing-closed' },
    where: hasCrossing,
    targetRule: crossingTarget(true),
    apply(ctx, district) {
      const crossing = crossingIn(district)!;
      const cause = 'response:close-crossing';
      closeCrossing(ctx, crossing, cause, 'pakistan');
      ctx.state.kabul.lastBorderWorkWeek = ctx.state.week;
      const weight = CROSSINGS[crossing].tradeShare;
      adjustMeter(ctx, 'publicPressure', -2, cause);
      adjustKabul(ctx, 'hostility', 2 + Math.trunc(weight / 10), cause);
      // A closure's leverage scales with how much Afghan trade still runs through Pakistan.
      adjustKabul(
        ctx,
        'restraint',
        Math.trunc((weight * ctx.state.kabul.tradeDependence) / 750),
        cause,
      );
      adjustDistrict(ctx, district, 'economy', -6, cause);
      adjustDistrict(ctx, district, 'trust', -3, cause);
      for (const group of GROUP_IDS) {
        if (ctx.state.districts[district].presence[group] > 0)
          adjustPresence(ctx, district, group, -2, cause);
      }
      adjustGroup(ctx, 'ttp', 'grievance', 2, cause);
      adjustStance(ctx, 'iran', 2, cause);
    },
    sources: ['closures-cut-both-ways', 'iran-transit'],
  },
  {
    id: 'reopen-crossing',
    title: 'Reopen a crossing',
    category: 'Border and trade',
    summary:
      'Open a crossing to trade again. Relieves border economies and pleases mediators; looks soft if attacks continue.',
    actions: 1,
    fiscal: 0,
    target: 'district',
    cooldown: 0,
    ladder: { max: 3 },
    requires: (state): RequirementWords | null =>
      anyCrossingOpen(state, false) ? null : { id: 'every-crossing-open' },
    where: hasCrossing,
    targetRule: crossingTarget(false),
    apply(ctx, district) {
      const crossing = crossingIn(district)!;
      const cause = 'response:reopen-crossing';
      openCrossing(ctx, crossing, cause);
      const weight = CROSSINGS[crossing].tradeShare;
      adjustMeter(ctx, 'publicPressure', 1 + Math.trunc(weight / 20), cause);
      adjustKabul(ctx, 'hostility', -(2 + Math.trunc(weight / 10)), cause);
      adjustDistrict(ctx, district, 'economy', 4, cause);
      adjustDistrict(ctx, district, 'trust', 3, cause);
      for (const power of ['china', 'qatar', 'turkiye', 'saudi'] as const)
        adjustStance(ctx, power, 2, cause);
    },
    sources: ['closures-cut-both-ways', 'interdependence', 'mediation-buys-time'],
  },
  {
    id: 'repair-fence',
    title: 'Repair the fence and forts',
    category: 'Border and trade',
    summary:
      'Mend torn fencing and add forts along a border district. Slows infiltration; Kabul contests the fence.',
    actions: 1,
    fiscal: 3,
    target: 'district',
    cooldown: 0,
    where: (target) =>
      DISTRICTS[target].across.length > 0 ? null : { id: 'not-on-border', district: target },
    apply(ctx, district) {
      const cause = 'response:repair-fence';
      ctx.state.kabul.lastBorderWorkWeek = ctx.state.week;
      adjustDistrict(ctx, district, 'security', 6, cause);
      adjustKabul(ctx, 'hostility', 2, cause);
      emit(ctx, {
        kind: 'policy',
        actor: 'pakistan',
        district,
        cause,
        words: { id: 'fence-repaired', district },
      });
    },
    sources: ['fence-limits'],
  },
  {
    id: 'transit-guarantees',
    title: 'Offer transit trade guarantees',
    category: 'Border and trade',
    summary:
      'Promise Afghan traders faster customs and protected transit through Karachi. Rebuilds interdependence; needs open crossings and a calmer Kabul.',
    actions: 1,
    fiscal: 2,
    target: 'none',
    cooldown: 3,
    ladder: { max: 2 },
    requires: (state): RequirementWords | null => {
      if (!state.crossings.torkham.open && !state.crossings.chaman.open)
        return { id: 'torkham-and-chaman-shut' };
      return state.kabul.hostility >= 70
        ? { id: 'kabul-too-hostile', hostility: state.kabul.hostility, below: 70 }
        : null;
    },
    apply(ctx) {
      const cause = 'response:transit-guarantees';
      adjustKabul(ctx, 'tradeDependence', 5, cause);
      adjustKabul(ctx, 'hostility', -4, cause);
      adjustKabul(ctx, 'restraint', 3, cause);
      adjustDistrict(ctx, 'karachi', 'economy', 2, cause);
      adjustStance(ctx, 'china', 2, cause);
      emit(ctx, {
        kind: 'trade',
        actor: 'pakistan',
        district: 'karachi',
        cause,
        words: { id: 'transit-guarantees' },
      });
    },
    sources: ['interdependence', 'closures-cut-both-ways'],
  },
  {
    id: 'accelerate-deportations',
    title: 'Accelerate repatriation',
    category: 'Refugees',
    summary:
      'Speed up removals of undocumented Afghans and card holders. Popular at home; hardship, anger in Kabul, UN criticism and new recruits.',
    actions: 1,
    fiscal: 1,
    target: 'none',
    cooldown: 2,
    apply(ctx) {
      const cause = 'response:accelerate-deportations';
      const people = 15000 + ctx.dice.below(15000);
      count(ctx, 'deportations', people, cause);
      ctx.state.deportationsAcceleratedWeek = ctx.state.week;
      adjustMeter(ctx, 'publicPressure', -5, cause);
      adjustMeter(ctx, 'legitimacy', -4, cause);
      adjustKabul(ctx, 'hostility', 5, cause);
      adjustStance(ctx, 'un', -6, cause);
      for (const group of ['ttp', 'jua', 'iskp'] as const)
        adjustGroup(ctx, group, 'grievance', 3, cause);
      adjustDistrict(ctx, 'khyber', 'economy', -1, cause);
      emit(ctx, {
        kind: 'deportation',
        actor: 'pakistan',
        district: 'khyber',
        cause,
        words: { id: 'deportations', people },
      });
    },
    sources: ['deportations-resentment', 'un-counts'],
  },
  {
    id: 'pause-deportations',
    title: 'Pause removals and extend PoR cards',
    category: 'Refugees',
    summary:
      'Extend registration cards and pause forced returns. Eases hardship and wins goodwill abroad; reads as weakness to an angry public.',
    actions: 1,
    fiscal: 1,
    target: 'none',
    cooldown: 4,
    apply(ctx) {
      const cause = 'response:pause-deportations';
      ctx.state.deportationsPausedWeek = ctx.state.week;
      adjustMeter(ctx, 'publicPressure', 4, cause);
      adjustMeter(ctx, 'legitimacy', 4, cause);
      adjustKabul(ctx, 'hostility', -4, cause);
      adjustStance(ctx, 'un', 6, cause);
      for (const group of ['ttp', 'jua', 'iskp'] as const)
        adjustGroup(ctx, group, 'grievance', -2, cause);
      emit(ctx, {
        kind: 'policy',
        actor: 'pakistan',
        cause,
        words: { id: 'pause-deportations' },
      });
    },
    sources: ['deportations-resentment', 'afghan-society'],
  },
] as const satisfies readonly ResponseSpec[];
