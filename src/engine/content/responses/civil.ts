/** Economy, information and governance responses (domain.md §5: ECO, INF; game.md §4 governance). */
import {
  adjustDistrict,
  adjustDistrictCount,
  adjustGroup,
  adjustKabul,
  adjustMeter,
  adjustPresence,
  adjustStance,
  emit,
  raiseLadderTo,
} from '../../context';
import { press } from '../../effects';
import { DISTRICT_IDS, GROUP_IDS } from '../../ids';
import type { RequirementWords, TargetReasonWords } from '../../reason-words';
import type { ResponseSpec } from '../../response-types';
import { DISTRICTS } from '../districts';

const KP_DISTRICTS = DISTRICT_IDS.filter((id) => DISTRICTS[id].region === 'Khyber Pakhtunkhwa');

export const CIVIL = [
  {
    id: 'development',
    title: 'Development for a merged district',
    category: 'Economy and development',
    summary:
      'Roads, schools, jobs and clinics in a district over six weeks. Fewer recruits and more trust, slowly; it costs money now.',
    actions: 1,
    fiscal: 5,
    target: 'district',
    cooldown: 0,
    where: (target) => (DISTRICTS[target].urban ? { id: 'development-frontier-only' } : null),
    targetRule: (state, target): TargetReasonWords | null => {
      return state.programmes.some((p) => p.response === 'development' && p.target === target)
        ? { id: 'development-under-way' }
        : null;
    },
    apply(ctx, district) {
      adjustDistrict(ctx, district, 'economy', 3, 'response:development');
      emit(ctx, {
        kind: 'policy',
        actor: 'pakistan',
        district,
        cause: 'response:development',
        words: { id: 'development', district },
      });
    },
    programme: {
      weeks: 5,
      weekly(ctx, district) {
        const cause = 'response:development';
        adjustDistrict(ctx, district, 'economy', 2, cause);
        adjustDistrict(ctx, district, 'trust', 2, cause);
        for (const group of GROUP_IDS) {
          if (ctx.state.districts[district].presence[group] > 0)
            adjustPresence(ctx, district, group, -1, cause);
        }
        adjustGroup(ctx, 'ttp', 'recruitment', -1, cause);
      },
    },
    sources: ['community-trust', 'fiscal-strain'],
  },
  {
    id: 'compensation',
    title: 'Compensate victims and rebuild homes',
    category: 'Economy and development',
    summary:
      'Pay families of the dead and rebuild damaged homes in a district. Restores trust where harm was done and helps the displaced return.',
    actions: 1,
    fiscal: 3,
    target: 'district',
    cooldown: 0,
    targetRule: (state, target): TargetReasonWords | null => {
      const place = state.districts[target];
      return place.civilianHarm === 0 && place.displaced === 0 ? { id: 'no-one-waiting' } : null;
    },
    apply(ctx, district) {
      const cause = 'response:compensation';
      const place = ctx.state.districts[district];
      adjustDistrict(ctx, district, 'trust', 6, cause);
      const returning = Math.trunc(place.displaced / 4);
      adjustDistrictCount(ctx, district, 'displaced', -returning, cause);
      adjustMeter(ctx, 'publicPressure', -1, cause);
      for (const group of GROUP_IDS)
        if (place.presence[group] > 0) adjustGroup(ctx, group, 'grievance', -1, cause);
      emit(ctx, {
        kind: 'policy',
        actor: 'pakistan',
        district,
        cause,
        words: { id: 'compensation', district, returning },
      });
    },
    sources: ['human-cost', 'community-trust'],
  },
  {
    id: 'cpec-security',
    title: 'Fund CPEC security',
    category: 'Economy and development',
    summary:
      'More guards and escorts for CPEC sites and Chinese workers in Balochistan and Karachi. China is pleased; the BLA finds targets harder.',
    actions: 1,
    fiscal: 4,
    target: 'none',
    cooldown: 3,
    apply(ctx) {
      const cause = 'response:cpec-security';
      adjustStance(ctx, 'china', 6, cause);
      press(ctx, 'bla', cause);
      for (const district of ['quetta', 'karachi', 'chaman'] as const) {
        adjustDistrict(ctx, district, 'security', 4, cause);
        adjustPresence(ctx, district, 'bla', -3, cause);
      }
      emit(ctx, {
        kind: 'policy',
        actor: 'pakistan',
        district: 'quetta',
        cause,
        words: { id: 'cpec-security' },
      });
    },
    sources: ['china-cpec', 'bla-cpec'],
  },
  {
    id: 'gulf-support',
    title: 'Seek Gulf financial support',
    category: 'Economy and development',
    summary:
      'Ask Riyadh and Abu Dhabi for deposits and deferred oil payments. Restores fiscal room; needs warm relations.',
    actions: 1,
    fiscal: 0,
    target: 'none',
    cooldown: 6,
    requires: (state): RequirementWords | null => {
      const best = Math.max(state.powers.saudi.stance, state.powers.uae.stance);
      return best >= 55 ? null : { id: 'gulf-unwilling', best, needs: 55 };
    },
    apply(ctx) {
      const { state } = ctx;
      const cause = 'response:gulf-support';
      const offered = (['saudi', 'uae'] as const).some(
        (p) => state.powers[p].offer === 'funding' && state.powers[p].offerUntil >= state.week,
      );
      const amount = Math.max(
        4,
        (offered ? 18 : 11) + Math.trunc((state.meters.legitimacy - 50) / 5),
      );
      adjustMeter(ctx, 'fiscalRoom', amount, cause);
      // Each request draws on the warmer partner's patience.
      const lender = state.powers.saudi.stance >= state.powers.uae.stance ? 'saudi' : 'uae';
      adjustStance(ctx, lender, -3, cause);
      emit(ctx, {
        kind: 'trade',
        actor: 'saudi',
        cause,
        words: { id: 'gulf-deposits', offered, amount },
      });
    },
    sources: ['gulf-leverage', 'fiscal-strain'],
  },
  {
    id: 'blame-kabul',
    title: 'Publicly blame Kabul',
    category: 'Information',
    summary:
      'Name Kabul as responsible for recent attacks. Satisfies an angry public; raises the temperature, and costs credibility if the facts turn out otherwise.',
    actions: 1,
    fiscal: 0,
    target: 'none',
    cooldown: 2,
    requires: (state): RequirementWords | null =>
      state.pendingAttributions.length > 0 ||
      state.history.slice(-1).some((week) => week.attacks > 0)
        ? null
        : { id: 'no-recent-attack' },
    apply(ctx) {
      const cause = 'response:blame-kabul';
      ctx.state.kabul.lastBlamedWeek = ctx.state.week;
      adjustMeter(ctx, 'publicPressure', -6, cause);
      adjustMeter(ctx, 'deterrence', 2, cause);
      adjustKabul(ctx, 'hostility', 8, cause);
      adjustKabul(ctx, 'hardliners', 2, cause);
      raiseLadderTo(ctx, 1, cause);
      emit(ctx, {
        kind: 'statement',
        actor: 'pakistan',
        cause,
        words: { id: 'blame-kabul' },
      });
    },
    sources: ['attribution-fog', 'passivity-costs'],
  },
  {
    id: 'ulema-edict',
    title: 'Back an ulema edict against militancy',
    category: 'Information',
    summary:
      'Support religious scholars declaring attacks on the state and civilians forbidden. Slows recruitment across the groups.',
    actions: 1,
    fiscal: 1,
    target: 'none',
    cooldown: 5,
    apply(ctx) {
      const cause = 'response:ulema-edict';
      for (const group of ['ttp', 'jua', 'hgb', 'iskp'] as const) {
        adjustGroup(ctx, group, 'recruitment', -4, cause);
        adjustGroup(ctx, group, 'grievance', -2, cause);
      }
      for (const district of KP_DISTRICTS) adjustDistrict(ctx, district, 'trust', 1, cause);
      emit(ctx, {
        kind: 'statement',
        actor: 'pakistan',
        cause,
        words: { id: 'ulema-edict' },
      });
    },
    sources: ['community-trust'],
  },
  {
    id: 'apex-committee',
    title: 'Convene the apex committee',
    category: 'Governance',
    summary:
      'Bring federal, provincial, military and intelligence chiefs to one table. Aligns institutions; every other tool works better when they pull together.',
    actions: 1,
    fiscal: 0,
    target: 'none',
    cooldown: 2,
    apply(ctx) {
      const cause = 'response:apex-committee';
      adjustMeter(ctx, 'cohesion', 6, cause);
      emit(ctx, {
        kind: 'policy',
        actor: 'pakistan',
        cause,
        words: { id: 'apex-committee' },
      });
    },
    sources: ['coordination-matters'],
  },
  {
    id: 'provincial-compact',
    title: 'Agree a security compact with Khyber Pakhtunkhwa',
    category: 'Governance',
    summary:
      'Share funds and command with the provincial government for six weeks: police in every KP district grow and friction falls.',
    actions: 2,
    fiscal: 4,
    target: 'none',
    cooldown: 6,
    requires: (state): RequirementWords | null =>
      state.meters.cohesion < 25
        ? { id: 'cohesion-too-low', cohesion: state.meters.cohesion, needs: 25 }
        : null,
    apply(ctx) {
      const cause = 'response:provincial-compact';
      adjustMeter(ctx, 'cohesion', 5, cause);
      emit(ctx, {
        kind: 'policy',
        actor: 'pakistan',
        cause,
        words: { id: 'provincial-compact' },
      });
    },
    programme: {
      weeks: 5,
      weekly(ctx) {
        const cause = 'response:provincial-compact';
        for (const district of KP_DISTRICTS) adjustDistrict(ctx, district, 'police', 1, cause);
        adjustMeter(ctx, 'cohesion', 1, cause);
      },
    },
    sources: ['coordination-matters', 'policing-slow'],
  },
  {
    id: 'jirga',
    title: 'Hold a jirga with elders',
    category: 'Governance',
    summary:
      "Meet a district's tribal elders to agree security and returns. Builds trust; elders can persuade some fighters to leave.",
    actions: 1,
    fiscal: 1,
    target: 'district',
    cooldown: 0,
    where: (target) => (DISTRICTS[target].urban ? { id: 'jirga-tribal-only' } : null),
    apply(ctx, district) {
      const cause = 'response:jirga';
      const place = ctx.state.districts[district];
      adjustDistrict(ctx, district, 'trust', 6, cause);
      const returning = place.security >= 45 ? Math.trunc(place.displaced / 5) : 0;
      if (returning > 0) adjustDistrictCount(ctx, district, 'displaced', -returning, cause);
      for (const group of ['ttp', 'hgb'] as const) {
        if (place.presence[group] > 0) adjustPresence(ctx, district, group, -2, cause);
      }
      emit(ctx, {
        kind: 'talks',
        actor: 'pakistan',
        district,
        cause,
        words: { id: 'jirga', district, returning },
      });
    },
    sources: ['community-trust', 'afghan-society'],
  },
] as const satisfies readonly ResponseSpec[];
