/** Intelligence and policing responses (domain.md §5: INT, POL). Slow, cheap and legitimate. */
import {
  adjustDistrict,
  adjustDistrictCount,
  adjustGroup,
  adjustMeter,
  adjustPresence,
  adjustProvince,
  adjustStance,
  emit,
} from '../../context';
import { press, pressWhereOperating } from '../../effects';
import { GROUP_IDS, type GroupId } from '../../ids';
import type { TargetReasonWords } from '../../reason-words';
import type { ResponseSpec } from '../../response-types';
import { DISTRICTS } from '../districts';

const URBAN_GROUPS: readonly GroupId[] = ['jua', 'iskp', 'ttp', 'bla'];

export const SECURITY = [
  {
    id: 'hunt-urban-cells',
    title: 'Hunt urban cells',
    category: 'Intelligence',
    summary:
      'Surveillance and arrests against cells planning attacks in a city. Quiet, and the best answer to urban plots.',
    actions: 1,
    fiscal: 2,
    target: 'district',
    cooldown: 0,
    where: (target) => (DISTRICTS[target].urban ? null : { id: 'cells-in-cities' }),
    apply(ctx, district) {
      const cause = 'response:hunt-urban-cells';
      let arrested = 0;
      for (const group of URBAN_GROUPS) {
        const presence = ctx.state.districts[district].presence[group];
        if (presence <= 0) continue;
        if (presence >= 5) press(ctx, group, cause);
        const cut = Math.min(presence, 4 + ctx.dice.below(5));
        adjustPresence(ctx, district, group, -cut, cause);
        adjustGroup(ctx, group, 'strength', -Math.trunc(cut / 3), cause);
        arrested += Math.trunc(cut / 2) + 1;
      }
      adjustDistrict(ctx, district, 'security', 3, cause);
      adjustMeter(ctx, 'deterrence', 1, cause);
      emit(ctx, {
        kind: 'operation',
        actor: 'pakistan',
        district,
        cause,
        words: { id: 'ctd-arrests', district, suspects: arrested },
      });
    },
    sources: ['policing-slow', 'urban-spectacle'],
  },
  {
    id: 'counter-drone',
    title: 'Counter-drone screens',
    category: 'Intelligence',
    summary:
      'Jammers and spotters around police stations in a district for six weeks. Blunts quadcopter attacks there.',
    actions: 1,
    fiscal: 2,
    target: 'district',
    cooldown: 0,
    targetRule: (state, target): TargetReasonWords | null => {
      return state.districts[target].counterDroneWeeks > 1
        ? { id: 'counter-drone-in-place' }
        : null;
    },
    apply(ctx, district) {
      const cause = 'response:counter-drone';
      pressWhereOperating(ctx, district, cause);
      adjustDistrictCount(
        ctx,
        district,
        'counterDroneWeeks',
        6 - ctx.state.districts[district].counterDroneWeeks,
        cause,
      );
      adjustDistrict(ctx, district, 'police', 1, cause);
      emit(ctx, {
        kind: 'policy',
        actor: 'pakistan',
        district,
        cause,
        words: { id: 'counter-drone', district },
      });
    },
    sources: ['policing-slow'],
  },
  {
    id: 'build-intelligence',
    title: 'Build intelligence across the line',
    category: 'Intelligence',
    summary:
      'Sources, signals and drones over an Afghan province for four weeks. Sharper strikes with fewer civilian deaths, and leaders within reach.',
    actions: 1,
    fiscal: 2,
    target: 'province',
    cooldown: 0,
    targetRule: (state, target): TargetReasonWords | null => {
      return state.provinces[target].intel >= 90 ? { id: 'coverage-full' } : null;
    },
    apply(ctx, province) {
      adjustProvince(ctx, province, 'intel', 6, 'response:build-intelligence');
      emit(ctx, {
        kind: 'policy',
        actor: 'pakistan',
        province,
        cause: 'response:build-intelligence',
        words: { id: 'intelligence-coverage', province },
      });
    },
    programme: {
      weeks: 3,
      weekly(ctx, target) {
        adjustProvince(ctx, target, 'intel', 4, 'response:build-intelligence');
      },
    },
    sources: ['policing-slow', 'verification'],
  },
  {
    id: 'police-capacity',
    title: 'Expand CTD and police capacity',
    category: 'Policing',
    summary:
      "Recruit, train and equip the Counter-Terrorism Department and police in a district. Pays off over six weeks; police are the militants' softest target.",
    actions: 1,
    fiscal: 3,
    target: 'district',
    cooldown: 0,
    targetRule: (state, target): TargetReasonWords | null => {
      return state.programmes.some((p) => p.response === 'police-capacity' && p.target === target)
        ? { id: 'police-programme-under-way' }
        : null;
    },
    apply(ctx, district) {
      adjustDistrict(ctx, district, 'police', 3, 'response:police-capacity');
      pressWhereOperating(ctx, district, 'response:police-capacity');
      emit(ctx, {
        kind: 'policy',
        actor: 'pakistan',
        district,
        cause: 'response:police-capacity',
        words: { id: 'police-expansion', district },
      });
    },
    programme: {
      weeks: 5,
      weekly(ctx, district) {
        // Coordination multiplies what police programmes deliver (seed 004).
        const { cohesion, fiscalRoom } = ctx.state.meters;
        // Coordination multiplies what police programmes deliver, money what they can buy (004).
        const gain =
          (cohesion >= 60 ? 4 : cohesion >= 30 ? 3 : 2) +
          (fiscalRoom >= 60 ? 1 : 0) -
          (fiscalRoom < 25 ? 1 : 0);
        adjustDistrict(ctx, district, 'police', gain, 'response:police-capacity');
        adjustDistrict(ctx, district, 'security', 1, 'response:police-capacity');
      },
    },
    sources: ['policing-slow'],
  },
  {
    id: 'harden-stations',
    title: 'Harden police stations',
    category: 'Policing',
    summary:
      'Walls, barriers and guard posts for stations in a district. Police die less often in attacks.',
    actions: 1,
    fiscal: 2,
    target: 'district',
    cooldown: 0,
    targetRule: (state, target): TargetReasonWords | null => {
      return state.districts[target].police >= 85 ? { id: 'stations-protected' } : null;
    },
    apply(ctx, district) {
      const cause = 'response:harden-stations';
      adjustDistrict(ctx, district, 'police', 7, cause);
      pressWhereOperating(ctx, district, cause);
      adjustDistrict(ctx, district, 'trust', 1, cause);
      emit(ctx, {
        kind: 'policy',
        actor: 'pakistan',
        district,
        cause,
        words: { id: 'stations-fortified', district },
      });
    },
    sources: ['policing-slow'],
  },
  {
    id: 'speed-prosecutions',
    title: 'Speed up terrorism prosecutions',
    category: 'Policing',
    summary:
      'Special benches and witness protection so arrests end in verdicts. Raises trust and deterrence slowly across the frontier.',
    actions: 1,
    fiscal: 2,
    target: 'none',
    cooldown: 4,
    apply(ctx) {
      const cause = 'response:speed-prosecutions';
      adjustMeter(ctx, 'deterrence', 3, cause);
      adjustMeter(ctx, 'legitimacy', 1, cause);
      adjustStance(ctx, 'un', 1, cause);
      emit(ctx, {
        kind: 'policy',
        actor: 'pakistan',
        cause,
        words: { id: 'speed-prosecutions' },
      });
    },
    programme: {
      weeks: 4,
      weekly(ctx) {
        const cause = 'response:speed-prosecutions';
        for (const district of [
          'peshawar',
          'bannu',
          'dera-ismail-khan',
          'quetta',
          'karachi',
        ] as const) {
          adjustDistrict(ctx, district, 'trust', 1, cause);
        }
        adjustMeter(ctx, 'deterrence', 1, cause);
        for (const group of GROUP_IDS) adjustGroup(ctx, group, 'recruitment', -1, cause);
      },
    },
    sources: ['policing-slow', 'community-trust'],
  },
] as const satisfies readonly ResponseSpec[];
